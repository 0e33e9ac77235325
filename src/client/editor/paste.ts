// Pasted HTML (Word, other web sites) is cleaned as text before the browser parses it: parsing
// style="…", onclick="…" or <style> already counts as a CSP violation on staff pages, even in a
// detached document, and the editor would drop them anyway. Images from other sites are dropped
// too: the portal's CSP shows only its own images, so they would be broken for every reader.

// A start tag; text cannot contain one (its "<" would be &lt;), so only markup is touched.
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g;
const INLINE_ATTRIBUTE = /\s(?:style|on[a-z]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/gi;
const SRC_ATTRIBUTE = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const STYLE_OR_SCRIPT = /<(style|script)\b[\s\S]*?<\/\1\s*>/gi;

export interface CleanedPaste {
  html: string;
  droppedImages: number;
}

function decodeAmpersands(value: string): string {
  return value.replace(/&amp;/g, '&');
}

/** Whether an image address points at this site (a path, or an absolute URL of this origin). */
export function isSameSiteImage(src: string, origin: string): boolean {
  const value = src.trim();
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  try {
    return new URL(value).origin === origin;
  } catch {
    return false;
  }
}

export function cleanPastedHtml(html: string, origin: string): CleanedPaste {
  let droppedImages = 0;
  const cleaned = html
    .replace(STYLE_OR_SCRIPT, '')
    .replace(START_TAG, (tag, name: string, attributes: string | undefined) => {
      if (name.toLowerCase() === 'img') {
        const match = SRC_ATTRIBUTE.exec(attributes ?? '');
        const src = decodeAmpersands(match?.[1] ?? match?.[2] ?? match?.[3] ?? '');
        // data: images are dropped by the editor itself, and say nothing to count.
        if (!src.startsWith('data:') && !isSameSiteImage(src, origin)) {
          droppedImages++;
          return '';
        }
      }
      return attributes ? `<${name}${attributes.replace(INLINE_ATTRIBUTE, '')}>` : tag;
    });
  return { html: cleaned, droppedImages };
}
