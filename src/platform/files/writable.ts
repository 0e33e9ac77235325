// The files part of /healthz: can each folder congtin writes to (the data folder with SQLite and
// the upload temp files, the uploads, the attachments, the documents) take a new file right now?
// Asked of the kernel's metadata, not by writing a probe file: a probe's open, write and unlink go
// through libuv's four threads behind the uploads being streamed, and /healthz must answer at once
// while the disk is busy. statfs says whether any block is left; access(W_OK) says whether the
// folder may be written (EROFS on a read-only mount, EACCES without permission). Both are quick
// metadata calls, made synchronously so no queue can delay them.
import fs from 'node:fs';
import { classifyStorageFailure } from '../http/unavailable.js';

export type FilesStatus = 'ok' | 'not-writable' | 'disk-full';

export interface FolderProblem {
  folder: string;
  status: Exclude<FilesStatus, 'ok'>;
  code?: string;
}

// Fewer free blocks than this and the next save (an article, a WAL page, an upload) cannot land.
const MIN_FREE_BLOCKS = 16;

/** Why `folder` cannot take a file, or undefined when it can (or does not exist yet: its parent is checked). */
function problemOf(folder: string): FolderProblem | undefined {
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    // Root may use the blocks kept for root (bfree); anyone else only what is available (bavail).
    const { bavail, bfree } = fs.statfsSync(folder);
    const free = process.getuid?.() === 0 ? bfree : bavail;
    return free < MIN_FREE_BLOCKS ? { folder, status: 'disk-full', code: 'ENOSPC' } : undefined;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOENT') return undefined;
    const failure = classifyStorageFailure(err);
    return { folder, status: failure === 'disk-full' ? 'disk-full' : 'not-writable', code };
  }
}

/** The first folder (in the given order) that cannot take a file and why, or undefined when all can. */
export async function checkFolders(folders: string[]): Promise<FolderProblem | undefined> {
  for (const folder of folders) {
    const problem = problemOf(folder);
    if (problem) return problem;
  }
  return undefined;
}
