// An uploaded ZIP (.xlsx, .docx) is inflated once, entry by entry, counting bytes, before any
// parser is given it: sizes written in the archive are the uploader's claims, and a "zip bomb"
// declares 1 KB for an entry that inflates to gigabytes. yauzl checks every entry against its
// declared size while inflating (and errors as soon as it passes it); the declared sizes are
// summed against the cap before inflating, so the inflated total can never pass the cap either.
// The inflated bytes are dropped as they come (except the few entries a caller asks to keep), so
// memory stays at a chunk or two; zlib inflates on libuv's threads, not on the event loop.
import type yauzl from 'yauzl';
import { requiredOnFirstUse } from '../required-on-first-use.js';

// Required on first use: only an upload of a ZIP needs it, and every start would pay for it.
const loadYauzl = requiredOnFirstUse<typeof yauzl>('yauzl');

export interface ZipLimits {
  maxEntries: number;
  /** Uncompressed bytes of all entries together. */
  maxTotalBytes: number;
}

export type ZipRefusal = 'not-zip' | 'too-many-entries' | 'too-large' | 'unreadable';

export type ZipCheck = { ok: true; names: string[]; kept: Map<string, Buffer> } | { ok: false; reason: ZipRefusal };

/** Entries whose bytes the caller wants back (lower-cased name), each at most `maxBytes`. */
export interface KeepEntries {
  names: readonly string[];
  maxBytes: number;
}

const ZIP_SIGNATURE = 0x04034b50; // PK\3\4

/** Entry names (as stored), and the kept entries by lower-cased name, or why the archive is refused. */
export async function checkZip(
  data: Uint8Array,
  limits: ZipLimits,
  keep: KeepEntries = { names: [], maxBytes: 0 },
): Promise<ZipCheck> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== ZIP_SIGNATURE) return { ok: false, reason: 'not-zip' };
  let zip: yauzl.ZipFile;
  try {
    zip = await loadYauzl().fromBufferPromise(bytes, { validateEntrySizes: true });
  } catch {
    return { ok: false, reason: 'not-zip' };
  }
  if (zip.entryCount > limits.maxEntries) return { ok: false, reason: 'too-many-entries' };
  try {
    return await inflateAll(zip, limits, keep);
  } catch (error) {
    // yauzl: "too many bytes in the stream. expected 1024. got at least 16384" — a lying size.
    return { ok: false, reason: /too many bytes/.test(String((error as Error)?.message)) ? 'too-large' : 'unreadable' };
  }
}

async function inflateAll(zip: yauzl.ZipFile, limits: ZipLimits, keep: KeepEntries): Promise<ZipCheck> {
  const names: string[] = [];
  const kept = new Map<string, Buffer>();
  let declared = 0;
  let inflated = 0;
  for await (const entry of zip.eachEntry()) {
    names.push(entry.fileName);
    declared += entry.uncompressedSize;
    if (declared > limits.maxTotalBytes) return { ok: false, reason: 'too-large' };
    if (entry.fileName.endsWith('/')) continue;
    // Encrypted, or compressed other than stored/deflate: no office file is.
    if (!entry.canDecodeFileData()) return { ok: false, reason: 'unreadable' };
    const wanted = keep.names.includes(entry.fileName.toLowerCase()) && entry.uncompressedSize <= keep.maxBytes;
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) {
      inflated += (chunk as Buffer).length;
      // Unreachable while yauzl holds each entry to its declared size; kept as the last word.
      if (inflated > limits.maxTotalBytes) return { ok: false, reason: 'too-large' };
      if (wanted) chunks.push(chunk as Buffer);
    }
    if (wanted) kept.set(entry.fileName.toLowerCase(), Buffer.concat(chunks));
  }
  return { ok: true, names, kept };
}
