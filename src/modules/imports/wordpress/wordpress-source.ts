// The WordPress reader (ImportSource over a WXR file). Two passes over the file, both streamed:
// the first checks it is a WordPress export and learns what items refer to from anywhere in it
// (authors, categories, attachments' files) and how many articles to expect; the second yields
// the categories (parents first) and then each post and page as it is read.
import fs from 'node:fs';
import type { ImportedCategory, ImportRecord, ImportSource } from '../import-source.js';
import { resolveUpload } from './uploads.js';
import { WordPressInputError } from './wordpress-error.js';
import { wordpressText } from './wordpress.vi.js';
import { handledAsArticle, type SiteFacts, toRecord } from './wxr-item.js';
import { readWxr, type WxrCategory } from './wxr-stream.js';

async function learnSite(file: string) {
  const facts: SiteFacts = { host: undefined, authors: new Map(), categoryIds: new Map(), attachments: new Map() };
  const categories: WxrCategory[] = [];
  let articles = 0;
  for await (const entry of readWxr(file)) {
    if (entry.type === 'site') facts.host = hostOf(entry.baseUrl);
    else if (entry.type === 'author') facts.authors.set(entry.login.trim(), entry.displayName.normalize('NFC').trim());
    else if (entry.type === 'category') {
      facts.categoryIds.set(entry.nicename, entry.termId);
      categories.push(entry);
    } else {
      const type = entry.fields['wp:post_type'];
      if ((type === 'post' || type === 'page') && handledAsArticle(entry.fields['wp:status'])) articles++;
      else if (type === 'attachment') {
        const ref = entry.fields['wp:attachment_url']?.trim() || entry.meta._wp_attached_file?.trim();
        // Its alt text as WordPress kept it, else its title (what the media screen showed).
        const alt = (entry.meta._wp_attachment_image_alt || entry.fields.title || '').normalize('NFC').trim();
        if (ref) facts.attachments.set((entry.fields['wp:post_id'] ?? '').trim(), { ref, alt });
      }
    }
  }
  return { facts, categories, articles };
}

function hostOf(address: string): string | undefined {
  try {
    return new URL(address).host;
  } catch {
    return undefined;
  }
}

/** Parents before children, so each child's parent is known when it is placed. */
function* categoryRecords(categories: WxrCategory[], facts: SiteFacts): Generator<ImportedCategory> {
  const byNicename = new Map(categories.map((c) => [c.nicename, c]));
  const done = new Set<string>();
  const pathOf = (c: WxrCategory, seen = new Set<string>()): string[] => {
    const parent = byNicename.get(c.parentNicename);
    if (!parent || seen.has(parent.nicename)) return [c.nicename];
    seen.add(c.nicename);
    return [...pathOf(parent, seen), c.nicename];
  };
  const emit = function* (c: WxrCategory): Generator<ImportedCategory> {
    if (done.has(c.nicename)) return;
    done.add(c.nicename);
    const parent = byNicename.get(c.parentNicename);
    if (parent) yield* emit(parent);
    yield {
      type: 'category',
      sourceId: c.termId,
      name: c.name,
      alias: c.nicename,
      ...(parent ? { parentSourceId: facts.categoryIds.get(parent.nicename) } : {}),
      oldPaths: [`/category/${pathOf(c).join('/')}/`, `/?cat=${c.termId}`],
    };
  };
  for (const c of categories) yield* emit(c);
}

export async function openWordPressSource(file: string, options: { uploads?: string } = {}): Promise<ImportSource> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile())
    throw new WordPressInputError(wordpressText.fileMissing(file));
  if (options.uploads !== undefined && !(fs.existsSync(options.uploads) && fs.statSync(options.uploads).isDirectory()))
    throw new WordPressInputError(wordpressText.uploadsMissing(options.uploads));
  const site = await learnSite(file);
  return {
    name: 'wordpress',
    expectedArticles: async () => site.articles,
    async *records(): AsyncIterable<ImportRecord> {
      yield* categoryRecords(site.categories, site.facts);
      for await (const entry of readWxr(file)) {
        if (entry.type !== 'item') continue;
        const record = toRecord(entry, site.facts);
        if (record) yield record;
      }
    },
    resolveImage: (ref) => resolveUpload(options.uploads, ref),
    close: async () => {},
  };
}
