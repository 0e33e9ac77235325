// The PostgreSQL driver, required only by an install that uses PostgreSQL: pg and what it loads
// (its type parsers, TLS) cost an SQLite install about 10 MB resident for nothing
// (bench/RESULTS.md, "Speed at the limit, second stop").
import { createRequire } from 'node:module';
import type pgModule from 'pg';

type Pg = typeof pgModule;

const requireHere = createRequire(import.meta.url);
let loaded: Pg | undefined;

/** pg, with int8 (count(*), sum()) and numeric read as numbers: every count here fits a JS number. */
export function loadPg(): Pg {
  if (!loaded) {
    const pg = requireHere('pg') as Pg;
    pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
    pg.types.setTypeParser(1700, (value) => Number(value));
    loaded = pg;
  }
  return loaded;
}
