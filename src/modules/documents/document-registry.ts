// The register's numbers in memory, for the linker (and the plan pages): read once, dropped on
// every change here and at most a minute old, so another node's change shows within a minute.
import type { LinkDocumentNumbers } from '../../platform/content/listed-content.js';
import type { Clock } from '../../platform/clock.js';
import { linkNumbersInHtml } from './document-linker.js';
import { type FoundNumber, findDocumentNumbers, numberKey } from './document-numbers.js';
import { kindLabel } from './documents.schema.js';
import { documentUrl } from './documents.service.js';
import { documentsText } from './documents.vi.js';

const MAX_AGE_MS = 60_000;

interface Entry {
  slug: string;
  number: string;
  kind: string;
  year: number;
  title: string;
}

export interface RegistrySource {
  listRegistry(): Promise<
    Array<{ slug: string; number: string; number_key: string; kind: string; year: number; title: string }>
  >;
}

export function createDocumentRegistry(deps: { source: RegistrySource; clock: Clock }) {
  let loaded: { at: number; byKey: Map<string, Entry[]> } | undefined;
  let loading: Promise<Map<string, Entry[]>> | undefined;
  // Bumped by every change: a read that began before it is used once but not kept.
  let generation = 0;

  async function byKey(): Promise<Map<string, Entry[]>> {
    const now = deps.clock.now().getTime();
    if (loaded && now - loaded.at < MAX_AGE_MS) return loaded.byKey;
    // Requests that miss together share one read.
    loading ??= (async () => {
      const started = generation;
      const map = new Map<string, Entry[]>();
      for (const row of await deps.source.listRegistry()) {
        const entry = { slug: row.slug, number: row.number, kind: row.kind, year: Number(row.year), title: row.title };
        (map.get(row.number_key) ?? map.set(row.number_key, []).get(row.number_key)!).push(entry);
      }
      if (started === generation) loaded = { at: now, byKey: map };
      return map;
    })().finally(() => {
      loading = undefined;
    });
    return loading;
  }

  /** The document a number in text names: the only one with that number, or the one of the year the text gives. */
  function pick(entries: Entry[] | undefined, found: Pick<FoundNumber, 'year' | 'text'>) {
    if (!entries || entries.length === 0) return undefined;
    const ofYear = found.year === undefined ? entries : entries.filter((e) => e.year === found.year);
    const candidates = ofYear.length > 0 ? ofYear : entries;
    if (candidates.length === 1) {
      const e = candidates[0]!;
      return { href: documentUrl(e.slug), title: documentsText.public.linkTitle(kindLabel(e.kind), e.title) };
    }
    // The same number from several issuers or years, and nothing to tell them apart: the list of them.
    return { href: `/van-ban?q=${encodeURIComponent(found.text)}`, title: documentsText.public.several };
  }

  const linkDocumentNumbers: LinkDocumentNumbers = async (html) => {
    if (findDocumentNumbers(html).length === 0) return html;
    const map = await byKey();
    return linkNumbersInHtml(html, (found) => pick(map.get(found.key), found));
  };

  return {
    linkDocumentNumbers,

    /** Forget what was read: the next use reads the register again. */
    invalidate() {
      generation++;
      loaded = undefined;
      loading = undefined;
    },

    /** Number as written (on a plan, a programme) → its page in the register, for those registered. */
    async urlsOf(numbers: readonly string[]): Promise<Map<string, string>> {
      const map = await byKey();
      const out = new Map<string, string>();
      for (const number of numbers) {
        const target = pick(map.get(numberKey(number)), { text: number });
        if (target) out.set(number, target.href);
      }
      return out;
    },
  };
}

export type DocumentRegistry = ReturnType<typeof createDocumentRegistry>;
