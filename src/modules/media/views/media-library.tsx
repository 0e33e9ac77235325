import { formatDateTime, formatNumber } from '../../../platform/i18n/format.js';
import { Pagination } from '../../../platform/views/pagination.js';
import { formatFileSize } from '../../../platform/files/file-size.js';
import type { Media } from '../media.service.js';
import { mediaText } from '../media.vi.js';

const t = mediaText.library;

export const LIBRARY_PATH = '/quan-tri/thu-vien-anh';

/** Where the library's page `page` filtered by `q` lives. */
export function libraryHref(options: { q?: string; page?: number; flash?: string }): string {
  const params = new URLSearchParams();
  if (options.q) params.set('q', options.q);
  if (options.page && options.page > 1) params.set('trang', String(options.page));
  if (options.flash) params.set('tb', options.flash);
  const query = params.toString();
  return query ? `${LIBRARY_PATH}?${query}` : LIBRARY_PATH;
}

// Thumbnails keep the image's proportions inside this box; the width/height attributes reserve
// the space before the file arrives, so the grid does not jump while images load.
const THUMB_BOX = { width: 240, height: 180 };

export function thumbnailSize(media: { width: number; height: number }): { width: number; height: number } {
  const scale = Math.min(1, THUMB_BOX.width / media.width, THUMB_BOX.height / media.height);
  return { width: Math.max(1, Math.round(media.width * scale)), height: Math.max(1, Math.round(media.height * scale)) };
}

export interface LibraryProps {
  csrfToken: string;
  items: Media[];
  total: number;
  page: number;
  pages: number;
  q: string;
  maxSizeLabel: string;
  /** Images the signed-in user may describe and delete (contributors: their own). */
  mayChange: (media: Media) => boolean;
  upload?: { alt: string; error?: string };
}

export function MediaLibrary(props: LibraryProps) {
  return (
    <section>
      <h1 class="block-title">{t.title}</h1>
      <UploadForm
        csrfToken={props.csrfToken}
        maxSizeLabel={props.maxSizeLabel}
        alt={props.upload?.alt ?? ''}
        error={props.upload?.error}
      />
      <h2>{t.uploaded}</h2>
      <form method="get" action={LIBRARY_PATH} class="actions" role="search">
        <label for="media-q">{t.search}</label>
        <input id="media-q" name="q" type="search" value={props.q} maxlength={200} />
        <button type="submit" class="button">
          {t.filter}
        </button>
        {props.q ? <a href={LIBRARY_PATH}>{t.clearFilter}</a> : null}
      </form>
      <p class="hint">
        {props.q ? t.matching(formatNumber(props.total), props.q) : t.total(formatNumber(props.total))}
      </p>
      {props.items.length === 0 ? (
        <p>{props.q ? t.noMatch : t.empty}</p>
      ) : (
        <div class="cards">
          {props.items.map((media) => (
            <MediaCard
              media={media}
              csrfToken={props.csrfToken}
              mayChange={props.mayChange(media)}
              q={props.q}
              page={props.page}
            />
          ))}
        </div>
      )}
      <Pagination page={props.page} pages={props.pages} hrefFor={(n) => libraryHref({ q: props.q, page: n })} />
    </section>
  );
}

function UploadForm(props: { csrfToken: string; maxSizeLabel: string; alt: string; error?: string }) {
  return (
    <form method="post" action={`${LIBRARY_PATH}/tai-len`} enctype="multipart/form-data" class="form block">
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <div>
        <label for="upload-file">{t.file}</label>
        <input
          id="upload-file"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/gif,image/webp"
          required
          aria-describedby="upload-file-hint"
        />
        <p class="hint" id="upload-file-hint">
          {t.fileHint(props.maxSizeLabel)}
        </p>
        {props.error ? (
          <p class="field-error" role="alert">
            {props.error}
          </p>
        ) : null}
      </div>
      <div>
        <label for="upload-alt">{t.alt}</label>
        <input
          id="upload-alt"
          name="alt"
          type="text"
          value={props.alt}
          maxlength={300}
          aria-describedby="upload-alt-hint"
        />
        <p class="hint" id="upload-alt-hint">
          {t.altHint}
        </p>
      </div>
      <div>
        <button type="submit" class="button">
          {t.upload}
        </button>
      </div>
    </form>
  );
}

function MediaCard(props: { media: Media; csrfToken: string; mayChange: boolean; q: string; page: number }) {
  const { media } = props;
  const thumb = thumbnailSize(media);
  const back = (
    <>
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      {props.q ? <input type="hidden" name="q" value={props.q} /> : null}
      {props.page > 1 ? <input type="hidden" name="trang" value={String(props.page)} /> : null}
    </>
  );
  return (
    <article class="block" id={`anh-${media.id}`}>
      <figure>
        <a href={media.url}>
          <img
            src={media.url}
            width={thumb.width}
            height={thumb.height}
            alt={media.alt}
            loading="lazy"
            decoding="async"
          />
        </a>
        <figcaption>{media.alt ? media.alt : <em>{t.noAlt}</em>}</figcaption>
      </figure>
      <p class="meta">
        <strong>{media.originalName}</strong>
        <br />
        {formatNumber(media.width)} × {formatNumber(media.height)} px · {formatFileSize(media.bytes)}
        <br />
        {media.uploadedBy.name} · <time datetime={media.createdAt}>{formatDateTime(media.createdAt)}</time>
      </p>
      <div class="form">
        <div>
          <label for={`url-${media.id}`}>{t.address}</label>
          <input id={`url-${media.id}`} type="text" value={media.url} readonly />
        </div>
      </div>
      {props.mayChange ? (
        <>
          <form method="post" action={`${LIBRARY_PATH}/${media.id}`} class="form">
            {back}
            <div>
              <label for={`alt-${media.id}`}>{t.alt}</label>
              <input id={`alt-${media.id}`} name="alt" type="text" value={media.alt} maxlength={300} />
            </div>
            <div>
              <button type="submit" class="button">
                {t.saveAlt}
              </button>
            </div>
          </form>
          <form method="post" action={`${LIBRARY_PATH}/${media.id}/xoa`} class="form">
            {back}
            <div>
              <button type="submit" class="button button-secondary" aria-label={t.deleteNamed(media.originalName)}>
                {t.delete}
              </button>
            </div>
          </form>
        </>
      ) : null}
    </article>
  );
}
