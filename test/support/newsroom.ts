// Demo accounts by role, and articles made through the newsroom service as a contributor would:
// what the permission tables need to exercise every route on a record each role may touch.
import type { Role } from '../../src/modules/accounts/index.js';
import type { TestApp } from './test-app.js';

export const DEMO_PASSWORD = 'LaoCai-Demo-2026';

export const DEMO_ACCOUNT: Record<Role, string> = {
  admin: 'quantri@congtin.demo',
  editor: 'bientap@congtin.demo',
  contributor: 'congtacvien@congtin.demo',
  unit_reporter: 'donvi@congtin.demo',
  leader: 'lanhdao@congtin.demo',
};

export interface ContributorArticles {
  /** The contributor's own draft: every writer may open and save it, and it stays a draft. */
  article: number;
  revision: number;
  /** Drafts of the contributor that the submit and delete rows move along. */
  toSubmit: number;
  toDelete: number;
  /** For the editors-only steps (publish, reject, unpublish, restore). */
  editorial: number;
}

export async function writeContributorArticles(t: TestApp): Promise<ContributorArticles> {
  const contributor = (await t.accounts.service.listUsers()).find((u) => u.email === DEMO_ACCOUNT.contributor)!;
  const ctx = {
    actor: { id: contributor.id, name: contributor.name, email: contributor.email, roles: contributor.roles },
    requestId: crypto.randomUUID(),
  };
  const categoryId = (await t.articles.listCategories())[0]!.id;
  const draft = (title: string) => t.newsroom.create(ctx, { title, lead: '', bodyHtml: '<p>Nội dung</p>', categoryId });
  const article = await draft('Bài của cộng tác viên');
  const { revisions } = await t.newsroom.listRevisions(ctx, article.id);
  return {
    article: article.id,
    revision: revisions[0]!.id,
    toSubmit: (await draft('Bài để gửi duyệt')).id,
    toDelete: (await draft('Bài để xóa')).id,
    editorial: (await draft('Bài để biên tập viên xử lý')).id,
  };
}
