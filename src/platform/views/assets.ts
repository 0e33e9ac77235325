// Static CSS/JS for public pages, served under a content hash so browsers may keep them a year.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Hono } from 'hono';

interface Asset {
  href: string;
  body: Buffer;
  contentType: string;
}

export interface PublicAssets {
  stylesheetHref: string;
  scriptHref: string;
  mount(app: Hono<any>): void;
}

function loadAsset(file: string, name: string, ext: string, contentType: string): Asset {
  const body = readFileSync(new URL(`./assets/${file}`, import.meta.url));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  return { href: `/static/${name}.${hash}.${ext}`, body, contentType };
}

export function loadPublicAssets(): PublicAssets {
  const css = loadAsset('site.css', 'site', 'css', 'text/css; charset=utf-8');
  const js = loadAsset('site.js', 'site', 'js', 'text/javascript; charset=utf-8');
  return {
    stylesheetHref: css.href,
    scriptHref: js.href,
    mount(app) {
      for (const asset of [css, js]) {
        app.get(asset.href, (c) =>
          c.body(new Uint8Array(asset.body), 200, {
            'Content-Type': asset.contentType,
            'Cache-Control': 'public, max-age=31536000, immutable',
          }),
        );
      }
    },
  };
}
