// An imported body's HTML, made congtin's: its images found, their addresses swapped for the
// media library's, then the editor's allowlist applied (platform/text/rich-text.ts, through the
// articles module's storedArticleText: NFC, scripts and unknown markup gone, folded copies made).
// The swap must come first: the allowlist keeps only same-site images. Long bodies are parsed on
// the worker pool, never on the event loop.
import { requiredOnFirstUse } from '../../platform/required-on-first-use.js';
import { checkRichTextShape, RICH_TEXT_INLINE_MAX_CHARS, sanitizeHtmlLib } from '../../platform/text/rich-text.js';
import { workerTask, type WorkPool } from '../../platform/workers/work-pool.js';
import { storedArticleText, type StoredArticleText } from '../articles/index.js';

// No real article shows more images than this; any beyond are not copied, and the allowlist then drops them.
const MAX_IMAGES_PER_ARTICLE = 200;

// Required on first use: only an import needs it here, and every start would pay for it.
const htmlparser2 = requiredOnFirstUse<typeof import('htmlparser2')>('htmlparser2');

/** The distinct <img src> values of raw HTML, in order, entities decoded. */
export function listImageSources(html: string): string[] {
  const found = new Set<string>();
  const parser = new (htmlparser2().Parser)({
    onopentag(name, attribs) {
      const src = attribs.src?.trim();
      if (name === 'img' && src && found.size < MAX_IMAGES_PER_ARTICLE) found.add(src);
    },
  });
  parser.write(html);
  parser.end();
  return [...found];
}

// Keeps every tag and attribute (the allowlist comes next) and only swaps the images' addresses;
// an image with no copy gets no address, and the allowlist then drops it.
function swapImageSources(html: string, urls: Record<string, string>): string {
  return sanitizeHtmlLib()(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      img: (tagName, attribs) => {
        const { src, srcset: _srcset, sizes: _sizes, ...rest } = attribs;
        const url = src === undefined ? undefined : urls[src.trim()];
        return { tagName, attribs: url === undefined ? rest : { ...rest, src: url } };
      },
    },
  });
}

export interface ImportedBodyInput {
  title: string;
  lead: string;
  bodyHtml: string;
  /** Each image reference as written in the body → its media library address. */
  imageUrls: Record<string, string>;
}

/** The stored columns of an imported article (runs here for short bodies, on a worker for long ones). */
export function prepareImportedBody(input: ImportedBodyInput): StoredArticleText {
  return storedArticleText({
    title: input.title,
    lead: input.lead,
    bodyHtml: swapImageSources(input.bodyHtml, input.imageUrls),
  });
}

const listImageSourcesTask = workerTask(import.meta.url, 'listImageSources', listImageSources);
const prepareImportedBodyTask = workerTask(import.meta.url, 'prepareImportedBody', prepareImportedBody);

const isLong = (html: string) => html.length > RICH_TEXT_INLINE_MAX_CHARS;

/** Throws RichTextTooComplexError (a Vietnamese message) for a body no editor could hold. */
export function checkImportedBody(html: string): void {
  checkRichTextShape(html);
}

export function findImageSources(html: string, work: WorkPool): Promise<string[]> {
  return isLong(html) ? work.run(listImageSourcesTask, html) : Promise.resolve(listImageSources(html));
}

export function makeStoredText(input: ImportedBodyInput, work: WorkPool): Promise<StoredArticleText> {
  return isLong(input.bodyHtml)
    ? work.run(prepareImportedBodyTask, input)
    : Promise.resolve(prepareImportedBody(input));
}
