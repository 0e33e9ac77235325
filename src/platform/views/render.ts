import type { JSX } from 'hono/jsx/jsx-runtime';

/** Renders a full document to UTF-8 bytes once, so cached pages are sent without re-encoding. */
export async function renderDocument(element: JSX.Element): Promise<Buffer> {
  const html = await element.toString();
  return Buffer.from(`<!doctype html>${html}`, 'utf8');
}
