import { z } from 'zod';

const text = (label: string, max: number) =>
  z
    .string({ error: `Hãy nhập ${label}.` })
    .trim()
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} quá dài (tối đa ${max} ký tự).`)
    .transform((s) => s.normalize('NFC'));

export const settingsSchema = z.object({
  name: text('tên cổng thông tin', 200).pipe(z.string().min(1, 'Hãy nhập tên cổng thông tin.')),
  address: text('địa chỉ', 300),
  phone: text('số điện thoại', 50).pipe(
    z.string().regex(/^[0-9 +().-]*$/, 'Số điện thoại chỉ gồm chữ số, dấu cách và + ( ) . -'),
  ),
  email: text('email', 254).pipe(z.union([z.literal(''), z.email({ error: 'Email không hợp lệ.' })])),
  aboutHtml: text('nội dung giới thiệu', 50_000),
});
