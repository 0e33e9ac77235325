// Part of `npm test`: compiles the project's TypeScript (src, test, e2e, scripts) into a tree of
// plain ES modules outside the repository, so the test files, the servers they start and their
// worker threads all run without a TypeScript loader. Under Node 20 tsx's loader runs on a thread
// of its own and every module import waits on it: ~2 s of each test file's start went there
// (bench/RESULTS.md, "The suite's own time"). Each module is transformed by esbuild as tsx would
// (the same tsconfig), with an inline source map naming the real file, so a failure's stack shows
// the .ts line in the repository.
//
// The tree mirrors the repository (the same depths, so every path found from import.meta.url is
// found there too): the compiled .js in place of each .ts/.tsx, every other file of those folders
// copied as is (fixtures, assets, .mjs), a few configuration files, node_modules linked. A
// `shared` beside it points at the product brief's folder beside the repository when there is one.
//
// Usage: node scripts/compile-tests.mjs OUT_DIR  → writes OUT_DIR/<repo name>/ and prints its path.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node scripts/compile-tests.mjs OUT_DIR');
const tree = path.join(outDir, path.basename(root));

const COMPILED_FOLDERS = ['src', 'test', 'e2e', 'scripts'];
// package.json for "type" and "imports"; the rest are the configurations the architecture tests
// run their tools with from beside themselves. Anything else of the repository's (deploy/, docs/,
// dist/) a test reads through CONGTIN_PROJECT_ROOT (test/support/server-process.ts).
const COPIED_FILES = ['package.json', 'tsconfig.json', 'biome.jsonc', '.dependency-cruiser.cjs'];
const isTypeScript = (name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts');
const tsconfigRaw = JSON.parse(readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));

rmSync(tree, { recursive: true, force: true });
mkdirSync(tree, { recursive: true });
for (const file of COPIED_FILES) cpSync(path.join(root, file), path.join(tree, file));
symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'));
const shared = path.join(root, '..', 'shared');
if (existsSync(shared)) symlinkSync(shared, path.join(outDir, 'shared'));

/** Every file under `folder`, as paths relative to the repository. */
function filesUnder(folder) {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)));
}

async function compile(relative) {
  const source = path.join(root, relative);
  const result = await transform(readFileSync(source, 'utf8'), {
    loader: relative.endsWith('x') ? 'tsx' : 'ts',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    sourcefile: source,
    tsconfigRaw,
  });
  writeFileSync(path.join(tree, relative.replace(/\.tsx?$/, '.js')), result.code);
}

const files = COMPILED_FOLDERS.flatMap(filesUnder);
for (const dir of new Set(files.map((file) => path.dirname(file))))
  mkdirSync(path.join(tree, dir), { recursive: true });
for (const file of files.filter((f) => !isTypeScript(f))) cpSync(path.join(root, file), path.join(tree, file));
await Promise.all(files.filter(isTypeScript).map(compile));
console.log(tree);
