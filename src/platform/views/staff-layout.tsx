// The frame of staff pages (/dang-nhap, /quan-tri/…): never cached, no counters, a menu built
// from what the signed-in user may do, and a logout button that posts (no state change on GET).
import type { Child } from 'hono/jsx';
import { NavToggle } from './layout.js';
import { renderDocument } from './render.js';
import { vi } from '../i18n/vi.js';

export interface StaffChrome {
  siteName: () => string;
  stylesheetHref: string;
  scriptHref: string;
  editorStylesheetHref: string;
  editorScriptHref: string;
}

export interface StaffPageProps {
  title: string;
  /** Signed-in user, when there is one. */
  user?: { name: string; roleLabels: string[] };
  csrfToken?: string;
  nav?: Array<{ href: string; label: string; current?: boolean }>;
  flash?: { kind: 'ok' | 'error'; text: string };
  /** This response's CSP nonce (cspNonce(c)): only script tags carrying it run. */
  nonce: string;
  /** Loads the rich-text editor, which takes over every <textarea data-rich-editor>. */
  editor?: boolean;
  /** The signed-in user's notifications, for the header's link (absent: they receive none). */
  notifications?: { unread: number };
  children?: Child;
}

/** The brand, the signed-in person with their notifications and logout, and the staff menu. */
function StaffHeader(props: StaffPageProps & { chrome: StaffChrome }) {
  const { chrome } = props;
  return (
    <header class="site-header">
      <div class="wrap header-inner">
        <a class="brand" href={props.user ? '/quan-tri' : '/'}>
          <span class="brand-emblem" aria-hidden="true">
            ★
          </span>
          <span class="brand-text">
            <span class="brand-kicker">{vi.staff.kicker}</span>
            <span class="brand-name">{chrome.siteName()}</span>
          </span>
        </a>
        {props.user && props.csrfToken ? (
          <form method="post" action="/dang-xuat" class="logout-form">
            <span class="who">
              {props.user.name} <small>({props.user.roleLabels.join(', ')})</small>
            </span>
            {props.notifications ? (
              <a
                class="button button-secondary"
                href="/quan-tri/thong-bao"
                aria-label={vi.staff.notificationsLabel(props.notifications.unread)}
              >
                {vi.staff.notificationsButton(props.notifications.unread)}
              </a>
            ) : null}
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <button type="submit" class="button">
              {vi.staff.logout}
            </button>
          </form>
        ) : null}
      </div>
      {props.nav && props.nav.length > 0 ? (
        <nav class="main-nav" aria-label={vi.staff.menu}>
          <div class="wrap nav-inner">
            <NavToggle controls="staff-menu" />
            <ul id="staff-menu">
              {props.nav.map((item) => (
                <li>
                  <a href={item.href} aria-current={item.current ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
              <li>
                <a href="/">{vi.staff.viewPortal}</a>
              </li>
            </ul>
          </div>
        </nav>
      ) : null}
    </header>
  );
}

export function StaffLayout(props: StaffPageProps & { chrome: StaffChrome }) {
  const { chrome } = props;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{vi.staff.pageTitle(props.title, chrome.siteName())}</title>
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
        <link rel="stylesheet" href={chrome.stylesheetHref} />
        <script src={chrome.scriptHref} nonce={props.nonce} defer></script>
        {props.editor ? <link rel="stylesheet" href={chrome.editorStylesheetHref} /> : null}
        {props.editor ? <script src={chrome.editorScriptHref} nonce={props.nonce} defer></script> : null}
      </head>
      <body class="staff">
        <a class="skip-link" href="#noi-dung">
          {vi.ui.skipToContent}
        </a>
        <StaffHeader {...props} />
        <main id="noi-dung" tabindex={-1} class="wrap staff-main">
          {props.flash ? (
            <p class={`flash flash-${props.flash.kind}`} role={props.flash.kind === 'error' ? 'alert' : 'status'}>
              {props.flash.text}
            </p>
          ) : null}
          {props.children}
        </main>
      </body>
    </html>
  );
}

export type StaffPageRenderer = (props: StaffPageProps) => Promise<Buffer>;

export function createStaffPageRenderer(chrome: StaffChrome): StaffPageRenderer {
  return (props) => renderDocument(<StaffLayout {...props} chrome={chrome} />);
}
