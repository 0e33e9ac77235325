// scripts/check-shape.ts (run by `npm test`) catches what it says: purpose-made breaches of each
// rule are found, a data file is exempt, and the debts list may only shrink.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkSizes,
  checkQueryShape,
  checkTables,
  checkText,
  compareWithDebts,
  debtKey,
  MAX_FILE_LINES,
  MAX_FUNCTION_LINES,
} from '../../scripts/check-shape.js';

const longFunction = (name: string, lines: number) =>
  `export function ${name}() {\n${'  console.log(1);\n'.repeat(lines - 2)}}\n`;
const owners = new Map([
  ['articles', 'articles'],
  ['users', 'accounts'],
]);

describe('the code-shape rules', () => {
  it('finds a function over the limit and a file over the limit, and lets both through at the limit', () => {
    assert.deepEqual(checkSizes('a.ts', longFunction('short', MAX_FUNCTION_LINES)), []);
    const breaches = checkSizes('a.ts', longFunction('tooLong', MAX_FUNCTION_LINES + 1));
    assert.deepEqual(
      breaches.map((b) => [b.rule, b.detail]),
      [['function-too-long', `tooLong: ${MAX_FUNCTION_LINES + 1} lines (at most ${MAX_FUNCTION_LINES})`]],
    );
    const bigFile = 'export const x = 1;\n'.repeat(MAX_FILE_LINES + 1);
    assert.deepEqual(
      checkSizes('b.ts', bigFile).map((b) => b.rule),
      ['file-too-long'],
    );
    assert.deepEqual(checkSizes('b.ts', `// Data file: demo content.\n${bigFile}`), []);
  });

  it("finds a module's query on another module's table, and not on its own", () => {
    const text =
      "export const q = (db) => db.selectFrom('articles').innerJoin('users as u', 'u.id', 'articles.author_id');\n";
    assert.deepEqual(
      checkTables('src/modules/articles/x.ts', text, 'articles', owners).map((b) => b.detail),
      ["innerJoin('users'): a table of the accounts module"],
    );
    const raw = "export const q = (db) => sql`select id from articles where status = 'published'`.execute(db);\n";
    assert.deepEqual(
      checkTables('src/modules/search/x.ts', raw, 'search', owners).map((b) => b.detail),
      ['sql`… articles …`: a table of the articles module'],
    );
    assert.deepEqual(checkTables('src/modules/articles/x.ts', raw, 'articles', owners), []);
    assert.deepEqual(
      checkTables(
        'src/modules/accounts/x.ts',
        "export const q = (db) => db.selectFrom('users');\n",
        'accounts',
        owners,
      ),
      [],
    );
  });

  it('finds Vietnamese words in a view or a service, and lets the catalogues and data files hold them', () => {
    const view = [
      'export const Title = () => <h1>Kế hoạch năm</h1>;',
      "export const label = 'Lưu nháp';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, on purpose
      'export const count = (n: number) => `Có ${n} nhiệm vụ`;',
      "export const code = 'PLAN_NOT_FOUND'; // Không tìm thấy: a comment is not text a user sees",
    ].join('\n');
    assert.deepEqual(
      checkText('src/modules/plans/views/x.tsx', view).map((b) => b.detail),
      ['"Kế hoạch năm"', '"Lưu nháp"', '"Có"', '"nhiệm vụ"'],
    );
    assert.deepEqual(checkText('src/modules/plans/plans.vi.ts', view), []);
    assert.deepEqual(checkText('src/platform/i18n/vi.ts', view), []);
    assert.deepEqual(checkText('src/demo/x.ts', `// Data file: demo content.\n${view}`), []);
    // Every breach of one file is one debt key, counted: a new sentence in a listed file still fails.
    const breaches = checkText('src/old.tsx', view);
    const result = compareWithDebts(breaches, { 'src/old.tsx  vietnamese-text': 3 });
    assert.equal(result.fresh.length, 1);
  });

  it('finds a query that does not take db first, so a transaction could not pass through it', () => {
    const text = [
      'export async function listUsers(db: Db) { return db.selectFrom("users").execute(); }',
      'export const countUsers = async (trx: Db) => trx.selectFrom("users").execute();',
      'export async function findUser(id: number, db: Db) { return id; }',
      'function helper(x: number) { return x; }',
    ].join('\n');
    assert.deepEqual(
      checkQueryShape('src/modules/accounts/accounts.queries.ts', text).map((b) => b.detail),
      ['countUsers: the first parameter must be db', 'findUser: the first parameter must be db'],
    );
    assert.deepEqual(checkQueryShape('src/modules/accounts/accounts.service.ts', text), []);
  });

  it('fails on a breach beyond the debts list and on a debt paid off but still listed', () => {
    const old = checkSizes('src/old.ts', longFunction('oldDebt', 90));
    const fresh = checkSizes('src/new.ts', longFunction('newDebt', 90));
    const debts = { [debtKey(old[0]!)]: 1, 'src/gone.ts  file-too-long': 1 };
    const result = compareWithDebts([...old, ...fresh], debts);
    assert.deepEqual(
      result.fresh.map((b) => b.file),
      ['src/new.ts'],
    );
    assert.deepEqual(result.paid, ['src/gone.ts  file-too-long']);
  });
});
