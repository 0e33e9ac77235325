import { z } from 'zod';
import { siteText } from './site.vi.js';

const say = siteText.fieldErrors;

const text = (messages: { missing: string; tooLong: (max: number) => string }, max: number) =>
  z
    .string({ error: messages.missing })
    .trim()
    .max(max, messages.tooLong(max))
    .transform((s) => s.normalize('NFC'));

export const settingsSchema = z.object({
  name: text(say.name, 200).pipe(z.string().min(1, say.name.missing)),
  address: text(say.address, 300),
  phone: text(say.phone, 50).pipe(z.string().regex(/^[0-9 +().-]*$/, say.phone.format)),
  email: text(say.email, 254).pipe(z.union([z.literal(''), z.email({ error: say.email.invalid })])),
  aboutHtml: text(say.aboutHtml, 50_000),
  // The English pages' texts: all optional (a field the form did not send is empty).
  nameEn: text(say.nameEn, 200).default(''),
  introEn: text(say.introEn, 2_000).default(''),
  aboutHtmlEn: text(say.aboutHtmlEn, 50_000).default(''),
  contactNoteEn: text(say.contactNoteEn, 2_000).default(''),
});
