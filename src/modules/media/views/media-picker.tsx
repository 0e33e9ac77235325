import { formatDate } from '../../../platform/i18n/format.js';
import type { Media } from '../media.service.js';
import { thumbnailSize } from './media-library.js';
import { mediaText } from '../media.vi.js';

/**
 * Radio buttons to choose an article's featured image from recent uploads (or none), for the
 * article form: works without JavaScript, posts the media id as `name`.
 */
export function FeaturedImagePicker(props: {
  items: Media[];
  selectedId: number | null;
  name?: string;
  legend?: string;
}) {
  const name = props.name ?? 'featured_image_id';
  return (
    <fieldset>
      <legend>{props.legend ?? mediaText.picker.legend}</legend>
      <label class="checkbox">
        <input type="radio" name={name} value="" checked={props.selectedId === null} /> {mediaText.picker.none}
      </label>
      {props.items.map((media) => {
        const thumb = thumbnailSize({ width: media.width, height: media.height });
        return (
          <label class="checkbox">
            <input type="radio" name={name} value={String(media.id)} checked={props.selectedId === media.id} />
            <img
              src={media.url}
              width={Math.round(thumb.width / 3)}
              height={Math.round(thumb.height / 3)}
              alt=""
              loading="lazy"
            />
            <span>
              {media.alt || media.originalName} <small>({formatDate(media.createdAt)})</small>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
