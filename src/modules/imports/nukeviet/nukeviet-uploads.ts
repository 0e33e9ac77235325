// An image reference of a NukeViet site → the file in the copy of its uploads folder the operator
// gave. NukeViet writes the same picture three ways: a news row's homeimgfile relative to
// uploads/news ("2023_05/anh.jpg"), a path in a body ("/uploads/news/2023_05/anh.jpg", or under a
// sub-folder install "/portal/uploads/…"), and the site's full URL ("https://old.site/uploads/…").
// Nothing outside that folder is ever read, whatever "../" or encoded tricks the reference holds.
import fs from 'node:fs';
import path from 'node:path';

const UPLOADS_MARK = '/uploads/';
// Where the news module keeps its files inside uploads.
export const NEWS_UPLOADS = 'news';

/** The path inside uploads that `ref` names ("news/2023_05/anh.jpg"), or undefined. */
function relativeUploadPath(ref: string): string | undefined {
  const clean = ref.trim().split(/[?#]/, 1)[0]!;
  const mark = clean.indexOf(UPLOADS_MARK);
  if (mark !== -1) return clean.slice(mark + UPLOADS_MARK.length);
  // A bare relative path is how a news row names its featured image (homeimgfile).
  if (/^[a-z][a-z0-9+.-]*:|^\/|^\\/i.test(clean)) return undefined;
  return `${NEWS_UPLOADS}/${clean}`;
}

function insideFolder(root: string, relative: string): string | null {
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    // The real path too: a symbolic link inside the folder must not lead out of it.
    const real = fs.realpathSync(file);
    const realRoot = fs.realpathSync(root);
    return real.startsWith(realRoot + path.sep) && fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/**
 * The file behind `ref` in `uploadsDir` (NukeViet's uploads folder; uploads/news itself is taken
 * too, as operators copy either), or null when there is no such file inside it.
 */
export function resolveNukeVietUpload(uploadsDir: string | undefined, ref: string): string | null {
  if (uploadsDir === undefined) return null;
  const relative = relativeUploadPath(ref);
  if (relative === undefined || relative === '') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(uploadsDir);
  const found = insideFolder(root, decoded);
  if (found !== null || !decoded.startsWith(`${NEWS_UPLOADS}/`)) return found;
  return insideFolder(root, decoded.slice(NEWS_UPLOADS.length + 1));
}
