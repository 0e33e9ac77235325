// The import rules of .dependency-cruiser.cjs (run by `npm test` on src/) catch what they say:
// each case builds a tiny tree with one purpose-made violation and expects depcruise to refuse it,
// and the same tree without it to pass.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');

/** Writes `files` into a fresh tree and runs the project's rules on its src/; the rule names broken. */
function brokenRules(files: Record<string, string>): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-deps-'));
  try {
    fs.writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          allowImportingTsExtensions: true,
          noEmit: true,
        },
      }),
    );
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const run = spawnSync(
      DEPCRUISE,
      ['src', '--config', path.join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json'],
      { cwd: dir, encoding: 'utf8' },
    );
    const report = JSON.parse(run.stdout) as { summary: { violations: Array<{ rule: { name: string } }> } };
    return [...new Set(report.summary.violations.map((v) => v.rule.name))];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const module = (name: string, body = '') => ({
  [`src/modules/${name}/index.ts`]: `export const ${name} = 1;\n${body}`,
  [`src/modules/${name}/${name}.service.ts`]: `export const service = 1;\n`,
});

describe('the architecture rules', () => {
  it('passes a tree that keeps them', () => {
    assert.deepEqual(
      brokenRules({
        ...module('news', "import { mail } from '../mail/index.ts';\nexport const x = mail;\n"),
        ...module('mail'),
        'src/platform/text.ts': 'export const t = 1;\n',
      }),
      [],
    );
  });

  it('refuses platform code that imports a module', () => {
    assert.deepEqual(
      brokenRules({
        ...module('news'),
        'src/platform/text.ts': "import { news } from '../modules/news/index.ts';\nexport const t = news;\n",
      }),
      ['platform-knows-no-domain'],
    );
  });

  it("refuses a module that reaches into another module's files instead of its index.ts", () => {
    assert.deepEqual(
      brokenRules({
        ...module('news', "import { service } from '../mail/mail.service.ts';\nexport const x = service;\n"),
        ...module('mail'),
      }),
      ['modules-meet-through-index'],
    );
  });

  it('refuses a module that imports the composition root, and an import cycle', () => {
    const broken = brokenRules({
      ...module('news', "import { app } from '../../app.ts';\nexport const x = app;\n"),
      'src/app.ts': "import { news } from './modules/news/index.ts';\nexport const app = news;\n",
    });
    assert.deepEqual(broken.sort(), ['modules-do-not-reach-up', 'no-cycles']);
  });

  it('refuses browser code that imports server code or a Node API', () => {
    assert.deepEqual(
      brokenRules({
        ...module('news'),
        'src/client/editor.ts': "import { news } from '../modules/news/index.ts';\nexport const e = news;\n",
      }),
      ['browser-code-stays-in-the-browser'],
    );
    assert.deepEqual(brokenRules({ 'src/client/editor.ts': "import fs from 'node:fs';\nexport const e = fs;\n" }), [
      'browser-code-uses-no-node-apis',
    ]);
  });

  it("refuses a module's page or view that reads its queries instead of its service", () => {
    const queries = { 'src/modules/news/news.queries.ts': 'export const listNews = (db: unknown) => db;\n' };
    const service = {
      'src/modules/news/news.service.ts': "import { listNews } from './news.queries.ts';\nexport const s = listNews;\n",
    };
    assert.deepEqual(brokenRules({ ...module('news'), ...queries, ...service }), []);
    for (const [file, from] of [
      ['src/modules/news/news.admin.tsx', './news.queries.ts'],
      ['src/modules/news/views/list.tsx', '../news.queries.ts'],
    ]) {
      const reader = { [file!]: `import { listNews } from '${from}';\nexport const v = listNews;\n` };
      assert.deepEqual(brokenRules({ ...module('news'), ...queries, ...reader }), [
        'routes-and-views-go-through-the-service',
      ]);
    }
  });
});
