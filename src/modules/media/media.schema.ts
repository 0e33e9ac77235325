// The shapes the media routes accept, with Vietnamese messages.
import { z } from 'zod';
import { mediaText } from './media.vi.js';

export const ALT_MAX = 300;

/** Alt text, already NFC: optional, one short sentence. */
export const altSchema = z.string().trim().max(ALT_MAX, mediaText.refusals.altTooLong(ALT_MAX));

/** ?q= of the library: a few words of a file name or alt text. */
export const libraryQuerySchema = z.string().trim().max(200, mediaText.refusals.queryTooLong);
