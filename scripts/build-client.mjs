// Part of `npm run build` and `npm test`: bundles the staff pages' browser code (the Tiptap article
// editor, src/client/editor) into src/platform/views/assets/editor.js, a generated file that git
// ignores. Written atomically and only when it changed: tests running side by side read it.
import { build } from 'esbuild';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}src/platform/views/assets/editor.js`;

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/client/editor/index.ts'],
  tsconfig: 'src/client/tsconfig.json',
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  legalComments: 'eof',
  banner: {
    js: '/* congtin: trình soạn thảo bài viết. Tệp sinh tự động từ src/client/editor (node scripts/build-client.mjs), đừng sửa tay. */',
  },
  charset: 'utf8',
  write: false,
  logLevel: 'warning',
});

const bytes = result.outputFiles[0].contents;
let previous = null;
try {
  previous = readFileSync(outfile);
} catch {
  // first build
}
if (!previous?.equals(bytes)) {
  const temporary = `${outfile}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, outfile);
}
