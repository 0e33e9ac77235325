// The one place that decides whether an error means "the storage is not there right now" (disk
// full, database unreachable or read-only, a folder that cannot be written) rather than a bug.
// Such errors become a 503 that says so (error-handler.ts), are logged as one warning naming the
// failing part, and are never remembered: the next request tries again, so congtin recovers by
// itself once the operator has fixed the cause.
import { AppError } from './errors.js';

/** Which part failed, as the log line and /healthz name it. */
export type StorageFailure = 'database-unreachable' | 'database-read-only' | 'disk-full' | 'not-writable' | 'io-error';

// better-sqlite3's SqliteError.code is the extended result code (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED…).
const SQLITE_PREFIXES: Array<[string, StorageFailure]> = [
  ['SQLITE_FULL', 'disk-full'],
  ['SQLITE_READONLY', 'database-read-only'],
  ['SQLITE_IOERR', 'io-error'],
  ['SQLITE_CANTOPEN', 'not-writable'],
];

// PostgreSQL SQLSTATEs (pg's DatabaseError.code): the server going away, refusing connections
// while it starts or stops, a read-only server (a standby, default_transaction_read_only), a full disk.
const POSTGRES_STATES: Record<string, StorageFailure> = {
  '57P01': 'database-unreachable', // admin_shutdown
  '57P02': 'database-unreachable', // crash_shutdown
  '57P03': 'database-unreachable', // cannot_connect_now
  '53300': 'database-unreachable', // too_many_connections
  '25006': 'database-read-only', // read_only_sql_transaction
  '53100': 'disk-full', // disk_full
};

// Socket errors mean the database server cannot be reached (congtin opens no other sockets that
// could fail inside a request); file-system errors name the folder's trouble.
const SYSTEM_CODES: Record<string, StorageFailure> = {
  ECONNREFUSED: 'database-unreachable',
  ECONNRESET: 'database-unreachable',
  EPIPE: 'database-unreachable',
  ETIMEDOUT: 'database-unreachable',
  EHOSTUNREACH: 'database-unreachable',
  ENETUNREACH: 'database-unreachable',
  EAI_AGAIN: 'database-unreachable',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EROFS: 'not-writable',
  EACCES: 'not-writable',
  EPERM: 'not-writable',
  EIO: 'io-error',
};

// node-postgres says these in words only, with no code.
const POSTGRES_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection ended unexpectedly',
];

function classifyOne(err: unknown): StorageFailure | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  if (err instanceof StorageUnavailableError) return err.failure;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    const sqlite = SQLITE_PREFIXES.find(([prefix]) => code.startsWith(prefix));
    if (sqlite) return sqlite[1];
    if (POSTGRES_STATES[code]) return POSTGRES_STATES[code];
    // Class 08: connection exceptions (08000, 08003, 08006, 08001, 08004…).
    if (/^08[0-9A-Z]{3}$/.test(code)) return 'database-unreachable';
    if (SYSTEM_CODES[code]) return SYSTEM_CODES[code];
  }
  const message = (err as { message?: unknown }).message;
  if (typeof message === 'string' && POSTGRES_MESSAGES.some((m) => message.includes(m))) return 'database-unreachable';
  return undefined;
}

/** The failing part behind `err` (looking through `cause` and AggregateError), or undefined for any other error. */
export function classifyStorageFailure(err: unknown, depth = 0): StorageFailure | undefined {
  if (depth > 5) return undefined;
  const own = classifyOne(err);
  if (own) return own;
  if (err instanceof AggregateError)
    for (const inner of err.errors) {
      const found = classifyStorageFailure(inner, depth + 1);
      if (found) return found;
    }
  if (typeof err === 'object' && err !== null && 'cause' in err)
    return classifyStorageFailure((err as { cause?: unknown }).cause, depth + 1);
  return undefined;
}

export function isStorageUnavailable(err: unknown): boolean {
  return classifyStorageFailure(err) !== undefined;
}

/** How long a client should wait before trying again: the cause is an operator's to fix. */
export const STORAGE_RETRY_AFTER_SECONDS = 30;

/** The typed form of a storage failure: a 503 with a stable code and the failing part. */
export class StorageUnavailableError extends AppError {
  readonly retryAfterSeconds = STORAGE_RETRY_AFTER_SECONDS;
  constructor(
    readonly failure: StorageFailure,
    options?: { cause?: unknown },
  ) {
    super('STORAGE_UNAVAILABLE', 503);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** `err` as a StorageUnavailableError when it is one of those failures; otherwise undefined. */
export function asStorageUnavailable(err: unknown): StorageUnavailableError | undefined {
  if (err instanceof StorageUnavailableError) return err;
  const failure = classifyStorageFailure(err);
  return failure ? new StorageUnavailableError(failure, { cause: err }) : undefined;
}

/** For code that writes: rethrows a storage failure typed, anything else as it was. */
export function rethrowTyped(err: unknown): never {
  throw asStorageUnavailable(err) ?? err;
}
