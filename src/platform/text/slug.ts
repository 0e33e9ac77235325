import { fold } from './fold.js';

const MAX_SLUG_LENGTH = 120;

/** "Đảng ủy Khối" → "dang-uy-khoi": folded, non-alphanumerics collapsed to "-", trimmed. */
export function slugify(input: string): string {
  const slug = fold(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH);
}

/** The first of base, base-2, base-3 … that `isTaken` rejects. */
export async function uniqueSlug(base: string, isTaken: (slug: string) => Promise<boolean>): Promise<string> {
  const root = base || 'bai-viet';
  if (!(await isTaken(root))) return root;
  for (let n = 2; ; n++) {
    const candidate = `${root}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
}
