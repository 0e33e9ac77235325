// /su-kien and /su-kien/:slug.
import { raw } from 'hono/html';
import { vi } from '../../../platform/i18n/vi.js';
import { Pagination } from '../../../platform/views/pagination.js';
import type { AnniversaryItem } from '../commemorations.js';
import type { EventView } from '../event-view.js';
import { EVENT_KINDS, type EventKind } from '../events.tables.js';
import { eventsText, kindLabels, kindSlugs } from '../events.vi.js';
import type { TaskRef } from '../service-kit.js';
import { AnniversaryList, EventItem, KindBadge, whenText } from './event-parts.js';

const t = eventsText.publicList;

export const listHref = (kind: EventKind | undefined, page: number) => {
  const params = [kind ? `loai=${kindSlugs[kind]}` : '', page > 1 ? `trang=${page}` : ''].filter(Boolean);
  return params.length > 0 ? `/su-kien?${params.join('&')}` : '/su-kien';
};

function KindFilter(props: { kind: EventKind | undefined }) {
  return (
    <nav class="event-filter" aria-label={t.filterLabel}>
      <ul>
        {[undefined, ...EVENT_KINDS].map((k) => (
          <li>
            <a href={listHref(k, 1)} aria-current={props.kind === k ? 'page' : undefined}>
              {k ? kindLabels[k] : t.allKinds}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function EventsListPage(props: {
  kind: EventKind | undefined;
  upcoming: EventView[];
  past: EventView[];
  anniversaries: AnniversaryItem[];
  page: number;
  pages: number;
}) {
  return (
    <section class="block events-page">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › {t.title}
      </p>
      <h1 class="block-title">{props.kind ? `${t.title}: ${kindLabels[props.kind]}` : t.title}</h1>
      <KindFilter kind={props.kind} />
      {props.upcoming.length > 0 ? (
        <>
          <h2 class="event-group">{t.upcoming}</h2>
          <ul class="event-list">
            {props.upcoming.map((e) => (
              <EventItem event={e} />
            ))}
          </ul>
        </>
      ) : null}
      {props.past.length > 0 ? (
        <>
          <h2 class="event-group">{t.past}</h2>
          <ul class="event-list">
            {props.past.map((e) => (
              <EventItem event={e} />
            ))}
          </ul>
        </>
      ) : null}
      {props.upcoming.length + props.past.length === 0 ? <p class="notice">{t.none}</p> : null}
      <Pagination page={props.page} pages={props.pages} hrefFor={(n) => listHref(props.kind, n)} />
      {props.page === 1 && !props.kind ? (
        <>
          <h2 class="event-group">{t.anniversaries}</h2>
          <AnniversaryList items={props.anniversaries} />
        </>
      ) : null}
      <p class="event-subscribe">
        <a href="/su-kien/lich.ics">{t.subscribe}</a>
      </p>
    </section>
  );
}

function EventRegistrations(props: { event: EventView; perUnit: Array<{ unit: string; count: number }> }) {
  const p = eventsText.page;
  const { event } = props;
  return (
    <>
      {props.perUnit.length > 0 ? (
        <section aria-labelledby="dang-ky-theo-don-vi">
          <h2 class="event-group" id="dang-ky-theo-don-vi">
            {p.registrations}
          </h2>
          <p>{p.capacity(event.registeredCount, event.capacity)}</p>
          <ul>
            {props.perUnit.map((u) => (
              <li>
                {u.unit}: {u.count}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function EventArticles(props: { articles: Array<{ id: number; title: string; url: string }> }) {
  const p = eventsText.page;
  return (
    <>
      {props.articles.length > 0 ? (
        <section aria-labelledby="tin-bai-su-kien">
          <h2 class="event-group" id="tin-bai-su-kien">
            {p.articles}
          </h2>
          <ul>
            {props.articles.map((a) => (
              <li>
                <a href={a.url}>{a.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

export function EventPage(props: {
  event: EventView;
  /** The description as paragraphs of HTML, escaped and with document numbers linked. */
  descriptionHtml: string;
  articles: Array<{ id: number; title: string; url: string }>;
  perUnit: Array<{ unit: string; count: number }>;
  task: TaskRef | undefined;
}) {
  const { event } = props;
  const p = eventsText.page;
  return (
    <article class="block event-page">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › <a href="/su-kien">{p.back}</a>
      </p>
      <h1 class="block-title">{event.title}</h1>
      <dl class="event-facts">
        <dt>{p.kind}</dt>
        <dd>
          <KindBadge kind={event.kind} />
          {event.heldAt ? ` · ${p.held}` : ''}
        </dd>
        <dt>{p.when}</dt>
        <dd>
          <time datetime={event.startsAt}>{whenText(event)}</time>
        </dd>
        {event.place ? (
          <>
            <dt>{p.place}</dt>
            <dd>{event.place}</dd>
          </>
        ) : null}
        {event.unit ? (
          <>
            <dt>{p.unit}</dt>
            <dd>{event.unit.name}</dd>
          </>
        ) : null}
        {props.task ? (
          <>
            <dt>{p.task}</dt>
            <dd>
              {props.task.title} ({props.task.planNumber}
              {props.task.target ? `, ${props.task.target}` : ''})
            </dd>
          </>
        ) : null}
      </dl>
      {props.descriptionHtml ? <div class="event-description">{raw(props.descriptionHtml)}</div> : null}
      <EventRegistrations event={event} perUnit={props.perUnit} />
      <EventArticles articles={props.articles} />
    </article>
  );
}
