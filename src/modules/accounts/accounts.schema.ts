// Forms at the edge, with Vietnamese messages.
import { z } from 'zod';
import { API_TOKEN_EXPIRIES } from './api-tokens.js';
import { PASSWORD_MAX } from './passwords.js';
import { ROLES } from './roles.js';

const email = z
  .string({ error: 'Hãy nhập email.' })
  .trim()
  .min(1, 'Hãy nhập email.')
  .max(254, 'Email quá dài.')
  .transform((value) => value.normalize('NFC').toLowerCase())
  .pipe(z.email({ error: 'Email không hợp lệ.' }));

export const loginSchema = z.object({
  email,
  // The policy is checked when a password is set; at login any length up to the cap is tried.
  password: z
    .string({ error: 'Hãy nhập mật khẩu.' })
    .min(1, 'Hãy nhập mật khẩu.')
    .max(PASSWORD_MAX * 4, 'Mật khẩu quá dài.'),
});

export const userFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Hãy nhập họ và tên.')
    .max(120, 'Họ và tên quá dài.')
    .transform((s) => s.normalize('NFC')),
  email,
  roles: z.array(z.enum(ROLES, { error: 'Vai trò không hợp lệ.' })).min(1, 'Hãy chọn ít nhất một vai trò.'),
});

export const userEditSchema = userFormSchema.omit({ email: true });
export type UserForm = z.infer<typeof userFormSchema>;

export const apiTokenFormSchema = z.object({
  name: z
    .string({ error: 'Hãy đặt tên cho mã API.' })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, 'Hãy đặt tên cho mã API, ví dụ “Đồng bộ tin lên cổng tỉnh”.')
        // Counted in characters as a reader sees them, not UTF-16 units.
        .refine((s) => [...s].length <= 100, 'Tên mã API dài tối đa 100 ký tự.'),
    ),
  expiry: z.enum(API_TOKEN_EXPIRIES, { error: 'Hãy chọn thời hạn: 30, 90, 365 ngày hoặc không hết hạn.' }),
});
