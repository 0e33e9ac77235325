import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { vi } from '../i18n/vi.js';
import { fieldErrors } from './form-errors.js';

const schema = z
  .object({ path: z.string({ error: 'Thiếu đường dẫn trang (path).' }) })
  .refine((v) => v.path !== '/cam', { message: 'Trang này không được đếm.' });

const errorsOf = (input: unknown) => {
  const parsed = schema.safeParse(input);
  assert.equal(parsed.success, false);
  return fieldErrors(parsed.error!);
};

describe('fieldErrors', () => {
  it("says in Vietnamese that a body which is not an object is refused, not zod's English", () => {
    for (const body of ['x', 5, ['/'], null]) assert.deepEqual(errorsOf(body), { form: vi.validation.bodyNotAnObject });
  });

  it("keeps each field's own message, and a check on the whole form keeps its own", () => {
    assert.deepEqual(errorsOf({}), { path: 'Thiếu đường dẫn trang (path).' });
    assert.deepEqual(errorsOf({ path: '/cam' }), { form: 'Trang này không được đếm.' });
  });
});
