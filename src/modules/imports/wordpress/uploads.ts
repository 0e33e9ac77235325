// An image reference of a WordPress site ("https://old.site/wp-content/uploads/2023/05/x.jpg",
// "/wp-content/uploads/2023/05/x.jpg", or an attachment's "2023/05/x.jpg") → the file in the
// folder the operator gave (a copy of wp-content/uploads). Nothing outside that folder is ever
// read, whatever "../" or encoded tricks the reference holds.
import fs from 'node:fs';
import path from 'node:path';

const UPLOADS_MARK = '/wp-content/uploads/';

function relativeUploadPath(ref: string): string | undefined {
  const clean = ref.trim().split(/[?#]/, 1)[0]!;
  const mark = clean.indexOf(UPLOADS_MARK);
  if (mark !== -1) return clean.slice(mark + UPLOADS_MARK.length);
  // A bare relative path is how WordPress names an attachment's file (_wp_attached_file).
  if (/^[a-z][a-z0-9+.-]*:|^\/|^\\/i.test(clean)) return undefined;
  return clean;
}

export function resolveUpload(uploadsDir: string | undefined, ref: string): string | null {
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
  const file = path.resolve(root, decoded);
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
