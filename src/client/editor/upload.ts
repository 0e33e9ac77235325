// Sends one image to the media library (POST multipart, field "file" and "alt") and reads its
// answer: 201 { id, url, width, height, alt } or 4xx { error: { code, message } } whose
// Vietnamese message is shown as is. Whatever else comes back becomes a message, never a throw.
import { isAllowedImageSrc } from './links.js';
import { editorText } from './editor.vi.js';

export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

export interface UploadedImage {
  url: string;
  alt: string;
  width: number | null;
  height: number | null;
}

export type UploadResult = { ok: true; image: UploadedImage } | { ok: false; message: string };

const messages = editorText.upload;

/** The alt text offered by default: the file's name without its extension. */
export function altFromFileName(name: string): string {
  return name
    .replace(/\.[^./\\]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
}

export function checkImageFile(file: File): string | null {
  return ACCEPTED_IMAGE_TYPES.includes(file.type) ? null : messages.wrongType;
}

function readSize(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

export async function uploadImage(options: {
  url: string;
  file: File;
  alt: string;
  csrfToken: string;
}): Promise<UploadResult> {
  const body = new FormData();
  body.append('file', options.file, options.file.name);
  body.append('alt', options.alt);
  let response: Response;
  try {
    response = await fetch(options.url, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'X-CSRF-Token': options.csrfToken, Accept: 'application/json' },
    });
  } catch {
    return { ok: false, message: messages.offline };
  }
  const data = (await readJson(response)) as {
    error?: { message?: unknown };
    url?: unknown;
    [key: string]: unknown;
  } | null;
  if (!response.ok) {
    const message = data?.error?.message;
    return {
      ok: false,
      message: typeof message === 'string' && message.trim() ? message : messages.refused(response.status),
    };
  }
  if (!data || typeof data.url !== 'string' || !isAllowedImageSrc(data.url))
    return { ok: false, message: messages.badAnswer };
  return {
    ok: true,
    image: {
      url: data.url,
      alt: typeof data.alt === 'string' ? data.alt : options.alt,
      width: readSize(data.width),
      height: readSize(data.height),
    },
  };
}
