// A plan or a report saved with the files sent along it.
import type { Context } from 'hono';
import type { StaffEnv } from '../../accounts/index.js';
import type { AttachmentsService, Upload } from '../../attachments/index.js';

/** The files are checked before anything is saved, and stored only once the record is. */
export async function saveWithFiles(
  c: Context<StaffEnv>,
  attachments: AttachmentsService,
  uploads: Upload[],
  save: () => Promise<number>,
  attach: (recordId: number, attachmentIds: number[]) => Promise<void>,
): Promise<number> {
  await attachments.check(uploads);
  const id = await save();
  await attach(
    id,
    (await attachments.storeAll(uploads, c.get('staff')!.user.id)).map((a) => a.id),
  );
  return id;
}
