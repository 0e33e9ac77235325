// The small labels the newsroom's pages share: an article's status badge and its classification.
import { statusLabels } from '../article-policy.js';
import type { ArticleStatus, Classification } from '../articles.tables.js';

export const classificationLabels: Record<Classification, string> = {
  public: 'Công khai',
  internal: 'Nội bộ',
  secret: 'Mật',
};

export function StatusBadge(props: { status: ArticleStatus }) {
  return <span class={`badge badge-${props.status}`}>{statusLabels[props.status]}</span>;
}
