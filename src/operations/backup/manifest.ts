// What a congtin backup archive holds, and the one description of it (manifest.json) that a
// restore checks before it writes anything. The archive's members:
//   manifest.json                 this description
//   database/<table>.ndjson       one table, dialect-neutral: a header line, then one JSON array per row
//   database/postgres.dump        (PostgreSQL only, when pg_dump was on the PATH) the native dump, for pg_restore
//   files/<folder>/<path>         the uploaded files under DATA_DIR (uploads, attachments, documents, …)
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { z } from 'zod';

export const ARCHIVE_FORMAT = 'congtin-backup';
export const ARCHIVE_FORMAT_VERSION = 1;
export const MANIFEST_MEMBER = 'manifest.json';
export const NATIVE_DUMP_MEMBER = 'database/postgres.dump';
/**
 * How much of the archive file node-tar reads at once (its default is 16 MiB). Each read is
 * inflated in one go, and our NDJSON shrinks up to 80 times in gzip: 16 MiB read would be a
 * gigabyte in memory, 64 KiB is a few megabytes.
 */
export const ARCHIVE_READ_BYTES = 64 * 1024;
/** A manifest is small (a line per member); anything bigger is not ours. */
export const MANIFEST_MAX_BYTES = 64 * 1024 * 1024;

const TABLE_NAME = /^[a-z][a-z0-9_]*$/;
// Path parts never start with a dot, so no "..", no hidden temporary file, no absolute path.
const FILE_MEMBER = /^files\/[a-z0-9][a-z0-9_-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)+$/;

export const tableMember = (table: string) => `database/${table}.ndjson`;

/** Whether a member name is one a congtin archive may hold (the manifest says which ones it does). */
export function isMemberName(name: string): boolean {
  if (name === MANIFEST_MEMBER || name === NATIVE_DUMP_MEMBER) return true;
  const table = /^database\/(.+)\.ndjson$/.exec(name);
  if (table) return TABLE_NAME.test(table[1]!);
  return FILE_MEMBER.test(name);
}

export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.literal(ARCHIVE_FORMAT_VERSION),
  congtinVersion: z.string(),
  /** The last migration applied to the database the archive was taken from. */
  schemaVersion: z.string().min(1),
  dialect: z.enum(['sqlite', 'postgres']),
  createdAt: z.string(),
  /** In insert order: a table comes after every table it refers to. */
  tables: z.array(
    z.object({ name: z.string().regex(TABLE_NAME), rows: z.number().int().min(0), columns: z.array(z.string()) }),
  ),
  members: z.array(
    z.object({
      name: z.string().refine(isMemberName),
      bytes: z.number().int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
  /** Written by --public: the restricted tables (schema-catalog.ts, NOT_IN_PUBLIC_BACKUP) are not in it. */
  public: z.literal(true).optional(),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestMember = Manifest['members'][number];

/** SHA-256 and size of a file, read as a stream. */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
