// Errors with a stable code (the contract) and a Vietnamese message (which may change). The
// platform's own codes have their sentences in platform/i18n/vi.ts; a module's codes and sentences
// live in the module's catalogue and come here as a CodedMessage (codedMessages below).
import { vi, type ErrorCode } from '../i18n/vi.js';

/** A module's error: its stable code and the sentence its catalogue has for it. */
export interface CodedMessage {
  code: string;
  message: string;
}

/** A module's catalogue of error sentences, turned into the CodedMessage of each code. */
export function codedMessages<Code extends string>(catalogue: Record<Code, string>): (code: Code) => CodedMessage {
  return (code) => ({ code, message: catalogue[code] });
}

export class AppError extends Error {
  readonly code: string;
  constructor(
    coded: ErrorCode | CodedMessage,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503,
    readonly fields?: Record<string, string>,
  ) {
    super(typeof coded === 'string' ? vi.errors[coded] : coded.message);
    this.code = typeof coded === 'string' ? coded : coded.code;
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(coded: 'NOT_FOUND' | 'PAGE_OUT_OF_RANGE' | CodedMessage = 'NOT_FOUND') {
    super(coded, 404);
  }
}

export class BadRequestError extends AppError {
  constructor(code: ErrorCode = 'BAD_REQUEST', fields?: Record<string, string>) {
    super(code, 400, fields);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    code: 'TOO_MANY_REQUESTS' | 'LOGIN_THROTTLED' = 'TOO_MANY_REQUESTS',
  ) {
    super(code, 429);
  }
}

export class UnauthorizedError extends AppError {
  constructor(code: 'LOGIN_INVALID' | 'LOGIN_REQUIRED' = 'LOGIN_REQUIRED') {
    super(code, 401);
  }
}

/** Signed in, but this person may not do this (the permission table or a per-record rule). */
export class ForbiddenError extends AppError {
  constructor() {
    super('FORBIDDEN', 403);
  }
}

/** Busy or down: try again later, after `retryAfterSeconds` when the server can tell. */
export class ServiceUnavailableError extends AppError {
  constructor(
    readonly retryAfterSeconds?: number,
    code: 'SERVICE_UNAVAILABLE' | 'LOGIN_BUSY' = 'SERVICE_UNAVAILABLE',
  ) {
    super(code, 503);
  }
}

/** The record changed since the client read it (optimistic concurrency) or is in the wrong state. */
export class ConflictError extends AppError {
  constructor(coded: ErrorCode | CodedMessage = 'CONFLICT') {
    super(coded, 409);
  }
}
