// The demo's PDFs are real PDFs: the cross-reference table points at each object and startxref at
// the table, so readers open them without repairing; the register's own type check accepts them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoDocuments, minimalPdf } from './demo-documents.js';

describe('demo documents', () => {
  it('makes a well-formed one-page PDF, whatever the text', () => {
    const pdf = Buffer.from(minimalPdf('132/KH-ĐUK', 'Thực hiện (Đề án) 17-ĐA/TU \\ của Tỉnh ủy '.repeat(40)));
    const text = pdf.toString('latin1');
    assert.ok(text.startsWith('%PDF-1.4\n') && text.endsWith('%%EOF\n'));
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    assert.equal(text.slice(startxref, startxref + 5), 'xref\n');
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    assert.equal(offsets.length, 5);
    for (const [i, offset] of offsets.entries())
      assert.equal(text.slice(offset, offset + `${i + 1} 0 obj`.length), `${i + 1} 0 obj`);
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)![1]);
    const start = text.indexOf('stream\n') + 'stream\n'.length;
    assert.equal(text.slice(start + length, start + length + '\nendstream'.length), '\nendstream');
    // Only ASCII in the page's strings, and every parenthesis inside them escaped.
    assert.ok([...text].every((ch) => ch.charCodeAt(0) < 128));
    assert.ok(!/\((?:[^()\\]|\\.)*\((?:[^()\\]|\\.)*\) Tj/.test(text));
  });

  it('has 15 or more documents, the plans’ own among them, none dated after today', () => {
    const docs = demoDocuments('2026-12-05');
    assert.ok(docs.length >= 15);
    for (const n of ['132/KH-ĐUK', '17-ĐA/TU', '05-ĐA/TU', '215/KH-ĐUK', '42/2022/NĐ-CP'])
      assert.ok(
        docs.some((d) => d.number === n),
        n,
      );
    assert.ok(docs.every((d) => d.issuedOn <= '2026-12-05'));
    assert.ok(demoDocuments('2026-01-03').every((d) => d.issuedOn <= '2026-01-03'));
  });
});
