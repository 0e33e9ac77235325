// The code-shape rules of docs/ARCHITECTURE.md that an import graph cannot see, checked on every
// `npm test` (npm run check:shape):
//   - no source file over 400 lines, no function over 80 (a data file that says so at its top,
//     "// Data file", is exempt: demo content is long by nature);
//   - a module's queries touch only its own tables (owners read from src/database.ts, which joins
//     each module's *.tables.ts): another module's rows are asked of that module's index.ts;
//   - a module's queries (`*.queries.ts`) are plain exported functions taking `db` first, so a
//     transaction passes through them (a `trx` is a `db`);
//   - every Vietnamese word a user can see lives in a catalogue (a `*.vi.ts` file, or
//     platform/i18n/): a string or JSX text with Vietnamese letters anywhere else is a breach, so
//     the English pages can swap catalogues instead of hunting sentences through views;
//   - the English pages' views (modules/english/*.tsx, and the public frame that wears either
//     language) hold no English words either: JSX text or a visible attribute (title, alt,
//     aria-label, placeholder) with letters is a breach; their words are in `*.en.ts` files or
//     platform/i18n/en.ts.
// The debts found when the rules came in are listed in scripts/code-shape-debts.json: anything
// beyond them fails, and a debt paid off must be struck from the list (it may only shrink).
// `--write-debts` rewrites the list from the tree (for striking paid debts, never to add one);
// `--all` prints every breach, the listed debts included.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const MAX_FILE_LINES = 400;
export const MAX_FUNCTION_LINES = 80;
const DATA_FILE_MARK = /^\/\/ Data file/m;
const QUERY_METHODS = new Set([
  'selectFrom',
  'insertInto',
  'updateTable',
  'deleteFrom',
  'innerJoin',
  'leftJoin',
  'rightJoin',
  'fullJoin',
  'replaceInto',
  'mergeInto',
]);

export interface Breach {
  file: string;
  line: number;
  rule: 'file-too-long' | 'function-too-long' | 'foreign-table' | 'vietnamese-text' | 'english-text' | 'query-shape';
  detail: string;
}

/** Every .ts/.tsx under `dir`, tests and browser bundles' outputs left out. */
export function listSourceFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f))
    .sort();
}

/** A source file's syntax tree (TSX when the name says so). */
function parseSource(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
}

const lineOf = (source: ts.SourceFile, node: ts.Node) =>
  source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

function functionName(node: ts.Node): string {
  const named = node as { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}

/** Breaches of the size rules in one file's text. */
export function checkSizes(file: string, text: string): Breach[] {
  if (DATA_FILE_MARK.test(text.slice(0, 500))) return [];
  const breaches: Breach[] = [];
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_FILE_LINES)
    breaches.push({ file, line: 1, rule: 'file-too-long', detail: `${lines} lines (at most ${MAX_FILE_LINES})` });
  const source = parseSource(file, text);
  const visit = (node: ts.Node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node)
    ) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_FUNCTION_LINES) {
        breaches.push({
          file,
          line: start + 1,
          rule: 'function-too-long',
          detail: `${functionName(node)}: ${end - start + 1} lines (at most ${MAX_FUNCTION_LINES})`,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return breaches;
}

// Letters only Vietnamese (among the languages congtin's code is written in) uses.
const VIETNAMESE_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
const CATALOGUE_FILE = /(\.vi\.ts$)|(^src\/platform\/i18n\/)/;

/** Strings and JSX text with Vietnamese words outside the catalogues. */
export function checkText(file: string, text: string): Breach[] {
  if (CATALOGUE_FILE.test(file) || DATA_FILE_MARK.test(text.slice(0, 500)) || !VIETNAMESE_LETTER.test(text)) return [];
  const source = parseSource(file, text);
  const breaches: Breach[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node);
    if (literal && VIETNAMESE_LETTER.test(node.text)) {
      const line = lineOf(source, node);
      const words = node.text.trim().replace(/\s+/g, ' ');
      breaches.push({
        file,
        line,
        rule: 'vietnamese-text',
        detail: `"${words.length > 60 ? `${words.slice(0, 57)}…` : words}"`,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return breaches;
}

// The views that render English pages: their words must come from a catalogue, as the Vietnamese ones do.
const ENGLISH_VIEW = /^(src\/modules\/english\/.*\.tsx|src\/platform\/views\/layout\.tsx)$/;
const VISIBLE_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'placeholder']);
const LETTER = /\p{L}/u;

/** JSX text and visible attributes with words in an English page's view. */
export function checkEnglishText(file: string, text: string): Breach[] {
  if (!ENGLISH_VIEW.test(file)) return [];
  const source = parseSource(file, text);
  const breaches: Breach[] = [];
  const breach = (node: ts.Node, words: string) => {
    const detail = words.trim().replace(/\s+/g, ' ');
    breaches.push({ file, line: lineOf(source, node), rule: 'english-text', detail: `"${detail.slice(0, 60)}"` });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) breach(node, node.text);
    if (
      ts.isJsxAttribute(node) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      LETTER.test(node.initializer.text)
    )
      breach(node, node.initializer.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return breaches;
}

/** Exported functions of a queries file that do not take the database (or a transaction) first. */
export function checkQueryShape(file: string, text: string): Breach[] {
  if (!file.endsWith('.queries.ts')) return [];
  const source = parseSource(file, text);
  const breaches: Breach[] = [];
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const check = (name: string, fn: ts.SignatureDeclarationBase, at: ts.Node) => {
    const first = fn.parameters[0]?.name;
    if (first && ts.isIdentifier(first) && first.text === 'db') return;
    const line = lineOf(source, at);
    breaches.push({ file, line, rule: 'query-shape', detail: `${name}: the first parameter must be db` });
  };
  for (const statement of source.statements) {
    if (!exported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) check(statement.name.text, statement, statement);
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && ts.isIdentifier(d.name))
          check(d.name.text, init, d);
      }
    }
  }
  return breaches;
}

/** Which module owns each table, from database.ts's imports of the modules' *.tables.ts. */
export function readTableOwners(databaseFile: string): Map<string, string> {
  const source = ts.createSourceFile(databaseFile, fs.readFileSync(databaseFile, 'utf8'), ts.ScriptTarget.Latest, true);
  const moduleOfType = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const owner = /\/modules\/([^/]+)\//.exec(statement.moduleSpecifier.text)?.[1];
      const bindings = statement.importClause?.namedBindings;
      if (owner && bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) moduleOfType.set(element.name.text, owner);
    }
    if (ts.isInterfaceDeclaration(statement) && statement.name.text === 'Database') {
      for (const member of statement.members) {
        if (!ts.isPropertySignature(member) || !member.type || !ts.isTypeReferenceNode(member.type)) continue;
        const owner = moduleOfType.get(member.type.typeName.getText(source));
        if (owner) owners.set(member.name.getText(source), owner);
      }
    }
  }
  return owners;
}

/** Queries in a module's file that name a table another module owns. */
export function checkTables(file: string, text: string, moduleName: string, owners: Map<string, string>): Breach[] {
  const breaches: Breach[] = [];
  const source = parseSource(file, text);
  /** `how` names the query, `%` standing for the table. */
  const foreign = (node: ts.Node, table: string, how: string) => {
    const owner = owners.get(table);
    if (owner && owner !== moduleName)
      breaches.push({
        file,
        line: lineOf(source, node),
        rule: 'foreign-table',
        detail: `${how.replace('%', table)}: a table of the ${owner} module`,
      });
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      QUERY_METHODS.has(node.expression.name.text)
    ) {
      const first = node.arguments[0];
      if (first && ts.isStringLiteralLike(first))
        foreign(node, first.text.split(/\s+as\s+/i)[0]!.trim(), `${node.expression.name.text}('%')`);
    }
    // Raw SQL (sql`…`) counts too: a table named after from/join/into/update in the template.
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'sql') {
      const template = node.template;
      const text = ts.isNoSubstitutionTemplateLiteral(template)
        ? template.text
        : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)].join(' ');
      for (const match of text.matchAll(/\b(?:from|join|into|update)\s+"?([a-z_][a-z0-9_]*)"?/gi))
        foreign(node, match[1]!, 'sql`… % …`');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return breaches;
}

export function checkTree(root: string): Breach[] {
  const src = path.join(root, 'src');
  const owners = readTableOwners(path.join(src, 'database.ts'));
  const breaches: Breach[] = [];
  for (const file of listSourceFiles(src)) {
    const text = fs.readFileSync(file, 'utf8');
    const relative = path.relative(root, file);
    breaches.push(...checkSizes(relative, text));
    breaches.push(...checkText(relative, text));
    breaches.push(...checkEnglishText(relative, text));
    breaches.push(...checkQueryShape(relative, text));
    const moduleName = /^src\/modules\/([^/]+)\//.exec(relative)?.[1];
    if (moduleName) breaches.push(...checkTables(relative, text, moduleName, owners));
  }
  return breaches;
}

/** A breach without its line number (lines move with every edit): what the debts list holds. */
export const debtKey = (b: Breach) =>
  b.rule === 'vietnamese-text' || b.rule === 'english-text'
    ? `${b.file}  ${b.rule}`
    : `${b.file}  ${b.rule}  ${b.detail.replace(/: \d+ lines.*$| lines \(.*$/, '').replace(/^\d+$/, '')}`.trimEnd();

/**
 * Breaches beyond the debts written down in `debts` (key → how many), and debts paid off but not
 * yet struck from the list: the list may only shrink, so a new long function fails the build and
 * a split file must leave the list too.
 */
export function compareWithDebts(
  breaches: Breach[],
  debts: Record<string, number>,
): { fresh: Breach[]; paid: string[] } {
  const seen = new Map<string, number>();
  const fresh: Breach[] = [];
  for (const b of breaches) {
    const key = debtKey(b);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count > (debts[key] ?? 0)) fresh.push(b);
  }
  const paid = Object.entries(debts)
    .filter(([key, n]) => (seen.get(key) ?? 0) < n)
    .map(([key]) => key);
  return { fresh, paid };
}

const DEBTS_FILE = 'scripts/code-shape-debts.json';

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const breaches = checkTree(process.cwd());
  if (process.argv.includes('--write-debts')) {
    const debts: Record<string, number> = {};
    for (const b of breaches) debts[debtKey(b)] = (debts[debtKey(b)] ?? 0) + 1;
    fs.writeFileSync(DEBTS_FILE, `${JSON.stringify(debts, null, 2)}\n`);
    console.log(`${Object.keys(debts).length} debts written to ${DEBTS_FILE}`);
    process.exit(0);
  }
  if (process.argv.includes('--all')) {
    // Every breach, listed debts included: what is left to pay.
    for (const b of breaches) console.log(`${b.file}:${b.line}  ${b.rule}  ${b.detail}`);
    process.exit(0);
  }
  const debts = JSON.parse(fs.readFileSync(DEBTS_FILE, 'utf8')) as Record<string, number>;
  const { fresh, paid } = compareWithDebts(breaches, debts);
  for (const b of fresh) console.error(`${b.file}:${b.line}  ${b.rule}  ${b.detail}`);
  for (const key of paid) console.error(`paid off, strike it from ${DEBTS_FILE}: ${key}`);
  if (fresh.length > 0 || paid.length > 0) {
    console.error(
      `\nThe code-shape rules (scripts/check-shape.ts, docs/ARCHITECTURE.md): ${fresh.length} new breach(es), ${paid.length} debt(s) to strike.`,
    );
    process.exit(1);
  }
  console.log(
    `✔ code shape: files ≤ ${MAX_FILE_LINES} lines, functions ≤ ${MAX_FUNCTION_LINES}, modules query their own tables (${breaches.length} old debts listed in ${DEBTS_FILE})`,
  );
}
