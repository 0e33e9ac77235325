// The uploader's file name, kept only as a label (never as a path): what the library lists and
// what a download is saved as.

/** Labels are at most this many characters. */
export const ORIGINAL_NAME_MAX = 200;

/** The name without folders or control characters, NFC, at most 200 characters; `fallback` when nothing is left. */
export function cleanOriginalName(name: string, fallback: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const visible = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const short = Array.from(visible).slice(0, ORIGINAL_NAME_MAX).join('').trim();
  return short === '' || /^\.+$/.test(short) ? fallback : short;
}
