// The frame a wide table scrolls in on a narrow screen. A region that scrolls must be reachable
// by keyboard (tabindex 0) and named, or a keyboard user cannot see its hidden columns
// (WCAG 2.1.1; axe's scrollable-region-focusable): named by the heading or caption it sits under.
import type { Child } from 'hono/jsx';

export function TableFrame(props: { labelledBy: string; children: Child }) {
  return (
    <div class="table-wrap" role="region" aria-labelledby={props.labelledBy} tabindex={0}>
      {props.children}
    </div>
  );
}
