// The staff form's rows without JavaScript, and the calendar arithmetic of the public archive.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyRowOp, briefInputOf, type FormItem, readBriefForm, readOp } from './brief-form.js';
import { addMonths, isMonth, monthWeeks } from './brief-items.js';
import { isBriefDay, MAX_ITEMS, safeOutsideUrl } from './briefs.schema.js';

const outside = (title: string): FormItem => ({
  kind: 'outside',
  articleId: '',
  title,
  source: 'S',
  url: '',
  summary: '',
});

describe('brief form rows', () => {
  it('reads the pressed button, and treats anything unknown as a save', () => {
    assert.deepEqual(readOp({ op: 'up-3' }), { kind: 'up', index: 3 });
    assert.deepEqual(readOp({ op: 'remove-0' }), { kind: 'remove', index: 0 });
    assert.deepEqual(readOp({ op: 'pick-42' }), { kind: 'pick', articleId: 42 });
    assert.deepEqual(readOp({ op: 'publish' }), { kind: 'publish' });
    for (const op of ['', 'pick-0', 'pick-abc', 'up--1', 'drop table', 'remove-999'])
      assert.deepEqual(readOp({ op }), { kind: 'save' }, op);
  });

  it('moves, removes and adds rows, never past the ends or the limit', () => {
    const rows = [outside('a'), outside('b'), outside('c')];
    assert.deepEqual(
      applyRowOp(rows, { kind: 'up', index: 2 }).map((r) => r.title),
      ['a', 'c', 'b'],
    );
    assert.deepEqual(
      applyRowOp(rows, { kind: 'down', index: 0 }).map((r) => r.title),
      ['b', 'a', 'c'],
    );
    assert.deepEqual(
      applyRowOp(rows, { kind: 'up', index: 0 }).map((r) => r.title),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      applyRowOp(rows, { kind: 'down', index: 2 }).map((r) => r.title),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      applyRowOp(rows, { kind: 'remove', index: 1 }).map((r) => r.title),
      ['a', 'c'],
    );
    assert.equal(applyRowOp(rows, { kind: 'remove', index: 7 }).length, 3);
    const picked = applyRowOp(rows, { kind: 'pick', articleId: 9 }, { id: 9, title: 'Bài' });
    assert.deepEqual(picked[3], { kind: 'article', articleId: '9', title: 'Bài', source: '', url: '', summary: '' });
    assert.equal(applyRowOp(rows, { kind: 'pick', articleId: 9 }).length, 3, 'an article not published adds nothing');
    const full = Array.from({ length: MAX_ITEMS }, (_, n) => outside(String(n)));
    assert.equal(applyRowOp(full, { kind: 'add-outside' }).length, MAX_ITEMS);
  });

  it('reads item rows as sent, skipping rows of an unknown kind, and gives the schema its shape', () => {
    const form = readBriefForm({
      itemCount: '3',
      date: ' 2026-12-05 ',
      intro: 'Lời dẫn',
      'item-0-kind': 'article',
      'item-0-articleId': '12',
      'item-1-kind': 'script',
      'item-2-kind': 'outside',
      'item-2-title': 'T',
      'item-2-url': 'https://a.vn/',
    });
    assert.equal(form.date, '2026-12-05');
    assert.deepEqual(
      form.items.map((i) => i.kind),
      ['article', 'outside'],
    );
    assert.deepEqual(briefInputOf(form).items, [
      { kind: 'article', articleId: 12 },
      { kind: 'outside', title: 'T', source: '', url: 'https://a.vn/', summary: '' },
    ]);
    assert.equal(readBriefForm({ itemCount: '99999999' }).items.length, 0);
  });
});

describe('brief days and months', () => {
  it('accepts only real days written YYYY-MM-DD', () => {
    for (const ok of ['2026-12-05', '2028-02-29']) assert.ok(isBriefDay(ok), ok);
    for (const bad of ['2026-13-40', '2026-1-1', '2027-02-29', '2026-12-5', ' 2026-12-05', '2026/12/05'])
      assert.ok(!isBriefDay(bad), bad);
    assert.ok(isMonth('2026-11') && !isMonth('2026-13') && !isMonth('2026-1'));
    assert.equal(addMonths('2026-12', 1), '2027-01');
    assert.equal(addMonths('2026-01', -1), '2025-12');
  });

  it('lays a month out in weeks from Monday', () => {
    const weeks = monthWeeks('2026-11');
    assert.equal(weeks[0]![6], '2026-11-01', '1 November 2026 is a Sunday');
    assert.equal(weeks.at(-1)![0], '2026-11-30');
    assert.ok(weeks.every((w) => w.length === 7));
    assert.equal(monthWeeks('2027-02').flat().filter(Boolean).length, 28);
  });

  it('keeps http(s) addresses and refuses the rest', () => {
    assert.equal(safeOutsideUrl('HTTPS://Baolaocai.vn/a b'), undefined);
    assert.equal(safeOutsideUrl('https://Baolaocai.vn/tin'), 'https://baolaocai.vn/tin');
    assert.equal(safeOutsideUrl('http://[::1]/'), 'http://[::1]/');
    for (const bad of ['javascript:alert(1)', 'mailto:a@b.vn', 'https:/x', 'http//x'])
      assert.equal(safeOutsideUrl(bad), undefined, bad);
  });
});
