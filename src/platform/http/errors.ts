// Errors with a stable code (the contract) and a Vietnamese message (which may change).
import { vi, type ErrorCode } from '../i18n/vi.js';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 503,
    readonly fields?: Record<string, string>,
  ) {
    super(vi.errors[code]);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(code: 'NOT_FOUND' | 'ARTICLE_NOT_FOUND' | 'CATEGORY_NOT_FOUND' | 'PAGE_OUT_OF_RANGE' = 'NOT_FOUND') {
    super(code, 404);
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
  constructor(code: ErrorCode = 'CONFLICT') {
    super(code, 409);
  }
}
