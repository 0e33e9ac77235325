// A restore's first step, before anything is written: read the whole archive once, hash every
// member, and hold it against the manifest. A foreign file, a member too many or too few, one
// changed byte, a table with a row missing, or a schema newer than this code: refused.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import * as tar from 'tar';
import type { ReadEntry } from 'tar';
import { backupText as t } from './backup.vi.js';
import {
  ARCHIVE_READ_BYTES,
  isMemberName,
  MANIFEST_MAX_BYTES,
  MANIFEST_MEMBER,
  type Manifest,
  manifestSchema,
  tableMember,
} from './manifest.js';

/** A restore refused or failed: its message is the Vietnamese line the CLI prints. */
export class RestoreError extends Error {}

interface SeenMember {
  sha256: string;
  bytes: number;
  lines: number;
}

function countLines(chunk: Buffer): number {
  let lines = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  return lines;
}

interface ArchiveRead {
  seen: Map<string, SeenMember>;
  manifestText: string | undefined;
  strange: string | undefined;
}

async function readArchive(file: string): Promise<ArchiveRead> {
  const read: ArchiveRead = { seen: new Map(), manifestText: undefined, strange: undefined };
  const manifestChunks: Buffer[] = [];
  const onEntry = (entry: ReadEntry) => {
    const name = entry.path;
    if (entry.type !== 'File' || !isMemberName(name) || read.seen.has(name)) {
      read.strange ??= name;
      entry.resume();
      return;
    }
    const hash = createHash('sha256');
    const member: SeenMember = { sha256: '', bytes: 0, lines: 0 };
    entry.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      member.bytes += chunk.length;
      if (name.endsWith('.ndjson')) member.lines += countLines(chunk);
      if (name === MANIFEST_MEMBER && member.bytes <= MANIFEST_MAX_BYTES) manifestChunks.push(chunk);
    });
    entry.on('end', () => {
      member.sha256 = hash.digest('hex');
      read.seen.set(name, member);
      if (name === MANIFEST_MEMBER) read.manifestText = Buffer.concat(manifestChunks).toString('utf8');
    });
  };
  try {
    await tar.t({ file, strict: true, maxReadSize: ARCHIVE_READ_BYTES, onReadEntry: onEntry });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RestoreError(read.seen.size === 0 ? t.notOurs : t.damaged(reason));
  }
  return read;
}

function parseManifest(text: string | undefined): Manifest {
  if (text === undefined) throw new RestoreError(t.notOurs);
  try {
    return manifestSchema.parse(JSON.parse(text));
  } catch {
    throw new RestoreError(t.notOurs);
  }
}

function checkMembers(manifest: Manifest, read: ArchiveRead): void {
  if (read.strange !== undefined) throw new RestoreError(t.unexpectedMember(read.strange));
  const listed = new Map(manifest.members.map((m) => [m.name, m]));
  for (const name of read.seen.keys()) {
    if (name !== MANIFEST_MEMBER && !listed.has(name)) throw new RestoreError(t.unexpectedMember(name));
  }
  for (const member of manifest.members) {
    const seen = read.seen.get(member.name);
    if (!seen) throw new RestoreError(t.missingMember(member.name));
    if (seen.sha256 !== member.sha256 || seen.bytes !== member.bytes)
      throw new RestoreError(t.badChecksum(member.name));
  }
  for (const table of manifest.tables) {
    const seen = read.seen.get(tableMember(table.name));
    if (!seen) throw new RestoreError(t.missingMember(tableMember(table.name)));
    // A header line, then one line per row.
    if (seen.lines !== table.rows + 1) throw new RestoreError(t.badRowCount(table.name));
  }
}

/** The archive's manifest, once every check has passed; throws a RestoreError otherwise. */
export async function verifyArchive(file: string, knownSchemaVersions: readonly string[]): Promise<Manifest> {
  if (!existsSync(file)) throw new RestoreError(t.archiveMissing(file));
  const read = await readArchive(file);
  const manifest = parseManifest(read.manifestText);
  checkMembers(manifest, read);
  if (!knownSchemaVersions.includes(manifest.schemaVersion))
    throw new RestoreError(t.newerSchema(manifest.schemaVersion));
  return manifest;
}
