// The search page's other kinds: briefs, events and documents matching the reader's words, asked of
// each module's ListedContent (the composition root hands them over) and shown above the articles on
// the first page, each marked with its kind. A module that fails is left out, not the whole page.
import type { Child } from 'hono/jsx';
import type { ListedContent, ListedHit } from '../../platform/content/listed-content.js';
import { formatDate } from '../../platform/i18n/format.js';
import type { Logger } from '../../platform/logger.js';
import type { SearchQuery } from '../articles/index.js';
import { highlightAll, type Segment } from './snippet.js';
import { searchText } from './search.vi.js';

/** At most this many of each kind: the articles stay the page's main list. */
export const HITS_PER_KIND = 5;

export async function findOtherKinds(
  listed: readonly ListedContent[],
  query: SearchQuery,
  logger?: Logger,
): Promise<ListedHit[]> {
  if (query.tokens.length === 0 || listed.length === 0) return [];
  const found = await Promise.all(
    listed.map((source) =>
      source.search(query.text, HITS_PER_KIND).catch((err: unknown) => {
        logger?.error({ err, kind: source.kind }, 'search of another kind failed');
        return [] as ListedHit[];
      }),
    ),
  );
  return found.flatMap((hits) => hits.slice(0, HITS_PER_KIND));
}

/** Text with the reader's words in <mark>. */
export function Marked(props: { segments: Segment[] }): Child {
  return <>{props.segments.map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}</>;
}

export function OtherKindHits(props: { hits: ListedHit[]; query: SearchQuery }) {
  const { hits, query } = props;
  if (hits.length === 0) return null;
  return (
    <section class="other-kinds" aria-labelledby="other-kinds-title">
      <h2 id="other-kinds-title">{searchText.otherKindsTitle}</h2>
      <ul class="other-kinds-list">
        {hits.map((hit) => (
          <li>
            <span class={`kind-badge kind-${hit.kind}`}>{searchText.kindLabels[hit.kind]}</span>{' '}
            <a href={hit.url}>
              <Marked segments={highlightAll(hit.title, query)} />
            </a>{' '}
            <time datetime={hit.date}>{formatDate(hit.date)}</time>
            {hit.summary ? (
              <p class="lead-text">
                <Marked segments={highlightAll(hit.summary, query)} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
