// One zod schema per input: the reader's message, the staff's handling of it, a department.
import { z } from 'zod';
import { contactText, MESSAGE_MAX } from './contact.vi.js';

const refusal = contactText.refusal;

/**
 * Vietnamese numbers as people write them: mobile 0912 345 678 (10 digits), landline with its area
 * code 0214 3800 000 (11), either with +84/84 for the 0, and the 1800/1900 lines. Spaces, dots,
 * hyphens and brackets are the writer's grouping and are kept as typed.
 */
const VIETNAMESE_PHONE = /^(?:(?:\+?84|0)[1-9][0-9]{7,9}|1[89]00[0-9]{4,6})$/;

export const contactMessageSchema = z.object({
  name: z.string().trim().min(1, refusal.nameRequired).max(100, refusal.nameTooLong),
  email: z.string().trim().max(254, refusal.emailTooLong).pipe(z.email(refusal.emailInvalid)),
  phone: z
    .string()
    .trim()
    .max(24, refusal.phoneInvalid)
    .refine((v) => v === '' || VIETNAMESE_PHONE.test(v.replace(/[\s.()-]/g, '')), refusal.phoneInvalid),
  departmentId: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{0,9}$/, refusal.departmentRequired)
    .transform(Number),
  message: z.string().trim().min(1, refusal.messageRequired).max(MESSAGE_MAX, refusal.messageTooLong),
});

export type ContactMessageInput = z.output<typeof contactMessageSchema>;
/** The form's fields as typed, shown again when it is refused. */
export type ContactFormValues = Record<keyof z.input<typeof contactMessageSchema>, string>;
export const contactFormFields = Object.keys(contactMessageSchema.shape) as Array<keyof ContactFormValues>;

export const CONTACT_STATUSES = ['new', 'handling', 'answered', 'spam'] as const;

export const handlingSchema = z.object({
  status: z.enum(CONTACT_STATUSES, contactText.handling.statusInvalid),
  assigneeId: z
    .string()
    .trim()
    .regex(/^(?:|[1-9][0-9]{0,9})$/, contactText.handling.assigneeInvalid)
    .transform((v) => (v === '' ? null : Number(v))),
  note: z.string().trim().max(4000, contactText.handling.noteTooLong),
});

export type HandlingInput = z.output<typeof handlingSchema>;

const departmentRefusal = contactText.departmentRefusal;

export const departmentSchema = z.object({
  name: z.string().trim().min(1, departmentRefusal.nameRequired).max(120, departmentRefusal.nameTooLong),
  email: z.string().trim().max(254, departmentRefusal.emailInvalid).pipe(z.email(departmentRefusal.emailInvalid)),
  position: z
    .string()
    .trim()
    .regex(/^[0-9]{1,4}$/, departmentRefusal.positionInvalid)
    .transform(Number),
  /** A checkbox: '1' when ticked, absent ('') when not. */
  active: z.string().transform((v) => v === '1'),
});

export type DepartmentInput = z.output<typeof departmentSchema>;
export type DepartmentFormValues = Record<keyof z.input<typeof departmentSchema>, string>;
