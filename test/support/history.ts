// The party history workspace for tests: the ids in a page, the demo book, a section made ready.
import type { TestApp } from './test-app.js';
import { DEMO_ACCOUNT } from './newsroom.js';
import type { Role } from '../../src/modules/accounts/index.js';

export async function actorOf(t: TestApp, role: Role) {
  const user = (await t.accounts.service.listUsers()).find((u) => u.email === DEMO_ACCOUNT[role])!;
  return { id: user.id, email: user.email, roles: user.roles };
}

/** A fresh book with one chapter and one section under it, the contributor appointed as its writer. */
export async function historyFixtures(t: TestApp) {
  const editor = await actorOf(t, 'editor');
  const contributor = await actorOf(t, 'contributor');
  const book = await t.history.createBook(editor, { title: 'Sách thử quyền', period: '', summary: '' });
  await t.history.appointWriter(editor, book, contributor.id);
  const chapter = await t.history.addSection(editor, book, { title: 'Chương thử', parentId: null });
  const section = await t.history.addSection(editor, book, { title: 'Mục thử', parentId: chapter });
  const source = await t.history.addSource(editor, section, {
    kind: 'archive',
    title: 'Hồ sơ thử',
    keptAt: '',
    reference: '',
    dated: '',
    givenBy: '',
  });
  return { editor, contributor, book, chapter, section, source };
}
