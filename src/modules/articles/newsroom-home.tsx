// The newsroom's panels on the staff home page: for an editor, what waits for review (oldest first)
// and what is scheduled to publish (soonest first), times in Vietnam; for a contributor, their
// drafts (the returned ones marked). Each list is one page of the desk's own query.
import type { Context } from 'hono';
import { formatDateTime } from '../../platform/i18n/format.js';
import type { StaffEnv, StaffFrame } from '../accounts/index.js';
import { isEditor } from './article-policy.js';
import type { ArticleStatus } from './articles.tables.js';
import { contextOf } from './newsroom-http.js';
import type { DeskListItem } from './newsroom-types.js';
import type { Newsroom } from './newsroom.service.js';
import { newsroomHomeText } from './newsroom-home.vi.js';

const SHOWN = 6;
/** Enough of a status to put its oldest or soonest first: a desk has far fewer waiting than this. */
const SORTED_FROM = 100;

const articleHref = (id: number) => `/quan-tri/bai-viet/${id}`;

async function listOf(newsroom: Newsroom, c: Context<StaffEnv>, status: ArticleStatus) {
  return newsroom.list(contextOf(c), { status, page: 1, perPage: SORTED_FROM });
}

function ArticleItems(props: {
  items: DeskListItem[];
  meta: (a: DeskListItem) => string;
  badge?: (a: DeskListItem) => string;
}) {
  return (
    <ul class="home-list">
      {props.items.map((a) => (
        <li class="home-item">
          <div class="home-item-text">
            <a href={articleHref(a.id)}>{a.title}</a>
            <span class="hint">
              {props.badge?.(a) ? <span class="badge status-overdue">{props.badge(a)}</span> : null}
              {props.badge?.(a) ? ' ' : ''}
              {props.meta(a)}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}

function Section(props: {
  heading: string;
  empty: string;
  items: DeskListItem[];
  total: number;
  meta: (a: DeskListItem) => string;
}) {
  const t = newsroomHomeText.editor;
  return (
    <>
      <h3>{props.heading}</h3>
      {props.items.length === 0 ? <p>{props.empty}</p> : <ArticleItems items={props.items} meta={props.meta} />}
      {props.total > props.items.length ? <p>{t.more(props.total - props.items.length)}</p> : null}
    </>
  );
}

async function renderEditorPanel(c: Context<StaffEnv>, newsroom: Newsroom) {
  const t = newsroomHomeText.editor;
  const [review, scheduled] = await Promise.all([listOf(newsroom, c, 'submitted'), listOf(newsroom, c, 'scheduled')]);
  const oldestFirst = [...review.items].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).slice(0, SHOWN);
  const soonestFirst = [...scheduled.items]
    .sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? ''))
    .slice(0, SHOWN);
  return {
    title: t.title,
    body: (
      <>
        <Section
          heading={t.reviewHeading(review.total)}
          empty={t.noReview}
          items={oldestFirst}
          total={review.total}
          meta={(a) => t.sentBy(a.ownerName ?? a.byline ?? newsroomHomeText.unknownAuthor, formatDateTime(a.updatedAt))}
        />
        <Section
          heading={t.scheduledHeading(scheduled.total)}
          empty={t.noScheduled}
          items={soonestFirst}
          total={scheduled.total}
          meta={(a) => (a.publishedAt ? t.publishesAt(formatDateTime(a.publishedAt)) : '')}
        />
      </>
    ),
    more: { href: '/quan-tri/bai-viet', label: t.all },
  };
}

async function renderWriterPanel(c: Context<StaffEnv>, newsroom: Newsroom) {
  if (isEditor(contextOf(c).actor)) return undefined; // editors have the review queue instead
  const t = newsroomHomeText.writer;
  const [drafts, submitted] = await Promise.all([
    newsroom.list(contextOf(c), { status: 'draft', page: 1, perPage: SHOWN }),
    newsroom.list(contextOf(c), { status: 'submitted', page: 1, perPage: 1 }),
  ]);
  return {
    title: t.title,
    body: (
      <>
        {submitted.total > 0 ? <p>{t.waiting(submitted.total)}</p> : null}
        <h3>{t.draftsHeading(drafts.total)}</h3>
        {drafts.items.length === 0 ? (
          <p>{t.nothing}</p>
        ) : (
          <ArticleItems
            items={drafts.items}
            meta={(a) => t.savedAt(formatDateTime(a.updatedAt))}
            badge={(a) => (a.rejectionReason ? t.returned : '')}
          />
        )}
        <p>
          <a class="button button-secondary" href="/quan-tri/bai-viet/moi">
            {t.write}
          </a>
        </p>
      </>
    ),
    more: { href: '/quan-tri/bai-viet', label: t.all },
  };
}

export function addNewsroomHomePanels(frame: StaffFrame, newsroom: Newsroom) {
  frame.addHomePanel({
    id: 'bai-cho-duyet',
    permission: 'articles.publish',
    order: 20,
    render: (c) => renderEditorPanel(c, newsroom),
  });
  frame.addHomePanel({
    id: 'bai-cua-ban',
    permission: 'articles.write',
    roles: ['contributor'],
    order: 20,
    render: (c) => renderWriterPanel(c, newsroom),
  });
}
