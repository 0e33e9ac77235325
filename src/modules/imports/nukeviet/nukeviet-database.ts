// The connection to a NukeViet database: the address the operator gives (mysql://…, with optional
// ?prefix=nv4&lang=vi since the command line has no other place for them), checked table names,
// and the few queries the reader makes. Table names are built only from a checked prefix and
// language; every value goes through placeholders.
import type mysql from 'mysql2/promise';
import { NukeVietInputError } from './nukeviet-error.js';
import { nukevietText } from './nukeviet.vi.js';

export interface NukeVietTables {
  lang: string;
  rows: string;
  detail: string;
  categories: string;
  users: string;
  counter: string;
}

export interface NukeVietAddress {
  config: mysql.ConnectionOptions;
  /** host:port/database, without the password, for messages. */
  where: string;
  tables: NukeVietTables;
}

export function parseAddress(url: string, options: { prefix?: string; lang?: string }): NukeVietAddress {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new NukeVietInputError(nukevietText.badUrl);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!/^(mysql|mariadb):$/.test(parsed.protocol) || parsed.hostname === '' || database === '')
    throw new NukeVietInputError(nukevietText.badUrl);
  const prefix = options.prefix ?? parsed.searchParams.get('prefix') ?? 'nv4';
  const lang = options.lang ?? parsed.searchParams.get('lang') ?? 'vi';
  if (!/^[a-z0-9_]{1,30}$/i.test(prefix)) throw new NukeVietInputError(nukevietText.badPrefix(prefix));
  if (!/^[a-z]{2}$/.test(lang)) throw new NukeVietInputError(nukevietText.badLang(lang));
  const port = parsed.port === '' ? 3306 : Number(parsed.port);
  const news = `${prefix}_${lang}_news`;
  return {
    config: {
      host: parsed.hostname,
      port,
      user: decodeURIComponent(parsed.username) || 'root',
      password: decodeURIComponent(parsed.password),
      database,
      charset: 'utf8mb4',
      connectTimeout: 10_000,
    },
    where: `${parsed.hostname}:${port}/${database}`,
    tables: {
      lang,
      rows: `${news}_rows`,
      detail: `${news}_detail`,
      categories: `${news}_cat`,
      users: `${prefix}_users`,
      counter: `${prefix}_counter`,
    },
  };
}

export async function connect(address: NukeVietAddress): Promise<mysql.Connection> {
  try {
    // mysql2 takes ~0.3 s to load: only the import command needs it, never the server.
    const { createConnection } = (await import('mysql2/promise')).default;
    return await createConnection(address.config);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new NukeVietInputError(nukevietText.cannotConnect(address.where, why));
  }
}

/** Which of the given tables exist, so the reader refuses a database that is not NukeViet's. */
export async function existingTables(connection: mysql.Connection, names: string[]): Promise<Set<string>> {
  const [rows] = await connection.query<mysql.RowDataPacket[]>(
    'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name IN (?)',
    [names],
  );
  return new Set(rows.map((r) => String(r.name)));
}
