// The summary's own choices: which messages get a link, what the notes add, what the heading counts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorSummary } from './error-summary.js';

const html = (node: unknown) => String(node ?? '');

describe('ErrorSummary', () => {
  it('renders nothing when there is nothing to fix', () => {
    assert.equal(html(<ErrorSummary errors={{ name: undefined }} />), '');
    assert.equal(html(<ErrorSummary errors={undefined} notes={[]} />), '');
  });

  it('takes the focus and links each field to its input id', () => {
    const out = html(
      <ErrorSummary errors={{ name: 'Tên?', password: 'Ngắn quá' }} fieldIds={{ password: 'new-password' }} />,
    );
    assert.match(out, /tabindex="-1"/);
    assert.match(out, /autofocus/);
    assert.match(out, /<a href="#name">Tên\?<\/a>/);
    assert.match(out, /<a href="#new-password">Ngắn quá<\/a>/);
    assert.match(out, /có 2 mục cần sửa/);
  });

  it('lists without a link a form-wide message and a field that is not on the page', () => {
    const out = html(
      <ErrorSummary
        errors={{ _form: 'Cả biểu mẫu', form: 'Không tên', title: 'Tiêu đề?', reason: 'Lý do?' }}
        onPage={['reason']}
      />,
    );
    assert.deepEqual(
      [...out.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]),
      ['reason'],
    );
    for (const text of ['Cả biểu mẫu', 'Không tên', 'Tiêu đề?'])
      assert.match(out, new RegExp(`<li>${text.replace('?', '\\?')}</li>`));
  });

  it('adds the notes after the fields, unlinked, and lets the caller word the heading', () => {
    const out = html(
      <ErrorSummary
        errors={{ file: 'Tệp có lỗi' }}
        notes={['Dòng 3: thiếu tên']}
        title={(n) => `Chưa nhập được: ${n}`}
      />,
    );
    assert.match(out, /<h2 id="error-summary-title">Chưa nhập được: 2<\/h2>/);
    assert.match(out, /<a href="#file">Tệp có lỗi<\/a><\/li><li>Dòng 3: thiếu tên<\/li>/);
  });
});
