// The search page's words for results that are not articles (briefs, events, documents).
import type { ListedKind } from '../../platform/content/listed-content.js';

export const searchText = {
  otherKindsTitle: 'Điểm tin, sự kiện và văn bản',
  kindLabels: {
    brief: 'Điểm tin',
    event: 'Sự kiện',
    document: 'Văn bản',
  } satisfies Record<ListedKind, string>,
  otherCount: (n: string) => `Tìm thấy ${n} mục điểm tin, sự kiện hoặc văn bản.`,
  noArticleButOthers: 'Không có bài viết nào phù hợp, nhưng có các mục dưới đây.',
};
