// Part of `npm run build`, after tsc: bundles the server (src/main.ts and everything it imports,
// with the pure-JavaScript libraries that are many small files) into dist/main.js, so a start
// reads a few files instead of about a thousand (start-up: bench/RESULTS.md, "Start-up").
// tsc's per-module dist/ tree stays beside it: the worker threads import their task modules from
// there, and each bundled module's import.meta.url is rewritten to its own file in that tree, so
// everything found next to a module (assets, demo images, worker tasks) is found as before.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

// Bundled: libraries of many small ES modules that no external package shares objects with (zod
// was 95 files read at every start; zod-to-openapi 9 only reads zod's schemas, it imports nothing
// of zod's). Everything else stays an import of node_modules: native addons, packages that start
// their own worker files, CommonJS, and those required on first use.
const BUNDLED = new Set(['kysely', 'hono', '@hono/node-server', 'image-size', 'zod', '@asteasolutions/zod-to-openapi']);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !BUNDLED.has(name));

/** Each source module's import.meta as its compiled twin in dist/ would see it. */
const importMetaOfCompiledTwin = {
  name: 'import-meta-of-compiled-twin',
  setup(b) {
    b.onLoad({ filter: /\.(ts|tsx)$/ }, (args) => {
      if (!args.path.startsWith(src)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.')) return undefined;
      // Relative to the bundle's own files, which all sit in dist/ itself, so dist/ can move.
      const twin = `./${path
        .relative(src, args.path)
        .replace(/\.tsx?$/, '.js')
        .split(path.sep)
        .join('/')}`;
      const twinUrl = `new URL(${JSON.stringify(twin)}, import.meta.url).href`;
      const contents = text
        .replaceAll('import.meta.url', twinUrl)
        .replaceAll('import.meta.dirname', `__congtinDirname(${twinUrl})`);
      return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

// The chunks of the last build go first: their names change with their contents.
for (const file of readdirSync(dist)) if (file.startsWith('chunk-')) rmSync(path.join(dist, file));

await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  // Modules loaded on first use (exports, the history book) become chunks of their own, so what
  // they import (docx) is still read only when first needed. Chunks sit in dist/ beside main.js.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external,
  plugins: [importMetaOfCompiledTwin],
  // Libraries bundled from CommonJS call require() for Node's own modules.
  banner: {
    js: [
      "import { createRequire as __congtinRequire } from 'node:module';",
      "import { dirname as __congtinDirnameOf } from 'node:path';",
      "import { fileURLToPath as __congtinPathOf } from 'node:url';",
      'const require = __congtinRequire(import.meta.url);',
      'const __congtinDirname = (url) => __congtinDirnameOf(__congtinPathOf(url));',
    ].join(' '),
  },
  logLevel: 'warning',
});

// esbuild writes strings ASCII-only but keeps comments and regular expressions as written, and a
// single non-Latin-1 character (a Vietnamese word in a comment, /đ/g) makes V8 hold the whole
// source of that file in two bytes a character: 4.6 MB of heap for main.js and its largest chunk
// instead of 2.3 (bench/RESULTS.md, "sixth stop"). Each such character becomes its \u escape,
// which means the same character in a comment, a string, a cooked template or a regular
// expression; not in a raw template (String.raw would see the six characters), of which the
// bundle has none with non-ASCII text today.
// Source-map columns after it on the same line shift (a few dozen comment lines, two regexps).
for (const file of readdirSync(dist)) {
  if (!file.endsWith('.js') || !(file === 'main.js' || file.startsWith('chunk-'))) continue;
  const text = readFileSync(path.join(dist, file), 'utf8');
  const ascii = text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) writeFileSync(path.join(dist, file), ascii);
}
