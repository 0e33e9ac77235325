// The page a staff save gets when the server cannot store it (a full disk, a database that is down
// or read-only): a 503 in the staff layout that gives the person's typed text back in a form that
// sends the same fields to the same address again. It reads nothing from the database (which may be
// the part that is down): the form comes from the request itself, parsed already by the CSRF check
// or the route, or read here when it is a small plain form.
import type { Context } from 'hono';
import { cspNonce } from '../platform/http/security-headers.js';
import type { StaffPageRenderer } from '../platform/views/staff-layout.js';
import { vi } from '../platform/i18n/vi.js';
import { unavailableText as t } from './unavailable-page.vi.js';

// A multipart form the CSRF check has not streamed yet is read here only when it is this small,
// so an outage page never buffers a large upload.
const MAX_UNREAD_FORM_BYTES = 1024 * 1024;

interface KeptForm {
  fields: Array<[string, string]>;
  fileFields: string[];
}

function mayReadBody(c: Context): boolean {
  const cache = c.req.bodyCache as { formData?: unknown };
  if (cache.formData) return true;
  const type = c.req.header('content-type') ?? '';
  if (type.includes('application/x-www-form-urlencoded')) return true;
  const length = Number(c.req.header('content-length') ?? Number.NaN);
  return type.includes('multipart/form-data') && length <= MAX_UNREAD_FORM_BYTES;
}

async function keptForm(c: Context): Promise<KeptForm> {
  const kept: KeptForm = { fields: [], fileFields: [] };
  if (c.req.method !== 'POST' || !mayReadBody(c)) return kept;
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    return kept;
  }
  for (const [name, value] of Object.entries(body))
    for (const one of Array.isArray(value) ? value : [value]) {
      if (typeof one === 'string') kept.fields.push([name, one]);
      else if (!kept.fileFields.includes(name)) kept.fileFields.push(name);
    }
  // The token first: a multipart form is refused unless its first part is the token.
  kept.fields.sort(([a], [b]) => Number(b === '_csrf') - Number(a === '_csrf'));
  return kept;
}

/** What a person wrote (prose) is shown; ids, flags and tokens travel hidden. */
const isWritten = (name: string, value: string) =>
  name !== '_csrf' && (value.length > 40 || /[\s\u0080-\uffff]/.test(value.trim()));

function KeptFields({ kept, action }: { kept: KeptForm; action: string }) {
  const multipart = kept.fileFields.length > 0;
  return (
    <form method="post" action={action} class="form" enctype={multipart ? 'multipart/form-data' : undefined}>
      {kept.fields.map(([name, value], i) =>
        isWritten(name, value) ? (
          <div>
            <label for={`giu-${i}`}>{t.labels[name] ?? t.fieldNamed(name)}</label>
            <textarea id={`giu-${i}`} name={name} rows={value.length > 200 ? 12 : 2}>
              {value}
            </textarea>
          </div>
        ) : (
          <input type="hidden" name={name} value={value} />
        ),
      )}
      {multipart ? <p class="hint">{t.filesAgain}</p> : null}
      {kept.fileFields.map((name) => (
        <div>
          <label for={`tep-${name}`}>{t.chooseAgain(t.labels[name] ?? name)}</label>
          <input type="file" id={`tep-${name}`} name={name} multiple />
        </div>
      ))}
      <div>
        <button type="submit" class="button">
          {t.resend}
        </button>
      </div>
    </form>
  );
}

/** The 503 staff page with the request's own form kept; `message` says what failed. */
export async function renderUnavailableStaffPage(
  c: Context,
  info: { message: string; requestId: string },
  renderStaffPage: StaffPageRenderer,
): Promise<Buffer> {
  const kept = await keptForm(c);
  const url = new URL(c.req.url);
  return renderStaffPage({
    nonce: cspNonce(c),
    title: t.title,
    flash: { kind: 'error', text: info.message },
    children: (
      <section class="block error-page">
        <h1>{t.title}</h1>
        <p>{kept.fields.length > 0 ? t.kept : t.nothingKept}</p>
        {kept.fields.length > 0 ? <KeptFields kept={kept} action={url.pathname + url.search} /> : null}
        <p class="meta">
          {vi.ui.requestId}: {info.requestId}
        </p>
        <p>
          <a href="/quan-tri">{t.back}</a>
        </p>
      </section>
    ),
  });
}
