// The PostgreSQL driver, required only by an install that uses PostgreSQL (an SQLite install never
// loads pg and its parsers), with int8 (count(*), sum()) and numeric read as numbers: every count
// here fits a JS number.
import type pgModule from 'pg';
import { requiredOnFirstUse } from '../required-on-first-use.js';

export const loadPg = requiredOnFirstUse<typeof pgModule>('pg', (pg) => {
  pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
  pg.types.setTypeParser(1700, (value) => Number(value));
  return pg;
});
