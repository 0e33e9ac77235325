import { z } from 'zod';

export const hitSchema = z.object({
  path: z
    .string({ error: 'Thiếu đường dẫn trang (path).' })
    .min(1, 'Thiếu đường dẫn trang (path).')
    .max(2048, 'Đường dẫn trang quá dài.')
    .regex(/^\/(?!\/)/, 'Đường dẫn trang phải bắt đầu bằng “/”.'),
  referrer: z.string({ error: 'Trang dẫn đến (referrer) phải là chuỗi.' }).max(2048, 'Trang dẫn đến quá dài.').optional(),
});

export type HitInput = z.infer<typeof hitSchema>;
