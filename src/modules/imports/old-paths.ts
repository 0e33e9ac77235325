import { normalizeLegacyPath } from './legacy-path.js';

/** The distinct normalised addresses among a record's old paths (what is no address is left out). */
export function normalizeOldPaths(oldPaths: string[]): string[] {
  const seen = new Set<string>();
  for (const p of oldPaths) {
    const normalized = normalizeLegacyPath(p);
    // "/" is the new home page too: an old home address is never redirected.
    if (normalized !== undefined && normalized !== '/') seen.add(normalized);
  }
  return [...seen];
}
