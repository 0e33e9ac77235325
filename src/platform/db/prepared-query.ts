// A hot read query built and compiled once per database handle instead of at every call.
//
// Kysely makes a query's operation tree and compiles it to SQL each time it runs: for the article
// page's lookup that took as long as SQLite took to answer it (bench/RESULTS.md, "uncached
// renders"). Here the builder runs once with stand-ins for its arguments; the compiled SQL is
// kept, and each call swaps the real values in where the stand-ins went. Only for builders whose
// shape never depends on the values (no `if (x)` on an argument, no list of varying length, no
// value made from one): a stand-in that does not come out as a parameter is refused at once.
import { type Compilable, CompiledQuery, type Kysely } from 'kysely';

interface Plan {
  sql: string;
  /** For each parameter of the SQL: the index of the argument it takes, or -1 for a constant. */
  slots: number[];
  constants: readonly unknown[];
}

const standIn = (i: number) => `\u0000congtin-argument-${i}\u0000`;

function planOf(query: CompiledQuery, arity: number): Plan {
  const standIns = Array.from({ length: arity }, (_, i) => standIn(i));
  const slots = query.parameters.map((p) => (typeof p === 'string' ? standIns.indexOf(p) : -1));
  // Each argument must go into the SQL as a parameter of its own, unchanged: one left out, written
  // into the text, or made into another value (`${prefix}%`) would be answered wrongly later.
  const derived = (s: string) => query.parameters.some((p, i) => slots[i] === -1 && String(p).includes(s));
  const lost = standIns.findIndex((s, i) => !slots.includes(i) || query.sql.includes(s) || derived(s));
  if (lost !== -1) throw new Error(`preparedQuery: argument ${lost} is not a plain parameter of ${query.sql}`);
  return { sql: query.sql, slots, constants: query.parameters };
}

type AnyDb = Kysely<any>;

export function preparedQuery<Db extends AnyDb, Args extends unknown[], Row>(
  arity: Args['length'],
  build: (db: Db, ...args: Args) => Compilable<Row>,
): (db: Db, ...args: Args) => Promise<Row[]> {
  const plans = new WeakMap<Db, Plan>();
  return async (db, ...args) => {
    let plan = plans.get(db);
    if (!plan) {
      const standIns = Array.from({ length: arity }, (_, i) => standIn(i)) as Args;
      plan = planOf(build(db, ...standIns).compile(), arity);
      plans.set(db, plan);
    }
    const { slots, constants } = plan;
    const parameters = slots.map((slot, i) => (slot === -1 ? constants[i] : args[slot]));
    return (await db.executeQuery<Row>(CompiledQuery.raw(plan.sql, parameters))).rows;
  };
}
