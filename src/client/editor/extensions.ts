// The editor's schema is the server's sanitiser allowlist (src/platform/text/rich-text.ts) and
// nothing more, so what a writer sees is what survives saving: headings 2–4 (the page title is
// the h1), no code, tables without widths or alignment, images with src/alt/width/height only.
// Nothing renders a style attribute either: staff pages forbid inline styles (CSP).
import { mergeAttributes, type Extensions } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { isAllowedHref } from './links.js';

// Column widths and alignment would be written as style="…"; cells keep only their spans.
const cellAttributes = () => ({
  colspan: { default: 1 },
  rowspan: { default: 1 },
  colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
});

// Tiptap's table writes <colgroup> and style="min-width: …"; a plain table is all we keep.
const PlainTable = Table.extend({
  renderHTML({ HTMLAttributes }) {
    return ['table', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), ['tbody', 0]];
  },
}).configure({ resizable: false, View: null, allowTableNodeSelection: false });

export function buildExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        HTMLAttributes: { class: null },
        isAllowedUri: (url) => isAllowedHref(url),
      },
    }),
    Image.extend({
      addAttributes() {
        return {
          src: { default: null },
          alt: { default: null },
          width: { default: null },
          height: { default: null },
        };
      },
    }).configure({ inline: false, allowBase64: false }),
    PlainTable,
    TableRow,
    TableHeader.extend({ addAttributes: cellAttributes }),
    TableCell.extend({ addAttributes: cellAttributes }),
  ];
}
