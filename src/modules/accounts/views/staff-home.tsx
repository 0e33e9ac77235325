// /quan-tri: what waits for this person, one panel per kind of work (each registered by the module
// that owns the work), then the sections they may open with a line on each.
import type { HomePanelContent } from '../staff-frame.js';
import { accountsText } from '../accounts.vi.js';

const t = accountsText.dashboard;

export type RenderedPanel = HomePanelContent & { id: string };

function Panel(props: { panel: RenderedPanel }) {
  const { id, title, body, more } = props.panel;
  return (
    <section class="home-panel block" id={id} aria-labelledby={`${id}-tieu-de`}>
      <h2 id={`${id}-tieu-de`}>{title}</h2>
      {body}
      {more ? (
        <p class="home-panel-more">
          <a href={more.href}>{more.label}</a>
        </p>
      ) : null}
    </section>
  );
}

export function StaffHome(props: {
  name: string;
  panels: RenderedPanel[];
  links: Array<{ href: string; label: string; hint: string; summary?: string }>;
}) {
  return (
    <section class="staff-home">
      <h1 class="block-title">{t.title}</h1>
      <p>
        {t.greeting(props.name)} {props.panels.length > 0 ? t.intro : t.nothing}
      </p>
      {props.panels.length > 0 ? (
        <div class="home-panels">
          {props.panels.map((panel) => (
            <Panel panel={panel} />
          ))}
        </div>
      ) : null}
      {props.links.length > 0 ? (
        <nav class="home-shortcuts" aria-labelledby="cac-muc-tieu-de">
          <h2 id="cac-muc-tieu-de">{t.shortcuts}</h2>
          <ul>
            {props.links.map((l) => (
              <li>
                <a href={l.href}>{l.label}</a>
                {l.summary ? <span class="home-shortcut-summary">{l.summary}</span> : null}
                <span class="hint">{l.hint}</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}
