// congtin's JSX runtime builds HTML tags as plain hono nodes: the page must come out exactly as
// hono's own runtime writes it, and rendering must never start an AsyncLocalStorage (which on
// Node 20 switches on async hooks for every later request; jsx-runtime.js says why).
import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, it } from 'node:test';
import { Fragment as HonoFragment, jsx as honoJsx } from 'hono/jsx/jsx-runtime';
import { renderDocument } from '../render.js';

type Props = Record<string, unknown>;
const h = (tag: unknown, props: Props, ...children: unknown[]) =>
  honoJsx(tag as string, {
    ...props,
    ...(children.length ? { children: children.length === 1 ? children[0] : children } : {}),
  });

function Card(props: { title: string; children?: unknown }) {
  return (
    <section class="card">
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}
const HonoCard = (props: { title: string; children?: unknown }) =>
  h('section', { class: 'card' }, h('h2', {}, props.title), props.children);

const hostile = '<script>alert("x")</script> & "Lào Cai"';

const ours = (
  <html lang="vi">
    <head>
      <meta charset="utf-8" />
      <title>{`Trang ${hostile}`}</title>
      <link rel="stylesheet" href="/static/site.css" />
      <script src="/static/site.js" defer />
    </head>
    <body>
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d="M0 0h24v24H0z" fill="none" />
      </svg>
      <Card title={hostile}>
        {/* biome-ignore lint/complexity/noUselessFragments: the fragment is what this compares */}
        <>
          <form method="post" action="/x">
            <input type="text" name="q" value={hostile} required />
            <button type="submit" disabled={false}>
              Tìm
            </button>
          </form>
        </>
      </Card>
      <p class="note" data-x={hostile}>
        {[1, 2].map((n) => (
          <span key={n}>{n}</span>
        ))}
      </p>
    </body>
  </html>
);

const theirs = h(
  'html',
  { lang: 'vi' },
  h(
    'head',
    {},
    h('meta', { charset: 'utf-8' }),
    h('title', {}, `Trang ${hostile}`),
    h('link', { rel: 'stylesheet', href: '/static/site.css' }),
    h('script', { src: '/static/site.js', defer: true }),
  ),
  h(
    'body',
    {},
    h('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true' }, h('path', { d: 'M0 0h24v24H0z', fill: 'none' })),
    h(
      HonoCard,
      { title: hostile },
      h(
        HonoFragment,
        {},
        h(
          'form',
          { method: 'post', action: '/x' },
          h('input', { type: 'text', name: 'q', value: hostile, required: true }),
          h('button', { type: 'submit', disabled: false }, 'Tìm'),
        ),
      ),
    ),
    h('p', { class: 'note', 'data-x': hostile }, [h('span', {}, 1), h('span', {}, 2)]),
  ),
);

describe('the JSX runtime', () => {
  it('writes a page exactly as hono/jsx does, escaping included', async () => {
    const expected = String(theirs);
    assert.match(expected, /&lt;script&gt;alert\(&quot;x&quot;\)/, 'the reference escapes');
    assert.equal((await renderDocument(ours)).toString('utf8'), `<!doctype html>${expected}`);
  });

  it('renders a page with <head> and <svg> without starting an AsyncLocalStorage', async (t) => {
    const run = t.mock.method(AsyncLocalStorage.prototype, 'run');
    await renderDocument(ours);
    assert.equal(run.mock.callCount(), 0);
    String(theirs); // the check itself can fail: hono's own runtime does start one
    assert.ok(run.mock.callCount() > 0);
  });
});
