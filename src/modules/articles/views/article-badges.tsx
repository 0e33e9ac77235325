// The small labels the newsroom's pages share: an article's status badge and its classification.
import { statusLabels } from '../article-policy.js';
import type { ArticleStatus, Classification } from '../articles.tables.js';
import { articlesText } from '../articles.vi.js';

export const classificationLabels: Record<Classification, string> = articlesText.classification;

export function StatusBadge(props: { status: ArticleStatus }) {
  return <span class={`badge badge-${props.status}`}>{statusLabels[props.status]}</span>;
}
