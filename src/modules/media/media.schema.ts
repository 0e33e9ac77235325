// The shapes the media routes accept, with Vietnamese messages.
import { z } from 'zod';

export const ALT_MAX = 300;

/** Alt text, already NFC: optional, one short sentence. */
export const altSchema = z.string().trim().max(ALT_MAX, `Mô tả ảnh quá dài (tối đa ${ALT_MAX} ký tự).`);

/** ?q= of the library: a few words of a file name or alt text. */
export const libraryQuerySchema = z.string().trim().max(200, 'Từ khóa tìm kiếm quá dài: hãy dùng tối đa 200 ký tự.');
