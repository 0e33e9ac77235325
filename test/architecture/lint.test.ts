// `npm run lint` (Biome, biome.jsonc) refuses what it says it refuses: each case runs the project's
// own configuration on a purpose-made file placed inside src/ (where the overrides apply as they
// do to real code), expects it refused, and expects the clean version of the same file to pass.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIOME = path.join(ROOT, 'node_modules', '.bin', 'biome');

/** Biome's findings (rule names, or "format") on `text` as a file of src/modules/, none when it passes. */
function findings(text: string): string[] {
  const dir = fs.mkdtempSync(path.join(ROOT, 'src', 'modules', '.lint-case-'));
  const file = path.join(dir, 'case.ts');
  try {
    fs.writeFileSync(file, text);
    const run = spawnSync(BIOME, ['check', '--vcs-use-ignore-file=false', '--reporter=json', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout) as { diagnostics: Array<{ category: string }> };
    return report.diagnostics.map((d) => (d.category === 'format' ? 'format' : d.category));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the linter and formatter (npm run lint)', () => {
  it('refuses an explicit any, which is how Hono<any> hid the request variables', () => {
    const bad = "import type { Hono } from 'hono';\n\nexport const mount = (app: Hono<any>) => app;\n";
    assert.ok(findings(bad).includes('lint/suspicious/noExplicitAny'));
    const good = "import type { Hono } from 'hono';\n\nexport const mount = (app: Hono) => app;\n";
    assert.deepEqual(findings(good), []);
  });

  it('refuses code that is not formatted, such as a line past 120 characters', () => {
    const long = `export const sentence = [${Array.from({ length: 20 }, (_, i) => `'word${i}'`).join(', ')}];\n`;
    assert.ok(long.length > 120);
    assert.ok(findings(long).includes('format'));
  });

  it('refuses an unused variable', () => {
    assert.ok(
      findings('export function f() {\n  const unused = 1;\n  return 2;\n}\n').includes(
        'lint/correctness/noUnusedVariables',
      ),
    );
  });
});
