// `node --import ./test/support/loaded-modules.mjs …`: on SIGUSR2 the process writes every module
// file it has loaded so far, one per line, to LOADED_MODULES_FILE, then a last line "end". ES
// modules are seen by a load hook (it runs on the loader's own thread and appends as they load);
// CommonJS ones are require.cache's keys. Used to prove what a start does not load.
import { appendFileSync, writeFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.LOADED_MODULES_FILE;
if (!file) throw new Error('LOADED_MODULES_FILE is not set');
writeFileSync(file, '');

const hook = `
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  const loaded = await next(url, context);
  appendFileSync(${JSON.stringify(file)}, url + '\\n');
  return loaded;
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

const require = createRequire(import.meta.url);
process.on('SIGUSR2', () => {
  appendFileSync(file, `${Object.keys(require.cache).join('\n')}\nend\n`);
});
