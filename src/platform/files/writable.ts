// The files part of /healthz: can each folder congtin writes to (the data folder with SQLite and
// the upload temp files, the uploads, the attachments) take a new file right now? A small probe
// file is written, flushed and removed: a full disk refuses the write (ENOSPC), a read-only mount
// or a folder without permission refuses the open (EROFS, EACCES).
import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { classifyStorageFailure } from '../http/unavailable.js';

export type FilesStatus = 'ok' | 'not-writable' | 'disk-full';

export interface FolderProblem {
  folder: string;
  status: Exclude<FilesStatus, 'ok'>;
  code?: string;
}

async function probe(folder: string): Promise<void> {
  const file = path.join(folder, `.healthz-${process.pid}-${Date.now()}`);
  try {
    await mkdir(folder, { recursive: true });
    const handle = await open(file, 'w');
    try {
      // One page: a tmpfs or ext4 with no free block refuses it even when the file itself was made.
      await handle.writeFile(Buffer.alloc(4096));
      await handle.sync();
    } finally {
      await handle.close();
    }
  } finally {
    await rm(file, { force: true }).catch(() => {});
  }
}

/** The first folder that cannot take a file and why, or undefined when all can. */
export async function checkFolders(folders: string[]): Promise<FolderProblem | undefined> {
  for (const folder of folders) {
    try {
      await probe(folder);
    } catch (err) {
      const failure = classifyStorageFailure(err);
      const code = (err as { code?: string }).code;
      return { folder, status: failure === 'disk-full' ? 'disk-full' : 'not-writable', code };
    }
  }
  return undefined;
}
