import { z } from 'zod';

export const hitSchema = z.object({
  path: z
    .string({ error: 'Thiếu đường dẫn trang (path).' })
    .min(1, 'Thiếu đường dẫn trang (path).')
    .max(2048, 'Đường dẫn trang quá dài.')
    .regex(/^\/(?!\/)/, 'Đường dẫn trang phải bắt đầu bằng “/”.'),
  referrer: z
    .string({ error: 'Trang dẫn đến (referrer) phải là chuỗi.' })
    .max(2048, 'Trang dẫn đến quá dài.')
    .optional(),
});

export type HitInput = z.infer<typeof hitSchema>;

export const countersSchema = z.object({
  online: z.number().int().describe('Đang online: người đọc có lượt xem trong 5 phút gần nhất'),
  today: z.number().int().describe('Hôm nay: lượt truy cập từ 00:00 giờ Việt Nam'),
  week: z.number().int().describe('Trong tuần: từ 00:00 thứ Hai giờ Việt Nam'),
  total: z.number().int().describe('Tất cả, kể cả số khởi điểm của hệ thống cũ'),
});

export const hitAnswerSchema = countersSchema.extend({
  views: z.number().int().optional().describe('Lượt xem của bài viết, khi trang là một bài viết'),
});
