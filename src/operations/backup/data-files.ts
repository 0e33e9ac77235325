// The uploaded files under DATA_DIR: every folder there (uploads, attachments, documents, and
// whatever a later module adds) except tmp/, where requests stream their bodies for a moment.
// Hidden names are temporary files that were never linked into place; they are left out.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const FOLDER = /^[a-z0-9][a-z0-9_-]*$/;
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const NOT_CONTENT = new Set(['tmp']);

export interface DataFile {
  /** The member name in the archive: files/<folder>/<path>. */
  member: string;
  absolute: string;
}

/** The folders of DATA_DIR that hold content, leaving out any that contains `exclude` (the archive being written). */
export async function contentFolders(dataDir: string, exclude?: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dataDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isDirectory() && FOLDER.test(e.name) && !NOT_CONTENT.has(e.name))
    .map((e) => e.name)
    .filter((name) => !exclude || path.relative(path.join(dataDir, name), exclude).startsWith('..'))
    .sort();
}

async function walk(dir: string, relative: string, found: DataFile[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!NAME.test(entry.name)) continue;
    const absolute = path.join(dir, entry.name);
    const member = `${relative}/${entry.name}`;
    if (entry.isDirectory()) await walk(absolute, member, found);
    else if (entry.isFile()) found.push({ member, absolute });
  }
}

/** Every content file under DATA_DIR, as it is now. */
export async function listDataFiles(dataDir: string, exclude?: string): Promise<DataFile[]> {
  const found: DataFile[] = [];
  for (const folder of await contentFolders(dataDir, exclude)) {
    await walk(path.join(dataDir, folder), `files/${folder}`, found);
  }
  return found;
}
