// The tools under an article's title. Sharing is plain links (no third-party script: the CSP
// allows none, and a reader is not tracked by a social network until they choose to share); the
// buttons that need a script (copy, text size, print) are hidden until site.js shows them.
import type { Child } from 'hono/jsx';
import { vi } from '../../../platform/i18n/vi.js';
import { readerToolsText as t } from './reader-tools.vi.js';

export interface ShareTarget {
  title: string;
  /** Absolute URL of the article (the canonical one). */
  url: string;
}

/** Where each share link points; also what the tests check. */
export function shareLinks(target: ShareTarget) {
  const url = encodeURIComponent(target.url);
  return {
    // Zalo's web share page, opened without its SDK script (which the CSP would block). Zalo's docs
    // describe only the SDK button; this URL is the one widely used without it.
    zalo: `https://sp.zalo.me/share_to_zalo?url=${url}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    email: `mailto:?subject=${encodeURIComponent(target.title)}&body=${url}`,
  };
}

export function ReaderTools(props: { target: ShareTarget }) {
  const links = shareLinks(props.target);
  return (
    <div class="reader-tools" role="group" aria-label={t.toolsLabel}>
      <div class="reader-tools-row">
        <span class="reader-tools-label">{t.shareLabel}</span>
        <a
          class="tool tool-zalo"
          href={links.zalo}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t.shareZaloName}
        >
          <ZaloIcon />
          <span>{t.shareZalo}</span>
        </a>
        <a
          class="tool tool-facebook"
          href={links.facebook}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t.shareFacebookName}
        >
          <FacebookIcon />
          <span>{t.shareFacebook}</span>
        </a>
        <a class="tool" href={links.email} aria-label={t.shareEmailName}>
          <MailIcon />
          <span>{t.shareEmail}</span>
        </a>
        <button type="button" class="tool" data-copy-link={props.target.url} hidden>
          <LinkIcon />
          <span>{t.copyLink}</span>
        </button>
      </div>
      <div class="reader-tools-row">
        <div class="text-size" role="group" aria-label={t.textSizeLabel} data-text-size hidden>
          <button type="button" class="tool" data-text-size-step="-1" aria-label={t.smaller}>
            A−
          </button>
          <button type="button" class="tool" data-text-size-step="0" aria-label={t.normal}>
            A
          </button>
          <button type="button" class="tool tool-larger" data-text-size-step="1" aria-label={t.larger}>
            A+
          </button>
        </div>
        <button type="button" class="tool" data-action="print" hidden>
          <PrintIcon />
          <span>{vi.ui.print}</span>
        </button>
      </div>
      <p class="reader-tools-link" data-link-field>
        <label for="article-link">{t.linkField}</label>
        <input id="article-link" type="text" readonly value={props.target.url} />
      </p>
      <p
        class="reader-tools-status"
        role="status"
        data-tools-status
        data-copied={t.copied}
        data-copy-failed={t.copyFailed}
        data-text-size-now={t.textSizeNow}
      ></p>
    </div>
  );
}

/** The printed paper's heading: whose portal the article was printed from. */
export function PrintedSiteName(props: { siteName: string }) {
  return (
    <p class="print-only print-site">
      {vi.ui.portalKicker}
      <br />
      <strong>{props.siteName}</strong>
    </p>
  );
}

/** Under the printed title: the article's full address, to find it again from the paper. */
export function PrintedSource(props: { url: string }) {
  return (
    <p class="print-only print-source">
      {t.printSource} {props.url}
    </p>
  );
}

// The icons are decoration beside their words, so screen readers skip them.
function Icon(props: { children: Child }) {
  return (
    <svg class="tool-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      {props.children}
    </svg>
  );
}

function ZaloIcon() {
  // A speech bubble with a Z: Zalo's own logo is a trademark we do not need to copy.
  return (
    <Icon>
      <path
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linejoin="round"
        d="M12 3.5c5 0 9 3.3 9 7.5s-4 7.5-9 7.5c-1 0-2-.1-2.9-.4L5 20.5l1-3.6C4.2 15.5 3 13.4 3 11c0-4.2 4-7.5 9-7.5zM9 8.5h6l-6 5h6"
      />
    </Icon>
  );
}

function FacebookIcon() {
  return (
    <Icon>
      <path
        fill="currentColor"
        d="M13.5 21v-7.6h2.6l.4-3h-3V8.5c0-.9.3-1.5 1.5-1.5h1.6V4.3c-.3 0-1.2-.1-2.3-.1-2.3 0-3.9 1.4-3.9 4v2.2H7.8v3h2.6V21h3.1z"
      />
    </Icon>
  );
}

function MailIcon() {
  return (
    <Icon>
      <path fill="none" stroke="currentColor" stroke-width="2" d="M3 6h18v12H3zM3 7l9 6 9-6" />
    </Icon>
  );
}

function LinkIcon() {
  return (
    <Icon>
      <path
        fill="none"
        stroke="currentColor"
        stroke-width="2"
        stroke-linecap="round"
        d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"
      />
    </Icon>
  );
}

function PrintIcon() {
  return (
    <Icon>
      <path fill="none" stroke="currentColor" stroke-width="2" d="M7 9V3h10v6M7 17H4V9h16v8h-3M7 14h10v7H7z" />
    </Icon>
  );
}
