// congtin's JSX runtime builds HTML tags as plain hono nodes: the page must come out exactly as
// hono's own runtime writes it, and rendering must never start an AsyncLocalStorage (which on
// Node 20 switches on async hooks for every later request; jsx-runtime.js says why).
import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, it } from 'node:test';
import { Fragment as HonoFragment, jsx as honoJsx } from 'hono/jsx/jsx-runtime';
import { raw } from 'hono/html';
import { renderDocument } from '../render.js';
import { jsx as honoCreateElement } from 'hono/jsx';
import { HtmlNode, JSXNode } from './html-node.js';
import { jsx as ourJsx } from './jsx-runtime.js';

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

  it("writes every kind of prop and child byte for byte as hono's own node does", () => {
    // Random elements from the values a page could hold, hostile text among them, written by the
    // fast path and by hono's JSXNode: 2,000 trees, the same bytes (or the same error) each time.
    let seed = 7;
    // mulberry32: every bit random enough for small choices (an LCG's low bits repeat in 2, 4, 8).
    const rnd = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
      return ((x ^ (x >>> 14)) >>> 0) % n;
    };
    const pick = <T,>(list: readonly T[]): T => list[rnd(list.length)] as T;
    const texts = ['', 'Lào Cai', hostile, "it's <b>&amp;</b>", 'a"b\'c', '&', 'Đảng ủy Khối'];
    const values: unknown[] = [
      ...texts,
      0,
      -1.5,
      42,
      true,
      false,
      null,
      undefined,
      raw('<b>đã thoát</b>'),
      { color: 'red', fontSize: 12 },
      () => 1,
      { __html: '<i>x</i>' },
    ];
    const keys = [
      'class',
      'className',
      'htmlFor',
      'id',
      'hidden',
      'disabled',
      'readonly',
      'aria-hidden',
      'data-x',
      'draggable',
      'viewBox',
      'strokeWidth',
      'fetchPriority',
      'style',
      'onclick',
      'title',
      'ref',
      'a"b',
      'x y',
      'dangerouslySetInnerHTML',
    ];
    const tags = ['div', 'p', 'img', 'input', 'br', 'svg', 'path', 'a', 'span'];
    type Make = (tag: string, props: Record<string, unknown>, children: unknown[]) => unknown;
    type Component = (p: Record<string, unknown>) => unknown;
    type Compose = (component: Component, props: Record<string, unknown>, children: unknown[]) => unknown;
    // Components of every result kind; `children ?? …` tells a missing children prop from an empty one.
    const components = (make: Make): Component[] => [
      (p) => make('section', { class: 'khoi' }, [p.children]),
      (p) => `${String(p.title)} & "bạn"`,
      () => 42,
      () => null,
      () => false,
      () => raw('<hr/>'),
      (p) => [p.children, 'sau'],
      (p) => p.children ?? 'không có con',
    ];
    const tree = (depth: number, make: Make, compose: Compose): unknown => {
      const props: Record<string, unknown> = {};
      for (let i = rnd(4); i > 0; i--) props[pick(keys)] = pick(values);
      const children: unknown[] = [];
      if (rnd(3) > 0)
        for (let i = rnd(4); i > 0; i--) {
          const kind = rnd(7);
          if (kind === 0 && depth < 3) children.push(tree(depth + 1, make, compose));
          else if (kind === 1 && depth < 3) children.push([tree(depth + 1, make, compose), pick(texts)]);
          else if (kind === 2) children.push(raw('<em>có sẵn</em>'));
          else if (kind === 3 && depth < 3) {
            const kids = Array.from({ length: rnd(3) }, () => (rnd(2) ? pick(texts) : tree(depth + 1, make, compose)));
            children.push(compose(pick(components(make)), { title: pick(texts) }, kids));
          } else children.push(pick([...texts, 7, null, false, true, undefined]));
        }
      return make(pick(tags), props, children);
    };
    // Ours as the compiler calls the runtime (children in props: one, several, or none); hono's by its createElement.
    // `<X>{list}</X>` with an empty list gives `children: []`, which hono's component sees as no children.
    const noKids = (props: Record<string, unknown>) =>
      String(props.title).length % 2 ? { ...props, children: [] } : props;
    const ourCompose: Compose = (component, props, kids) =>
      ourJsx(component, kids.length === 0 ? noKids(props) : { ...props, children: kids.length === 1 ? kids[0] : kids });
    const honoCompose: Compose = (component, props, kids) =>
      honoCreateElement(component as never, { ...props }, ...(kids as never[]));
    const write = (node: unknown) => {
      try {
        const buffer = [''];
        (node as { toStringToBuffer(b: string[]): void }).toStringToBuffer(buffer);
        return buffer.join('|');
      } catch (error) {
        return `error: ${(error as Error).message}`;
      }
    };
    let fast = 0;
    for (let i = 0; i < 2000; i++) {
      const start = seed;
      const ours = tree(0, (tag, props, children) => new HtmlNode(tag, props, children), ourCompose);
      seed = start;
      const theirs = tree(0, (tag, props, children) => new JSXNode(tag, props, children), honoCompose);
      const written = write(ours);
      assert.equal(written, write(theirs), `tree ${i}`);
      if (!written.startsWith('error')) fast++;
    }
    assert.ok(fast > 1000, 'most trees are written, not refused');
  });
});
