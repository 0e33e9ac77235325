// Parts of the page frame that come out the same on page after page (the header with its menu,
// the footer), written once per distinct input and then reused as HTML: an uncached page pays for
// its own content, not for the frame around it. The key must name every input of the part: the
// layout builds it from exactly what the part reads (layout.test.tsx renders every combination
// both ways and compares).
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';

interface BufferRenderable {
  toStringToBuffer(buffer: string[]): void;
}

/** Distinct frames kept: languages × menu entries × a day's date, with room to spare. */
const MAX_FRAGMENTS = 512;

export function createFragmentCache(max = MAX_FRAGMENTS) {
  const written = new Map<string, Child>();
  return {
    /** The part for `key`, written by `render` the first time; `key` null: not kept (written each time). */
    get(key: string | null, render: () => Child): Child {
      if (key === null) return render();
      const kept = written.get(key);
      if (kept !== undefined) return kept;
      const buffer = [''];
      (render() as unknown as BufferRenderable).toStringToBuffer(buffer);
      if (buffer.length !== 1) throw new Error('fragment-cache: a kept part must be synchronous');
      // Full: start again rather than track ages (the frame's inputs rarely change).
      if (written.size >= max) written.clear();
      const html = raw(buffer[0]);
      written.set(key, html);
      return html;
    },
    clear() {
      written.clear();
    },
  };
}

export type FragmentCache = ReturnType<typeof createFragmentCache>;
