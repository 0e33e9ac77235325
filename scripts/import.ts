// Moving in from another site, from the command line:
//   npm run import -- wordpress export.xml [--uploads wp-content/uploads] [--as email]
//   npm run import -- nukeviet mysql://user:pass@host/db [--uploads uploads] [--as email]
// Uses the same configuration (DATABASE_URL, DATA_DIR) as the server and may run beside it.
// Prints a progress bar on a terminal, a plain line every 500 articles otherwise, then the report.
// Exit 0 with the report; 2 for a wrong command line; 1 for input that cannot be read.
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import {
  formatReport,
  type ImportProgress,
  type ImportSource,
  importsText,
  openWordPressSource,
} from '../src/modules/imports/index.js';

const t = importsText.cli;
const LINE_EVERY = 500;

interface CommandLine {
  kind: string;
  input: string;
  uploads?: string;
  as?: string;
}

function parseCommandLine(args: string[]): CommandLine | string {
  const [kind, input, ...rest] = args;
  if (!kind) return t.usage;
  if (kind !== 'wordpress' && kind !== 'nukeviet') return `${t.unknownSource(kind)}\n${t.usage}`;
  if (!input || input.startsWith('--')) return `${t.missingInput}\n${t.usage}`;
  const line: CommandLine = { kind, input };
  for (let i = 0; i < rest.length; i += 2) {
    const [option, value] = [rest[i]!, rest[i + 1]];
    if ((option !== '--uploads' && option !== '--as') || value === undefined)
      return `${t.unknownOption(option)}\n${t.usage}`;
    line[option === '--uploads' ? 'uploads' : 'as'] = value;
  }
  return line;
}

async function openSource(line: CommandLine): Promise<ImportSource> {
  if (line.kind === 'wordpress') return openWordPressSource(line.input, { uploads: line.uploads });
  // The NukeViet reader is its own part (modules/imports/nukeviet), loaded only when asked for.
  // A variable, not a literal: this script must compile and run before that part exists.
  const readerModule = '../src/modules/imports/nukeviet/index.js';
  const nukeviet = (await import(readerModule).catch((error: NodeJS.ErrnoException) => {
    // Only its absence means "not in this version"; any other failure is worth seeing whole.
    if (error.code === 'ERR_MODULE_NOT_FOUND' && error.message.includes('imports/nukeviet')) return undefined;
    throw error;
  })) as { openNukeVietSource?: (url: string, options: { uploads?: string }) => Promise<ImportSource> } | undefined;
  if (!nukeviet?.openNukeVietSource) throw new Error(t.nukevietUnavailable);
  return nukeviet.openNukeVietSource(line.input, { uploads: line.uploads });
}

function progressPrinter(): (p: ImportProgress) => void {
  if (process.stderr.isTTY)
    return ({ done, expected }) => {
      const width = 30;
      const filled = expected ? Math.min(width, Math.round((done / expected) * width)) : 0;
      const bar = expected ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
      process.stderr.write(
        `\r${bar}${importsText.progress.line(done, expected ? importsText.progress.of(expected) : '')}`,
      );
    };
  return ({ done, expected }) => {
    if (done % LINE_EVERY === 0 || done === expected)
      process.stderr.write(`${importsText.progress.line(done, expected ? importsText.progress.of(expected) : '')}\n`);
  };
}

async function main() {
  const line = parseCommandLine(process.argv.slice(2));
  if (typeof line === 'string') {
    console.error(line);
    process.exitCode = 2;
    return;
  }
  let source: ImportSource;
  try {
    source = await openSource(line);
  } catch (error) {
    console.error(t.failed(error instanceof Error ? error.message : String(error)));
    process.exitCode = 1;
    return;
  }
  const congtin = await createApp({ ...loadConfig(), demoContent: false, logLevel: 'warn' });
  try {
    const report = await congtin.imports.run(source, { uploaderEmail: line.as, progress: progressPrinter() });
    if (process.stderr.isTTY) process.stderr.write('\n');
    // The resized copies are made in the background: wait for them before closing.
    await congtin.media.variantsMade();
    console.log(formatReport(report));
  } catch (error) {
    console.error(t.failed(error instanceof Error ? error.message : String(error)));
    process.exitCode = 1;
  } finally {
    await source.close();
    await congtin.close();
  }
}

void main();
