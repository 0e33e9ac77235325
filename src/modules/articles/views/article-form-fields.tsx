// The article form's fields in groups: the text, where it goes (category, featured image), its
// classification, and the fields only editors see. A field with an error points at its message.
import type { Classification } from '../articles.tables.js';
import { describedBy, FieldError } from '../../../platform/views/field-error.js';
import { classificationLabels } from './article-badges.js';
import type { ArticleFormValues, ImageChoice } from './article-form-values.js';
import { newsroomPagesText } from './newsroom-pages.vi.js';

const t = newsroomPagesText.fields;

interface FieldGroupProps {
  values: ArticleFormValues;
  errors: Record<string, string>;
}

/** The aria-describedby of a field: its hint, then its error message when it has one. */
const describedIn = (errors: Record<string, string>) => (id: string, hint?: string) => describedBy(errors, id, hint);

export function ContentFields({ values: v, errors: e }: FieldGroupProps) {
  const described = describedIn(e);
  return (
    <>
      <div>
        <label for="title">{t.title}</label>
        <input
          id="title"
          name="title"
          type="text"
          value={v.title}
          required
          maxlength={250}
          aria-invalid={e.title ? 'true' : undefined}
          aria-describedby={described('title')}
        />
        <FieldError id="title" text={e.title} />
      </div>
      <div>
        <label for="lead">{t.lead}</label>
        <textarea id="lead" name="lead" rows={3} maxlength={1000} aria-describedby={described('lead')}>
          {v.lead}
        </textarea>
        <FieldError id="lead" text={e.lead} />
      </div>
      <div>
        <label for="bodyHtml" id="bodyHtml-label">
          {t.body}
        </label>
        <textarea
          id="bodyHtml"
          name="bodyHtml"
          rows={20}
          data-rich-editor=""
          data-upload-url="/quan-tri/thu-vien-anh/tai-len"
          aria-describedby={described('bodyHtml', 'bodyHtml-hint')}
        >
          {v.bodyHtml}
        </textarea>
        <p class="hint" id="bodyHtml-hint">
          {t.bodyHint}
        </p>
        <FieldError id="bodyHtml" text={e.bodyHtml} />
      </div>
    </>
  );
}

export function PlacementFields(
  props: FieldGroupProps & { categories: Array<{ id: number; name: string }>; images: ImageChoice[] },
) {
  const { values: v, errors: e } = props;
  const described = describedIn(e);
  const selectedImage = props.images.find((i) => String(i.id) === v.featuredImageId);
  return (
    <div class="form-row">
      <div>
        <label for="categoryId">{t.category}</label>
        <select id="categoryId" name="categoryId" aria-describedby={described('categoryId')}>
          {props.categories.map((c) => (
            <option value={String(c.id)} selected={v.categoryId === String(c.id)}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError id="categoryId" text={e.categoryId} />
      </div>
      <div>
        <label for="featuredImageId">{t.featuredImage}</label>
        <select
          id="featuredImageId"
          name="featuredImageId"
          aria-describedby={described('featuredImageId', 'featuredImageId-hint')}
        >
          <option value="">{t.noImage}</option>
          {props.images.map((i) => (
            <option value={String(i.id)} selected={v.featuredImageId === String(i.id)}>
              {i.label}
            </option>
          ))}
        </select>
        <p class="hint" id="featuredImageId-hint">
          {t.featuredImageHint.before} <a href="/quan-tri/thu-vien-anh">{t.featuredImageHint.link}</a>{' '}
          {t.featuredImageHint.after}
        </p>
        <FieldError id="featuredImageId" text={e.featuredImageId} />
        {selectedImage ? (
          <img
            class="featured-preview"
            src={selectedImage.url}
            alt={t.currentImage(selectedImage.label)}
            loading="lazy"
          />
        ) : null}
      </div>
    </div>
  );
}

export function ClassificationField({ values: v, errors: e }: FieldGroupProps) {
  return (
    <div>
      <label for="classification">{t.classification}</label>
      <select
        id="classification"
        name="classification"
        aria-describedby={describedBy(e, 'classification', 'classification-hint')}
      >
        {(Object.keys(classificationLabels) as Classification[]).map((k) => (
          <option value={k} selected={v.classification === k}>
            {classificationLabels[k]}
          </option>
        ))}
      </select>
      <p class="hint" id="classification-hint">
        {t.classificationHint}
      </p>
      <FieldError id="classification" text={e.classification} />
    </div>
  );
}

export function EditorFields(props: FieldGroupProps & { writers?: Array<{ id: number; name: string }> }) {
  const { values: v, errors: e } = props;
  const described = describedIn(e);
  return (
    <fieldset>
      <legend>{t.editorsOnly}</legend>
      <div class="form-row">
        <div>
          <label for="byline">{t.byline}</label>
          <input
            id="byline"
            name="byline"
            type="text"
            value={v.byline}
            maxlength={120}
            aria-describedby={described('byline')}
          />
          <FieldError id="byline" text={e.byline} />
        </div>
        <div>
          <label for="authorId">{t.owner}</label>
          <select id="authorId" name="authorId" aria-describedby={described('authorId')}>
            {v.authorId === '' ? <option value="">{t.noOwner}</option> : null}
            {(props.writers ?? []).map((w) => (
              <option value={String(w.id)} selected={v.authorId === String(w.id)}>
                {w.name}
              </option>
            ))}
          </select>
          <FieldError id="authorId" text={e.authorId} />
        </div>
      </div>
      <div class="form-row">
        <div>
          <label for="publishAt">{t.publishAt}</label>
          <input
            id="publishAt"
            name="publishAt"
            type="datetime-local"
            value={v.publishAt}
            aria-describedby={described('publishAt', 'publishAt-hint')}
          />
          <p class="hint" id="publishAt-hint">
            {t.publishAtHint}
          </p>
          <FieldError id="publishAt" text={e.publishAt} />
        </div>
        <div>
          <label for="expiresAt">{t.expiresAt}</label>
          <input
            id="expiresAt"
            name="expiresAt"
            type="datetime-local"
            value={v.expiresAt}
            aria-describedby={described('expiresAt', 'expiresAt-hint')}
          />
          <p class="hint" id="expiresAt-hint">
            {t.expiresAtHint}
          </p>
          <FieldError id="expiresAt" text={e.expiresAt} />
        </div>
      </div>
      <div>
        <label class="checkbox">
          <input type="checkbox" name="featured" value="1" checked={v.featured} /> {t.featured}
        </label>
      </div>
    </fieldset>
  );
}
