// Small pieces the public pages and the home block share: when, the kind badge, an anniversary line.
import { formatDate, formatDateTime } from '../../../platform/i18n/format.js';
import { vietnamDay } from '../../../platform/time/vietnam-time.js';
import type { AnniversaryItem } from '../commemorations.js';
import type { EventView } from '../event-view.js';
import { eventsText, kindLabels } from '../events.vi.js';

/** "05/12/2026 08:00 – 11:30", or "… – 06/12/2026 17:00" when it ends on another day (Vietnam time). */
export function whenText(event: Pick<EventView, 'startsAt' | 'endsAt'>): string {
  const sameDay = vietnamDay(new Date(event.startsAt)) === vietnamDay(new Date(event.endsAt));
  const end = formatDateTime(event.endsAt);
  return `${formatDateTime(event.startsAt)} – ${sameDay ? end.slice(11) : end}`;
}

export function KindBadge(props: { kind: EventView['kind'] }) {
  return <span class={`event-kind event-kind-${props.kind}`}>{kindLabels[props.kind]}</span>;
}

export function EventItem(props: { event: EventView }) {
  const { event } = props;
  return (
    <li class="event-item">
      <p class="event-when">
        <time datetime={event.startsAt}>{whenText(event)}</time> <KindBadge kind={event.kind} />
      </p>
      <h3 class="event-title">
        <a href={event.url}>{event.title}</a>
      </h3>
      {event.place || event.unit ? (
        <p class="meta">{[event.place, event.unit?.name].filter(Boolean).join(' · ')}</p>
      ) : null}
    </li>
  );
}

export function AnniversaryList(props: { items: AnniversaryItem[] }) {
  const t = eventsText.anniversary;
  if (props.items.length === 0) return <p class="notice">{t.none}</p>;
  return (
    <ul class="anniversary-list">
      {props.items.map((a) => (
        <li class={a.round ? 'anniversary anniversary-round' : 'anniversary'}>
          <time datetime={a.on}>{formatDate(`${a.on}T12:00:00Z`)}</time> <strong>{t.label(a.years)}</strong> {a.name}
          {a.round ? <span class="anniversary-mark"> · {a.major ? t.major : t.round}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The home page's block: the next few events and the coming anniversaries. */
export function NextEventsBlock(props: { events: EventView[]; anniversaries: AnniversaryItem[] }) {
  const t = eventsText.home;
  return (
    <section class="block next-events" aria-labelledby="su-kien-sap-toi">
      <h2 class="block-title" id="su-kien-sap-toi">
        {t.title}
      </h2>
      {props.events.length === 0 ? (
        <p class="notice">{t.none}</p>
      ) : (
        <ul class="event-list">
          {props.events.map((e) => (
            <EventItem event={e} />
          ))}
        </ul>
      )}
      {props.anniversaries.length > 0 ? <AnniversaryList items={props.anniversaries} /> : null}
      <p>
        <a href="/su-kien">{t.all}</a>
      </p>
    </section>
  );
}
