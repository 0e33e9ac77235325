// A section's text as stored: sanitised by the editor's allowlist (the articles' rule), with its
// plain-text copy the timeline reads. A long text is sanitised on the worker pool, as articles are.
import { htmlToText } from '../../platform/text/html-text.js';
import { checkRichTextShape, RICH_TEXT_INLINE_MAX_CHARS, sanitizeRichText } from '../../platform/text/rich-text.js';
import { workerTask, type WorkPool } from '../../platform/workers/work-pool.js';

export interface StoredSectionText {
  bodyHtml: string;
  bodyText: string;
}

/** On this thread: for short texts, and inside the worker. */
export function storedSectionText(bodyHtml: string): StoredSectionText {
  const html = sanitizeRichText(bodyHtml);
  return { bodyHtml: html, bodyText: htmlToText(html) };
}

const storedSectionTextTask = workerTask(import.meta.url, 'storedSectionText', (html: string) =>
  storedSectionText(html),
);

/** The shape is checked here first (a refusal costs no worker); long texts go to the pool. */
export async function prepareSectionText(bodyHtml: string, work: WorkPool): Promise<StoredSectionText> {
  checkRichTextShape(bodyHtml);
  return bodyHtml.length > RICH_TEXT_INLINE_MAX_CHARS
    ? work.run(storedSectionTextTask, bodyHtml)
    : storedSectionText(bodyHtml);
}
