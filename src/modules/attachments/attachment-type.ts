// What an attached file really is, decided from its bytes: the name and the browser's
// Content-Type are the uploader's claims. Accepted: PDF, Word .docx, Excel .xlsx, JPEG, PNG. A
// .docx or .xlsx is a ZIP, so it is opened and its [Content_Types].xml must declare the Word or
// Excel main part, which must be there; any macro project (vbaProject.bin: a .docm renamed
// .docx) or ActiveX control refuses it, as does any other ZIP.
import { imageSize } from 'image-size';
import JSZip from 'jszip';

export const ATTACHMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
} as const;

export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;

/** The names a file of each type may already carry; another name gets the right extension added. */
export const NAME_EXTENSIONS: Record<AttachmentExtension, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  jpg: ['jpg', 'jpeg'],
  png: ['png'],
};

const MAIN_PARTS = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
} as const;

// Real documents hold tens to a few hundred parts and a content-types list of a few KB; these
// bounds stop a crafted archive (millions of entries, a deflate bomb) before it costs memory.
const MAX_ZIP_ENTRIES = 5_000;
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

const startsWith = (data: Uint8Array, bytes: readonly number[]) => data.length >= bytes.length && bytes.every((b, i) => data[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

export async function detectAttachmentType(data: Uint8Array): Promise<AttachmentExtension | undefined> {
  if (startsWith(data, PDF)) return 'pdf';
  if (startsWith(data, ZIP)) return detectOfficeType(data);
  return detectImageType(data);
}

function detectImageType(data: Uint8Array): AttachmentExtension | undefined {
  try {
    const size = imageSize(data);
    if (!(size.width > 0 && size.height > 0)) return undefined;
    return size.type === 'jpg' || size.type === 'png' ? size.type : undefined;
  } catch {
    return undefined;
  }
}

/** The entry count from the ZIP's end-of-central-directory record, before any parsing. */
function zipEntryCount(data: Uint8Array): number | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return view.getUint16(at + 10, true);
  }
  return undefined;
}

async function detectOfficeType(data: Uint8Array): Promise<AttachmentExtension | undefined> {
  const declared = zipEntryCount(data);
  // 0xFFFF means ZIP64, which no office document of this size needs.
  if (declared === undefined || declared >= 0xffff || declared > MAX_ZIP_ENTRIES) return undefined;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return undefined; // not a readable ZIP (or an encrypted one)
  }
  // Part names are case-insensitive in Office files.
  const entries = new Map(Object.values(zip.files).filter((f) => !f.dir).map((f) => [f.name.toLowerCase(), f]));
  if (entries.size > MAX_ZIP_ENTRIES) return undefined;
  if ([...entries.keys()].some((name) => /(^|\/)vbaproject[^/]*\.bin$|(^|\/)activex[^/]*\.bin$/.test(name))) return undefined;
  const contentTypes = entries.get('[content_types].xml');
  if (!contentTypes) return undefined;
  const xml = await readCapped(contentTypes, MAX_CONTENT_TYPES_BYTES);
  if (xml === undefined) return undefined;
  const overrides = [...xml.matchAll(/<Override\b[^>]*>/g)].map((m) => ({ part: attribute(m[0], 'PartName'), type: attribute(m[0], 'ContentType') }));
  const found = (Object.keys(MAIN_PARTS) as Array<keyof typeof MAIN_PARTS>).filter((kind) =>
    overrides.some((o) => o.type === MAIN_PARTS[kind] && o.part !== undefined && entries.has(o.part.replace(/^\//, '').toLowerCase())),
  );
  // Exactly one main document: a file claiming to be both is not one we can name.
  return found.length === 1 ? found[0] : undefined;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag)?.slice(1).find((v) => v !== undefined);
}

/** The entry's text, or undefined when it is unreadable or inflates past `maxBytes`. */
function readCapped(entry: JSZip.JSZipObject, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: string | undefined) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) {
        stream.pause();
        settle(undefined);
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', () => settle(undefined));
    stream.on('end', () => settle(Buffer.concat(chunks).toString('utf8')));
  });
}
