// Static CSS/JS, served under a content hash so browsers may keep them a year: site.css (built
// from assets/css/*.css) and site.js for every page, editor.css/editor.js (the article editor, built by scripts/build-client.mjs)
// only for staff pages that edit rich text.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Hono } from 'hono';
import { vi } from '../i18n/vi.js';

interface Asset {
  href: string;
  body: Buffer;
  /**
   * Compressed once, begun at start on libuv's threads rather than the event loop (level 9 of the
   * editor's 465 KB bundle took ~25 ms of every start); undefined if compressing failed.
   */
  gzipped: Promise<Buffer | undefined>;
  contentType: string;
}

export interface PublicAssets {
  stylesheetHref: string;
  scriptHref: string;
  editorStylesheetHref: string;
  editorScriptHref: string;
  mount(app: Hono): void;
}

function readAssetFile(file: string): Buffer {
  try {
    return readFileSync(new URL(`./assets/${file}`, import.meta.url));
  } catch (error) {
    if (file === 'editor.js' && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(vi.operator.missingEditorBundle);
    }
    throw error;
  }
}

// The site's stylesheet is kept as several files under assets/css/, one per part of the product
// (public pages, staff forms, newsroom, plans, phone), and served as one file in name order, so the
// cascade reads as it did when it was one file and a browser still makes one request.
export function readSiteStylesheet(): Buffer {
  const dir = new URL('./assets/css/', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .sort();
  return Buffer.concat(files.map((f) => readFileSync(new URL(f, dir))));
}

const gzipLater = promisify(gzip);

function loadAsset(file: string, name: string, ext: string, contentType: string): Asset {
  const body = file === 'site.css' ? readSiteStylesheet() : readAssetFile(file);
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return {
    href: `/static/${name}.${hash}.${ext}`,
    body,
    gzipped: gzipLater(body, { level: 9 }).catch(() => undefined),
    contentType,
  };
}

// The portal's icons (drawn by scripts/make-icons.mjs) at the addresses browsers and phones ask
// for by themselves, so they keep fixed names and a day's cache instead of a content hash.
const ICONS = [
  { path: '/favicon.ico', file: 'favicon.ico', contentType: 'image/x-icon' },
  { path: '/favicon.svg', file: 'favicon.svg', contentType: 'image/svg+xml' },
  { path: '/apple-touch-icon.png', file: 'apple-touch-icon.png', contentType: 'image/png' },
  { path: '/icon-192.png', file: 'icon-192.png', contentType: 'image/png' },
] as const;

function mountIcons(app: Hono) {
  for (const icon of ICONS) {
    const body = new Uint8Array(readAssetFile(icon.file));
    app.get(icon.path, (c) =>
      c.body(body, 200, { 'Content-Type': icon.contentType, 'Cache-Control': 'public, max-age=86400' }),
    );
  }
}

export function loadPublicAssets(): PublicAssets {
  const css = loadAsset('site.css', 'site', 'css', 'text/css; charset=utf-8');
  const js = loadAsset('site.js', 'site', 'js', 'text/javascript; charset=utf-8');
  const editorCss = loadAsset('editor.css', 'editor', 'css', 'text/css; charset=utf-8');
  const editorJs = loadAsset('editor.js', 'editor', 'js', 'text/javascript; charset=utf-8');
  return {
    stylesheetHref: css.href,
    scriptHref: js.href,
    editorStylesheetHref: editorCss.href,
    editorScriptHref: editorJs.href,
    mount(app) {
      mountIcons(app);
      for (const asset of [css, js, editorCss, editorJs]) {
        app.get(asset.href, async (c) => {
          const gzipped = /\bgzip\b/.test(c.req.header('accept-encoding') ?? '') ? await asset.gzipped : undefined;
          return c.body(new Uint8Array(gzipped ?? asset.body), 200, {
            'Content-Type': asset.contentType,
            'Cache-Control': 'public, max-age=31536000, immutable',
            Vary: 'Accept-Encoding',
            ...(gzipped ? { 'Content-Encoding': 'gzip' } : {}),
          });
        });
      }
    },
  };
}
