// Who may download an attachment: the plans' rules, wired into the attachments module here so
// neither module needs the other.
import type { MayDownload } from '../modules/attachments/index.js';
import { can } from '../modules/accounts/index.js';
import { planContextOf, type Plans } from '../modules/plans/index.js';
import { ForbiddenError, NotFoundError } from '../platform/http/errors.js';

/**
 * A plan's document, anyone who reads plans; a report's file, whoever may open the report (its
 * task is theirs to see) and sees every unit or belongs to the report's unit; a file not attached
 * yet, only its uploader.
 */
export function mayDownloadAttachment(plans: Plans): MayDownload {
  return async (c, attachment) => {
    const ctx = planContextOf(c);
    if (attachment.planIds.length > 0 && can(ctx.actor.roles, 'plans.read')) return true;
    for (const reportId of attachment.reportIds) {
      const found = await plans.getReport(ctx, reportId).catch((err: unknown) => {
        if (err instanceof ForbiddenError || err instanceof NotFoundError) return undefined;
        throw err;
      });
      if (found?.mayOpenFiles) return true;
    }
    return (
      attachment.planIds.length === 0 && attachment.reportIds.length === 0 && attachment.uploadedBy === ctx.actor.id
    );
  };
}
