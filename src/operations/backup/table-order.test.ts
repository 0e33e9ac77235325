import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insertOrder, selfReference, type TableShape } from './table-order.js';

const table = (name: string, ...refs: [string, string][]): TableShape => ({
  name,
  columns: ['id'],
  primaryKey: ['id'],
  references: refs.map(([column, to]) => ({ column, table: to })),
});

describe('insert order of a backup', () => {
  it('puts every table after the tables it refers to, whatever order they are found in', () => {
    const found = [
      table('report_attachments', ['report_id', 'progress_reports'], ['attachment_id', 'attachments']),
      table('progress_reports', ['task_id', 'tasks'], ['unit_id', 'units']),
      table('tasks', ['parent_id', 'tasks'], ['lead_unit_id', 'units']),
      table('attachments', ['uploaded_by', 'users']),
      table('users', ['unit_id', 'units']),
      table('units', ['parent_id', 'units']),
    ];
    const order = insertOrder(found).map((t) => t.name);
    const before = (a: string, b: string) =>
      assert.ok(order.indexOf(a) < order.indexOf(b), `${a} before ${b}: ${order}`);
    before('units', 'users');
    before('users', 'attachments');
    before('units', 'tasks');
    before('tasks', 'progress_reports');
    before('progress_reports', 'report_attachments');
    before('attachments', 'report_attachments');
    assert.equal(order.length, found.length);
  });

  it('knows a tree table by its column pointing at itself, and refuses a cycle between tables', () => {
    assert.equal(selfReference(table('units', ['parent_id', 'units'])), 'parent_id');
    assert.equal(selfReference(table('users', ['unit_id', 'units'])), undefined);
    assert.throws(() => insertOrder([table('a', ['b_id', 'b']), table('b', ['a_id', 'a'])]), /cycle/);
  });
});
