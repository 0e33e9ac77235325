import type { JSX } from 'hono/jsx/jsx-runtime';

interface BufferRenderable {
  toStringToBuffer(buffer: string[]): void;
}

/**
 * Renders a full document to UTF-8 bytes once, so cached pages are sent without re-encoding.
 *
 * Pages are synchronous trees, so this walks the tree with JSXNode.toStringToBuffer() instead of
 * toString(): toString() runs every render inside AsyncLocalStorage.run(), and on Node 20 the
 * first run() switches on async hooks for the whole process, which cost 10–15 % of the cached-page
 * throughput (bench/page.ts: 0.81× → 0.92× of a bare server). Escaping is the same code either way.
 */
export async function renderDocument(element: JSX.Element): Promise<Buffer> {
  const buffer = [''];
  (element as unknown as BufferRenderable).toStringToBuffer(buffer);
  if (buffer.length !== 1) throw new Error('renderDocument: pages must not contain async components');
  return Buffer.from(`<!doctype html>${buffer[0]}`, 'utf8');
}
