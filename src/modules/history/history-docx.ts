// The approved book as a Word file: the title page, a table of contents Word fills in from the
// headings (chapters Heading 1, sections Heading 2–3), each section's text, and every cited source
// as a real footnote on the page that cites it. Built on the worker pool (a whole book's text).
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import { readFile } from 'node:fs/promises';
import { imageSize } from 'image-size';
import { BODY_SIZE, FONT, htmlToParagraphs } from './html-to-docx.js';

export interface BookExport {
  title: string;
  period: string;
  words: { contents: string; contentsHint: string; internal: string; imagePrefix: string };
  /** In reading order; depth 0 is a chapter. */
  sections: Array<{ depth: number; title: string; bodyHtml: string }>;
  /** Source id → its footnote text. */
  sources: Array<{ id: number; line: string }>;
  /** Each image's address in the text → the JPEG or PNG file to embed (chosen by the root). */
  images: Array<{ src: string; file: string }>;
}

// The text's width on A4 with the margins below (210 − 30 − 15 mm) and most of its height, in
// pixels at 96 dpi, which is how the docx package sizes a picture.
const MAX_PICTURE_PX = { width: Math.floor((165 / 25.4) * 96), height: Math.floor((230 / 25.4) * 96) };

interface Picture {
  data: Uint8Array;
  type: 'jpg' | 'png';
  width: number;
  height: number;
}

/** The files read and measured; one that is missing, unreadable or not JPEG/PNG is left out. */
async function readPictures(images: BookExport['images']): Promise<Map<string, Picture>> {
  const found = new Map<string, Picture>();
  for (const { src, file } of images) {
    try {
      const data = new Uint8Array(await readFile(file));
      const size = imageSize(data);
      if ((size.type === 'jpg' || size.type === 'png') && size.width > 0 && size.height > 0)
        found.set(src, { data, type: size.type, width: size.width, height: size.height });
    } catch {
      // Not there or not an image: the text stands for it, and the book is exported all the same.
    }
  }
  return found;
}

function pictureRun(picture: Picture, alt: string): ImageRun {
  const scale = Math.min(1, MAX_PICTURE_PX.width / picture.width, MAX_PICTURE_PX.height / picture.height);
  return new ImageRun({
    type: picture.type,
    data: picture.data,
    transformation: {
      width: Math.max(1, Math.round(picture.width * scale)),
      height: Math.max(1, Math.round(picture.height * scale)),
    },
    altText: { name: alt, description: alt, title: alt },
  });
}

const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function titlePage(book: BookExport): Paragraph[] {
  const line = (text: string, size: number, bold: boolean, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, after: 240 },
      children: [new TextRun({ text, font: FONT, size, bold })],
    });
  return [
    line(book.words.internal, 24, false),
    line(book.title.toUpperCase(), 36, true, 2400),
    ...(book.period ? [line(book.period, 28, false)] : []),
    new Paragraph({ pageBreakBefore: true, children: [] }),
  ];
}

/** The .docx bytes. Footnotes are numbered in order of first citation through the whole book. */
export async function buildBookDocx(book: BookExport): Promise<Uint8Array> {
  const lines = new Map(book.sources.map((s) => [s.id, s.line]));
  const footnoteIds = new Map<number, number>();
  const footnoteOf = (sourceId: number) => {
    if (!lines.has(sourceId)) return undefined;
    if (!footnoteIds.has(sourceId)) footnoteIds.set(sourceId, footnoteIds.size + 1);
    return footnoteIds.get(sourceId);
  };
  const imageText = (alt: string) => (alt ? `[${book.words.imagePrefix}: ${alt}]` : `[${book.words.imagePrefix}]`);
  const pictures = await readPictures(book.images);
  const pictureOf = (src: string, alt: string) => {
    const picture = pictures.get(src);
    return picture ? pictureRun(picture, alt) : undefined;
  };
  const body: Paragraph[] = [];
  for (const section of book.sections) {
    body.push(
      new Paragraph({
        heading: HEADINGS[Math.min(section.depth, 2)],
        pageBreakBefore: section.depth === 0,
        spacing: { before: 240, after: 120 },
        children: [new TextRun({ text: section.title, font: FONT, bold: true })],
      }),
      ...htmlToParagraphs(section.bodyHtml, footnoteOf, imageText, pictureOf),
    );
  }
  const footnotes = Object.fromEntries(
    [...footnoteIds].map(([sourceId, id]) => [
      id,
      { children: [new Paragraph({ children: [new TextRun({ text: lines.get(sourceId)!, font: FONT, size: 20 })] })] },
    ]),
  );
  const doc = new Document({
    title: book.title,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } } },
    footnotes,
    sections: [
      {
        properties: { page: { margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [
          ...titlePage(book),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: book.words.contents, font: FONT, bold: true, size: 28 })],
          }),
          new Paragraph({
            children: [new TextRun({ text: book.words.contentsHint, font: FONT, italics: true, size: 20 })],
          }),
          new TableOfContents(book.words.contents, { hyperlink: true, headingStyleRange: '1-3' }),
          ...body,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
