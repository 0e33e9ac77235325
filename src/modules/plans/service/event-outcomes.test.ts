import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantityForEvent } from './event-outcomes.js';

test('a held class counts one toward a target in classes, its attendance toward one in people', () => {
  assert.equal(quantityForEvent({ targetQuantity: 3, targetUnit: 'lớp' }, 58), 1);
  assert.equal(quantityForEvent({ targetQuantity: 1, targetUnit: 'cuộc thi' }, 40), 1);
  assert.equal(quantityForEvent({ targetQuantity: 200, targetUnit: 'học viên' }, 58), 58);
  assert.equal(quantityForEvent({ targetQuantity: 500, targetUnit: 'lượt người' }, 12), 12);
  assert.equal(quantityForEvent({ targetQuantity: 300, targetUnit: 'Đảng viên' }, 7), 7);
  assert.equal(quantityForEvent({ targetQuantity: null, targetUnit: '' }, 7), null);
});
