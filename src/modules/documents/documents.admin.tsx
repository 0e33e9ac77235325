// /quan-tri/van-ban: staff keep the register (documents.manage): the list, a new document, an
// edit (a new file replaces the old), a delete. Post → redirect → get; a refused form comes back
// with what was typed and a message per field. Every change is audited.
import type { Context, Hono } from 'hono';
import { formatMegabytes } from '../../platform/files/file-size.js';
import { bodyCap } from '../../platform/http/body.js';
import { NotFoundError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { readPageNumber, readIdParam } from '../../platform/http/query.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import { requestIdOf, type AuditLog, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { DOCUMENT_FILE_FIELD, DocumentFileRejectedError, type DocumentUpload } from './document-files.js';
import { documentFormSchema, type DocumentFormValues } from './documents.schema.js';
import {
  documentError,
  type DocumentsService,
  DuplicateDocumentError,
  type RegisteredDocument,
} from './documents.service.js';
import { documentsText } from './documents.vi.js';
import { DocumentForm, emptyDocumentForm, formValuesOf, STAFF_PATH, StaffDocumentList } from './views/staff-pages.js';

const t = documentsText.admin;
type Deps = {
  documents: DocumentsService;
  guard: StaffGuard;
  frame: StaffFrame;
  audit: AuditLog;
  maxFileBytes: number;
};
type AuditAction = Parameters<AuditLog['record']>[0]['action'];

const FIELDS: Array<keyof DocumentFormValues> = ['number', 'kind', 'issuer', 'issuedOn', 'title', 'summary'];
// Room for the multipart framing, the CSRF token and the text fields (a 5,000-character summary).
const FORM_OVERHEAD_BYTES = 128 * 1024;

/** The new and edit forms carry one file: their body is capped before anything reads it. */
export function capDocumentUploads(app: Hono, maxFileBytes: number) {
  const cap = bodyCap(
    maxFileBytes + FORM_OVERHEAD_BYTES,
    documentsText.input.formTooLarge(formatMegabytes(maxFileBytes)),
  );
  app.use(STAFF_PATH, cap);
  app.use(`${STAFF_PATH}/:id`, cap);
}

const isFile = (v: unknown): v is File =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as File).arrayBuffer === 'function' &&
  typeof (v as File).name === 'string';

interface SentForm {
  values: DocumentFormValues;
  upload?: DocumentUpload;
  removeFile: boolean;
}

async function readForm(c: Context): Promise<SentForm> {
  const form = await c.req.parseBody({ all: true });
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : '');
  const values = Object.fromEntries(FIELDS.map((k) => [k, text(k)])) as DocumentFormValues;
  const sent = form[DOCUMENT_FILE_FIELD];
  // A file input left empty sends a nameless, empty part: that is no file.
  const files = (Array.isArray(sent) ? sent : [sent]).filter(isFile).filter((f) => !(f.name === '' && f.size === 0));
  if (files.length > 1) throw new DocumentFileRejectedError(400, documentsText.input.tooManyFiles);
  const file = files[0];
  const upload = file ? { data: new Uint8Array(await file.arrayBuffer()), fileName: file.name } : undefined;
  return { values, upload, removeFile: text('removeFile') === '1' };
}

/** What the editor can fix, as field messages; anything else goes on to the error handler. */
function refusal(error: unknown): { errors: Record<string, string>; status: 400 | 409 | 413 | 415 } | undefined {
  if (error instanceof DuplicateDocumentError) return { errors: error.fields!, status: 409 };
  if (error instanceof DocumentFileRejectedError)
    return { errors: error.fields!, status: error.status as 400 | 413 | 415 };
  return undefined;
}

function formPages({ documents, frame, maxFileBytes }: Deps) {
  const maxSize = formatMegabytes(maxFileBytes);
  return {
    newForm(c: Context<StaffEnv>, values: DocumentFormValues, errors?: Record<string, string>, status = 400) {
      const form = (
        <DocumentForm
          csrfToken={c.get('staff')!.csrfToken}
          heading={t.newTitle}
          action={STAFF_PATH}
          values={values}
          errors={errors}
          maxSize={maxSize}
        />
      );
      return frame.respond(c, t.newTitle, form, { status: errors ? (status as 400) : 200 });
    },
    editForm(
      c: Context<StaffEnv>,
      doc: RegisteredDocument,
      values: DocumentFormValues,
      errors?: Record<string, string>,
      status = 400,
    ) {
      const heading = t.editTitle(doc.number);
      const form = (
        <DocumentForm
          csrfToken={c.get('staff')!.csrfToken}
          heading={heading}
          action={`${STAFF_PATH}/${doc.id}`}
          values={values}
          errors={errors}
          maxSize={maxSize}
          existing={doc}
        />
      );
      return frame.respond(c, heading, form, { status: errors ? (status as 400) : 200 });
    },
    async findOr404(c: Context): Promise<RegisteredDocument> {
      const doc = await documents.findById(readIdParam(c, 'id', documentError('DOCUMENT_NOT_FOUND')));
      if (!doc) throw new NotFoundError(documentError('DOCUMENT_NOT_FOUND'));
      return doc;
    },
  };
}

function auditOf(deps: Deps, c: Context<StaffEnv>) {
  const staff = c.get('staff')!;
  return (action: AuditAction, doc: RegisteredDocument) =>
    deps.audit.record({
      action,
      userId: staff.user.id,
      actor: staff.user.email,
      target: doc.number,
      detail: documentsText.audit.detail(doc.kindLabel, doc.issuer),
      requestId: requestIdOf(c),
    });
}

const todayOf = (documents: DocumentsService) => vietnamDay(documents.today());

export function mountDocumentsAdmin(app: Hono, deps: Deps) {
  const { documents, guard, frame } = deps;
  const pages = formPages(deps);
  frame.addSection({
    href: STAFF_PATH,
    label: documentsText.section.label,
    hint: documentsText.section.hint,
    permission: 'documents.manage',
    order: 45,
  });
  frame.addFlashes({
    'da-them-van-ban': { kind: 'ok', text: t.created },
    'da-luu-van-ban': { kind: 'ok', text: t.saved },
    'da-xoa-van-ban': { kind: 'ok', text: t.deleted },
  });

  app.get(STAFF_PATH, guard.require('documents.manage'), async (c) => {
    const found = await documents.list({}, readPageNumber(c));
    if (found.page > found.pages) throw new NotFoundError('PAGE_OUT_OF_RANGE');
    return frame.respond(c, t.listTitle, <StaffDocumentList {...found} />);
  });

  app.get(`${STAFF_PATH}/moi`, guard.require('documents.manage'), (c) => pages.newForm(c, emptyDocumentForm));

  app.post(STAFF_PATH, guard.require('documents.manage'), async (c) => {
    const sent = await readForm(c);
    const parsed = documentFormSchema(todayOf(documents)).safeParse(sent.values);
    if (!parsed.success) return pages.newForm(c, sent.values, fieldErrors(parsed.error));
    try {
      const doc = await documents.create(parsed.data, sent.upload, c.get('staff')!.user.id);
      await auditOf(deps, c)('document.created', doc);
      return c.redirect(`${STAFF_PATH}/${doc.id}?tb=da-them-van-ban`, 303);
    } catch (error) {
      const refused = refusal(error);
      if (refused) return pages.newForm(c, sent.values, refused.errors, refused.status);
      throw error;
    }
  });

  app.get(`${STAFF_PATH}/:id`, guard.require('documents.manage'), async (c) => {
    const doc = await pages.findOr404(c);
    return pages.editForm(c, doc, formValuesOf(doc));
  });

  app.post(`${STAFF_PATH}/:id`, guard.require('documents.manage'), async (c) => {
    const doc = await pages.findOr404(c);
    const sent = await readForm(c);
    const parsed = documentFormSchema(todayOf(documents)).safeParse(sent.values);
    if (!parsed.success) return pages.editForm(c, doc, sent.values, fieldErrors(parsed.error));
    try {
      const saved = await documents.update(doc.id, parsed.data, { upload: sent.upload, removeFile: sent.removeFile });
      if (!saved) throw new NotFoundError(documentError('DOCUMENT_NOT_FOUND'));
      await auditOf(deps, c)('document.updated', saved);
      return c.redirect(`${STAFF_PATH}/${doc.id}?tb=da-luu-van-ban`, 303);
    } catch (error) {
      const refused = refusal(error);
      if (refused) return pages.editForm(c, doc, sent.values, refused.errors, refused.status);
      throw error;
    }
  });

  app.post(`${STAFF_PATH}/:id/xoa`, guard.require('documents.manage'), async (c) => {
    const doc = await pages.findOr404(c);
    await documents.remove(doc.id);
    await auditOf(deps, c)('document.deleted', doc);
    return c.redirect(`${STAFF_PATH}?tb=da-xoa-van-ban`, 303);
  });
}
