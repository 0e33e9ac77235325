// The files attached to a plan or a report: name (the download link) and size.
import { formatFileSize } from '../../../platform/files/file-size.js';

export interface AttachmentListItem {
  url: string;
  originalName: string;
  bytes: number;
}

export function AttachmentList(props: { items: readonly AttachmentListItem[] }) {
  if (props.items.length === 0) return null;
  return (
    <ul class="attachments">
      {props.items.map((item) => (
        <li>
          <a href={item.url}>{item.originalName}</a> <span class="meta">({formatFileSize(item.bytes)})</span>
        </li>
      ))}
    </ul>
  );
}
