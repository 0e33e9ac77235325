// A saved brief as readers will see it, inside the staff frame, with the publish button.
import { BriefBody, type RenderedBrief } from './public-pages.js';
import { BRIEFS_PATH } from './admin-pages.js';
import { briefsText } from '../briefs.vi.js';

const t = briefsText.staff;

export function BriefPreviewPage(props: RenderedBrief & { csrfToken: string }) {
  const { brief } = props;
  return (
    <section>
      <h1 class="block-title">{t.previewTitle(brief.date)}</h1>
      <p class="hint">{brief.status === 'published' ? t.readOnly : t.draftNote}</p>
      <article class="brief-page brief-preview">
        <BriefBody {...props} />
      </article>
      <p class="brief-actions">
        <a class="button button-secondary" href={`${BRIEFS_PATH}/${brief.id}`}>
          {t.backToEdit}
        </a>{' '}
        {brief.status === 'draft' ? (
          <form method="post" action={`${BRIEFS_PATH}/${brief.id}/xuat-ban`} class="inline-form">
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <button type="submit" class="button">
              {t.publishNow}
            </button>
          </form>
        ) : (
          <a href={brief.url}>{t.publicLink}</a>
        )}
      </p>
    </section>
  );
}
