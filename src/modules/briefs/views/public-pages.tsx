// The reader's pages: a day's brief, the list with its month calendar (days without a brief shown
// as gaps), and the home page's block. Texts are plain; the intro and summaries are escaped here,
// then given to the documents' linker as HTML (it only adds links to registered numbers).
import { raw } from 'hono/html';
import { vi } from '../../../platform/i18n/vi.js';
import { Pagination } from '../../../platform/views/pagination.js';
import { addMonths, type Brief, type BriefItem, monthWeeks } from '../brief-items.js';
import { briefsText } from '../briefs.vi.js';

const t = briefsText.public;

/** A text already made HTML (escaped, then linked); shown as paragraphs. */
export type LinkedText = string;

function Paragraphs(props: { html: LinkedText }) {
  const parts = props.html.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <>
      {parts.map((p) => (
        <p>{raw(p.replace(/\n/g, '<br>'))}</p>
      ))}
    </>
  );
}

function ItemLink(props: { item: BriefItem }) {
  const { item } = props;
  // Outside links: never fetched by the server, opened without telling the other site where from.
  return item.kind === 'article' ? (
    <a href={item.url}>{item.title}</a>
  ) : (
    <a href={item.url} rel="noopener noreferrer">
      {item.title}
    </a>
  );
}

export interface RenderedBrief {
  brief: Brief;
  introHtml: LinkedText;
  summariesHtml: LinkedText[];
}

export function BriefBody(props: RenderedBrief & { headingLevel?: 1 | 2 }) {
  const { brief } = props;
  return (
    <>
      <div class="brief-intro">
        <Paragraphs html={props.introHtml} />
      </div>
      <ol class="brief-items">
        {brief.items.map((item, n) => (
          <li class={`brief-item brief-item-${item.kind}`}>
            <h2 class="brief-item-title">
              <ItemLink item={item} />
            </h2>
            <p class="brief-item-source">
              {item.sourceName}
              {item.kind === 'outside' ? <span class="brief-outside"> {t.outsideNote}</span> : null}
            </p>
            {props.summariesHtml[n] ? (
              <div class="brief-item-summary">
                <Paragraphs html={props.summariesHtml[n]!} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}

export function BriefDayPage(props: RenderedBrief & { previous?: string; next?: string }) {
  const { brief } = props;
  return (
    <article class="block brief-page">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › <a href="/diem-tin">{t.title}</a> › {briefsText.dmy(brief.date)}
      </p>
      <h1>{t.dayTitle(brief.date)}</h1>
      <BriefBody {...props} />
      <p class="brief-more">
        <a href={`/diem-tin?thang=${brief.date.slice(0, 7)}`}>{t.monthTitle(brief.date.slice(0, 7))}</a> ·{' '}
        <a href="/diem-tin">{t.allBriefs}</a> · <a href="/diem-tin/rss.xml">{t.rss}</a>
      </p>
    </article>
  );
}

function MonthCalendar(props: { month: string; days: Set<string>; today: string }) {
  const { month, days } = props;
  const weeks = monthWeeks(month);
  const inMonth = weeks.flat().filter((d): d is string => d !== null && d <= props.today).length;
  return (
    <section class="brief-month" aria-labelledby="brief-month-title">
      <h2 id="brief-month-title">
        {t.archive}: {t.monthTitle(month)}
      </h2>
      <p class="hint">{t.monthSummary(days.size, inMonth)}</p>
      <nav class="brief-month-nav" aria-label={t.archive}>
        <a href={`/diem-tin?thang=${addMonths(month, -1)}`}>← {t.previousMonth}</a>
        <a href={`/diem-tin?thang=${addMonths(month, 1)}`}>{t.nextMonth} →</a>
      </nav>
      <table class="brief-calendar">
        <caption class="visually-hidden">{t.monthTitle(month)}</caption>
        <thead>
          <tr>
            {t.weekdaysShort.map((d, i) => (
              <th scope="col">
                <abbr title={t.weekdays[i]}>{d}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr>
              {week.map((day) => (
                <CalendarDay day={day} has={day !== null && days.has(day)} future={day !== null && day > props.today} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CalendarDay(props: { day: string | null; has: boolean; future: boolean }) {
  const { day } = props;
  if (day === null) return <td class="brief-day-out" />;
  const n = Number(day.slice(8, 10));
  if (props.has)
    return (
      <td class="brief-day-has">
        <a href={`/diem-tin/${day}`}>
          {n}
          <span class="visually-hidden"> ({t.dayLink(day)})</span>
        </a>
      </td>
    );
  if (props.future) return <td class="brief-day-future">{n}</td>;
  return (
    <td class="brief-day-gap">
      <span aria-hidden="true">{n}</span>
      <span class="visually-hidden">
        {briefsText.dmy(day)}: {t.gap}
      </span>
    </td>
  );
}

export function BriefsIndexPage(props: {
  briefs: Brief[];
  page: number;
  pages: number;
  month: string;
  monthDays: Set<string>;
  today: string;
}) {
  return (
    <section class="block brief-index">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › {t.title}
      </p>
      <h1>{t.title}</h1>
      <p>{t.description}</p>
      <form method="get" action="/diem-tin" class="brief-pick">
        <label for="ngay">{t.pickDay}</label>
        <input id="ngay" name="ngay" type="date" max={props.today} />
        <button type="submit" class="button">
          {t.pickDayButton}
        </button>
      </form>
      <MonthCalendar month={props.month} days={props.monthDays} today={props.today} />
      <h2>{t.latest}</h2>
      {props.briefs.length === 0 ? <p>{t.none}</p> : null}
      <ul class="brief-list">
        {props.briefs.map((b) => (
          <li>
            <a href={b.url}>{t.dayTitle(b.date)}</a> <span class="meta">({t.items(b.items.length)})</span>
            <p>{b.items.map((i) => i.title).join(' · ')}</p>
          </li>
        ))}
      </ul>
      <Pagination
        page={props.page}
        pages={props.pages}
        hrefFor={(n) => (n === 1 ? '/diem-tin' : `/diem-tin?trang=${n}`)}
      />
      <p>
        <a href="/diem-tin/rss.xml">{t.rss}</a>
      </p>
    </section>
  );
}

/** The home page's block: the latest brief's day and first items, linked. */
export function LatestBriefBlock(props: { brief: Brief | undefined }) {
  const { brief } = props;
  if (!brief) return null;
  return (
    <section class="block brief-home" aria-labelledby="brief-home-title">
      <h2 class="block-title" id="brief-home-title">
        <span>{t.homeTitle}</span>
        <a href="/diem-tin" aria-label={`${t.homeAll}: ${t.homeTitle}`}>
          {t.homeAll}
        </a>
      </h2>
      <p class="meta">{t.homeDay(brief.date)}</p>
      <ul>
        {brief.items.slice(0, 5).map((item) => (
          <li>
            <ItemLink item={item} />
            {/* The portal's own articles need no source named; outside ones do. */}
            {item.kind === 'outside' ? <span class="meta"> ({item.sourceName})</span> : null}
          </li>
        ))}
      </ul>
      <p>
        <a href={brief.url}>{t.homeMore}</a>
      </p>
    </section>
  );
}
