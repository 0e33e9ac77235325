// Some libraries serve few requests (a password being set, an article saved, a login with two
// factors, an upload, PostgreSQL at all) yet, imported at start, cost every server time and memory
// from its first second (bench/RESULTS.md, "Speed at the limit, second stop" and "seventh stop").
// Their callers are synchronous, so `await import()` does not fit: the library is required
// (CommonJS) on the first call instead, and kept. test/process/production-build.test.ts checks
// that a start loads none of them.
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

/**
 * A getter that requires `specifier` on its first call, makes what the caller needs of it once
 * (`prepare`, the module itself by default), and returns that on every call after.
 */
export function requiredOnFirstUse<Module, Value = Module>(
  specifier: string,
  prepare: (loaded: Module) => Value = (loaded) => loaded as unknown as Value,
): () => Value {
  let made: { value: Value } | undefined;
  return () => {
    made ??= { value: prepare(requireHere(specifier) as Module) };
    return made.value;
  };
}
