// A section's stored HTML (the editor's allowlist: p, h2–h4, strong/em/u/s, lists, quotes, links,
// images, tables) as Word paragraphs, with each footnote marker "[^id]" a real Word footnote
// reference. Runs inside the export worker; knows nothing of the database.
import {
  AlignmentType,
  FootnoteReferenceRun,
  type ImageRun,
  type IRunOptions,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import { Parser } from 'htmlparser2';
import { splitAtMarkers } from './footnotes.js';

export const FONT = 'Times New Roman';
export const BODY_SIZE = 26; // half-points: 13 pt
const INDENT = 567; // twips: 1 cm

type Style = Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'strike'>;
const INLINE: Record<string, Style> = {
  strong: { bold: true },
  b: { bold: true },
  em: { italics: true },
  i: { italics: true },
  u: { underline: {} },
  s: { strike: true },
};
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'blockquote', 'tr']);

interface Block {
  tag: string;
  children: ParagraphChild[];
  bullet: boolean;
  depth: number;
}

/** Walks the HTML once, gathering runs into the current block and closing blocks as paragraphs. */
class ParagraphBuilder {
  readonly out: Paragraph[] = [];
  private styles: Style[] = [];
  private lists: Array<{ ordered: boolean; count: number }> = [];
  private block: Block | undefined;
  private quoteDepth = 0;

  constructor(
    private readonly footnoteOf: (sourceId: number) => number | undefined,
    private readonly imageText: (alt: string) => string,
    private readonly picture: (src: string, alt: string) => ImageRun | undefined,
  ) {}

  /** A picture stands in a centred paragraph of its own; the text around it goes on after. */
  private image(attrs: Record<string, string>) {
    const run = this.picture(attrs.src ?? '', attrs.alt ?? '');
    if (!run) {
      this.current().children.push(this.run(this.imageText(attrs.alt ?? ''), { italics: true }));
      return;
    }
    this.flush();
    this.out.push(
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 }, children: [run] }),
    );
  }

  private run(text: string, extra: Style & { break?: number } = {}) {
    const style: Style = Object.assign({}, ...this.styles);
    const bold = this.block?.tag.startsWith('h') || style.bold;
    return new TextRun({ text, font: FONT, size: BODY_SIZE, ...style, ...extra, bold });
  }

  private current(): Block {
    this.block ??= { tag: 'p', children: [], bullet: false, depth: 0 };
    return this.block;
  }

  private open(tag: string) {
    this.flush();
    const list = this.lists.at(-1);
    this.block = {
      tag,
      children: [],
      bullet: tag === 'li' && Boolean(list && !list.ordered),
      depth: Math.max(0, this.lists.length - 1),
    };
    if (tag === 'li' && list?.ordered) {
      list.count += 1;
      this.block.children.push(this.run(`${list.count}. `));
    }
  }

  flush() {
    const b = this.block;
    this.block = undefined;
    if (!b || b.children.length === 0) return;
    const heading = b.tag.startsWith('h');
    const indented = this.quoteDepth > 0 || (b.tag === 'li' && !b.bullet);
    this.out.push(
      new Paragraph({
        children: b.children,
        alignment: heading ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
        bullet: b.bullet ? { level: Math.min(b.depth, 8) } : undefined,
        indent: indented
          ? { left: INDENT * Math.max(this.quoteDepth, b.depth + 1) }
          : { firstLine: b.tag === 'p' ? INDENT : 0 },
        spacing: { after: 120, line: 300 },
      }),
    );
  }

  text(data: string) {
    const target = this.current();
    for (const part of splitAtMarkers(data)) {
      if (typeof part !== 'string') {
        const id = this.footnoteOf(part.sourceId);
        if (id !== undefined) target.children.push(new FootnoteReferenceRun(id));
        continue;
      }
      const clean = part.replace(/\s+/g, ' ');
      if (clean.trim() || target.children.length > 0) target.children.push(this.run(clean));
    }
  }

  openTag(name: string, attrs: Record<string, string>) {
    if (name === 'ul' || name === 'ol') {
      this.flush();
      this.lists.push({ ordered: name === 'ol', count: 0 });
    } else if (name === 'blockquote') {
      this.flush();
      this.quoteDepth += 1;
    } else if (BLOCKS.has(name)) this.open(name);
    else if (INLINE[name]) this.styles.push(INLINE[name]);
    else if (name === 'br') this.current().children.push(this.run('', { break: 1 }));
    else if (name === 'img') this.image(attrs);
    else if ((name === 'td' || name === 'th') && this.block && this.block.children.length > 0)
      this.block.children.push(this.run(' | '));
  }

  closeTag(name: string) {
    if (name === 'ul' || name === 'ol') {
      this.flush();
      this.lists.pop();
    } else if (name === 'blockquote') {
      this.flush();
      this.quoteDepth = Math.max(0, this.quoteDepth - 1);
    } else if (BLOCKS.has(name)) this.flush();
    else if (INLINE[name]) this.styles.pop();
  }
}

/**
 * `footnoteOf(sourceId)` gives the document's footnote id for a cited source (undefined: the
 * marker names no source of the book and is dropped). `picture(src, alt)` is the image itself, or
 * undefined when its file could not be read: then `imageText(alt)` stands for it.
 */
export function htmlToParagraphs(
  html: string,
  footnoteOf: (sourceId: number) => number | undefined,
  imageText: (alt: string) => string,
  picture: (src: string, alt: string) => ImageRun | undefined = () => undefined,
): Paragraph[] {
  const builder = new ParagraphBuilder(footnoteOf, imageText, picture);
  const parser = new Parser(
    {
      onopentag: (name, attrs) => builder.openTag(name, attrs),
      ontext: (data) => builder.text(data),
      onclosetag: (name) => builder.closeTag(name),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  builder.flush();
  return builder.out;
}
