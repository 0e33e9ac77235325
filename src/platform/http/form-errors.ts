import type { z } from 'zod';
import { vi } from '../i18n/vi.js';

/**
 * Field → its first Vietnamese message, to show next to the input when a form is re-rendered (and
 * in an API's `fields`). Every schema's messages are Vietnamese except zod's own for a body that is
 * not an object at all (a JSON string, array or number sent to an API): that one is replaced.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    const notAnObject = issue.path.length === 0 && issue.code === 'invalid_type' && issue.expected === 'object';
    out[key] ??= notAnObject ? vi.validation.bodyNotAnObject : issue.message;
  }
  return out;
}
