// A WordPress export (WXR 1.x) read as a stream with saxes: the file is fed in chunks and each
// author, category and item is handed on as soon as its closing tag is read, so memory holds one
// item at a time whatever the file's size. Comments, tags and term meta inside are ignored.
import { createReadStream } from 'node:fs';
import type { SaxesParser } from 'saxes';
import { requiredOnFirstUse } from '../../../platform/required-on-first-use.js';
import { WordPressInputError } from './wordpress-error.js';
import { wordpressText } from './wordpress.vi.js';

// Required on first use: only an import needs it, and every start would pay for it.
const saxes = requiredOnFirstUse<typeof import('saxes')>('saxes');

export interface WxrAuthor {
  type: 'author';
  login: string;
  displayName: string;
}

export interface WxrCategory {
  type: 'category';
  termId: string;
  nicename: string;
  parentNicename: string;
  name: string;
}

export interface WxrItem {
  type: 'item';
  /** The item's own fields by tag name (title, link, guid, dc:creator, wp:post_id, …). */
  fields: Record<string, string>;
  /** The nicenames of its categories (domain="category"; tags are left out). */
  categories: string[];
  /** Its post meta (_thumbnail_id, _wp_attached_file, …); later keys win. */
  meta: Record<string, string>;
}

export type WxrEntry = WxrAuthor | WxrCategory | WxrItem | { type: 'site'; baseUrl: string };

const WP_NAMESPACE = /^https?:\/\/wordpress\.org\/export\/1\.\d+\/?$/;

interface State {
  stack: string[];
  text: string;
  item?: WxrItem;
  group?: Record<string, string>;
  metaKey?: string;
  entries: WxrEntry[];
  isWxr: boolean;
}

// The elements whose text we keep: an item's own fields, a postmeta's pair, an author's, a category's.
function onClose(state: State, name: string) {
  const parent = state.stack[state.stack.length - 1];
  const text = state.text;
  state.text = '';
  if (name === 'item' && state.item) {
    state.entries.push(state.item);
    state.item = undefined;
  } else if (state.item && parent === 'item' && name !== 'category' && name !== 'wp:postmeta') {
    state.item.fields[name] = text;
  } else if (state.item && parent === 'wp:postmeta') {
    if (name === 'wp:meta_key') state.metaKey = text;
    else if (name === 'wp:meta_value' && state.metaKey !== undefined) state.item.meta[state.metaKey] = text;
  } else if ((name === 'wp:author' || name === 'wp:category') && state.group) {
    const g = state.group;
    state.group = undefined;
    if (name === 'wp:author')
      state.entries.push({
        type: 'author',
        login: g['wp:author_login'] ?? '',
        displayName: g['wp:author_display_name'] ?? '',
      });
    else
      state.entries.push({
        type: 'category',
        termId: g['wp:term_id'] ?? '',
        nicename: g['wp:category_nicename'] ?? '',
        parentNicename: g['wp:category_parent'] ?? '',
        name: g['wp:cat_name'] ?? '',
      });
  } else if (state.group && (parent === 'wp:author' || parent === 'wp:category')) {
    state.group[name] = text;
  } else if (parent === 'channel' && name === 'wp:base_site_url') {
    state.entries.push({ type: 'site', baseUrl: text.trim() });
  }
}

function createParser(state: State, file: string) {
  const parser = new (saxes().SaxesParser)();
  parser.on('opentag', (tag) => {
    const depth = state.stack.length;
    if (depth === 0) {
      const wp = (tag.attributes as Record<string, string>)['xmlns:wp'] ?? '';
      state.isWxr = tag.name === 'rss' && WP_NAMESPACE.test(wp);
      if (!state.isWxr) throw new WordPressInputError(wordpressText.notWxr(file));
    }
    const parent = state.stack[depth - 1];
    if (tag.name === 'item' && parent === 'channel')
      state.item = { type: 'item', fields: {}, categories: [], meta: {} };
    else if ((tag.name === 'wp:author' || tag.name === 'wp:category') && parent === 'channel') state.group = {};
    else if (tag.name === 'category' && parent === 'item' && state.item) {
      const attributes = tag.attributes as Record<string, string>;
      if (attributes.domain === 'category' && attributes.nicename) state.item.categories.push(attributes.nicename);
    } else if (tag.name === 'wp:postmeta') state.metaKey = undefined;
    state.stack.push(tag.name);
    state.text = '';
  });
  parser.on('text', (text) => {
    state.text += text;
  });
  parser.on('cdata', (text) => {
    state.text += text;
  });
  parser.on('closetag', (tag) => {
    state.stack.pop();
    onClose(state, tag.name);
  });
  return parser;
}

/** Every author, category and item of the file, in file order; throws WordPressInputError for what is no WXR. */
export async function* readWxr(file: string): AsyncGenerator<WxrEntry> {
  const state: State = { stack: [], text: '', entries: [], isWxr: false };
  const parser = createParser(state, file);
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream) {
      write(parser, file, chunk as string);
      yield* state.entries;
      state.entries = [];
    }
    write(parser, file, null);
  } catch (error) {
    if (error instanceof WordPressInputError) throw error;
    if ((error as NodeJS.ErrnoException).code) throw new WordPressInputError(wordpressText.fileMissing(file));
    throw error;
  } finally {
    stream.destroy();
  }
  if (!state.isWxr) throw new WordPressInputError(wordpressText.notWxr(file));
  yield* state.entries;
}

function write(parser: SaxesParser, file: string, chunk: string | null) {
  try {
    if (chunk === null) parser.close();
    else parser.write(chunk);
  } catch (error) {
    if (error instanceof WordPressInputError) throw error;
    throw new WordPressInputError(wordpressText.notXml(file, (error as Error).message));
  }
}
