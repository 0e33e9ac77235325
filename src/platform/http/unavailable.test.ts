import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from './errors.js';
import {
  asStorageUnavailable,
  classifyStorageFailure,
  isStorageUnavailable,
  StorageUnavailableError,
} from './unavailable.js';

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('storage failures (what becomes a 503)', () => {
  it('names SQLite full, read-only and I/O errors by their extended codes', () => {
    assert.equal(classifyStorageFailure(coded('SQLITE_FULL')), 'disk-full');
    assert.equal(classifyStorageFailure(coded('SQLITE_READONLY')), 'database-read-only');
    assert.equal(classifyStorageFailure(coded('SQLITE_READONLY_DBMOVED')), 'database-read-only');
    assert.equal(classifyStorageFailure(coded('SQLITE_IOERR_WRITE')), 'io-error');
    assert.equal(classifyStorageFailure(coded('SQLITE_CONSTRAINT_UNIQUE')), undefined);
  });

  it('names PostgreSQL going away, refusing, read-only and full', () => {
    for (const code of ['57P01', '57P02', '57P03', '08006', '08001', '08P01', 'ECONNREFUSED', 'ECONNRESET'])
      assert.equal(classifyStorageFailure(coded(code)), 'database-unreachable', code);
    assert.equal(classifyStorageFailure(coded('25006')), 'database-read-only');
    assert.equal(classifyStorageFailure(coded('53100')), 'disk-full');
    assert.equal(classifyStorageFailure(new Error('Connection terminated unexpectedly')), 'database-unreachable');
    assert.equal(classifyStorageFailure(new Error('timeout exceeded when trying to connect')), 'database-unreachable');
    // A bug in a query is not the operator's to fix: it stays a 500.
    assert.equal(classifyStorageFailure(coded('42P01')), undefined);
    assert.equal(classifyStorageFailure(coded('23505')), undefined);
  });

  it('names full and unwritable folders', () => {
    assert.equal(classifyStorageFailure(coded('ENOSPC')), 'disk-full');
    assert.equal(classifyStorageFailure(coded('EDQUOT')), 'disk-full');
    for (const code of ['EACCES', 'EROFS', 'EPERM']) assert.equal(classifyStorageFailure(coded(code)), 'not-writable');
    assert.equal(classifyStorageFailure(coded('ENOENT')), undefined);
  });

  it('looks through causes and AggregateError (pg tries IPv4 and IPv6)', () => {
    assert.equal(classifyStorageFailure(new Error('wrapped', { cause: coded('ENOSPC') })), 'disk-full');
    assert.equal(
      classifyStorageFailure(new AggregateError([new Error('a'), coded('ECONNREFUSED')])),
      'database-unreachable',
    );
    assert.equal(isStorageUnavailable('a string'), false);
    assert.equal(isStorageUnavailable(null), false);
  });

  it('types a failure as a 503 with a stable code and a Vietnamese sentence, and leaves other errors alone', () => {
    const typed = asStorageUnavailable(coded('ENOSPC'));
    assert.ok(typed instanceof StorageUnavailableError);
    assert.ok(typed instanceof AppError);
    assert.equal(typed.status, 503);
    assert.equal(typed.code, 'STORAGE_UNAVAILABLE');
    assert.equal(typed.failure, 'disk-full');
    assert.match(typed.message, /thử lại/);
    assert.equal(asStorageUnavailable(typed), typed);
    assert.equal(asStorageUnavailable(new Error('bug')), undefined);
    assert.equal(classifyStorageFailure(typed), 'disk-full');
  });
});
