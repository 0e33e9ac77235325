// Moving in: the import (run by scripts/import.ts through createApp) and the old site's addresses,
// answered with a 301 before congtin's own 404 (mounted first by composition/http.tsx).
import type { Hono } from 'hono';
import {
  type ImportProgress,
  type ImportReport,
  type ImportSource,
  importsText,
  mountLegacyRedirects,
  runImport,
} from '../modules/imports/index.js';
import type { Basics, Content } from './content.js';
import type { People } from './people.js';

/** The account the copied images are filed under: the one named, else the first enabled admin. */
async function findUploader(people: People, email: string | undefined): Promise<number> {
  const users = (await people.accounts.service.listUsers()).filter((u) => !u.disabled);
  if (email !== undefined) {
    const wanted = email.normalize('NFC').toLowerCase();
    const user = users.find((u) => u.email === wanted);
    if (!user) throw new Error(importsText.cli.uploaderNotFound(wanted));
    return user.id;
  }
  const admin = users.find((u) => u.roles.includes('admin'));
  if (!admin) throw new Error(importsText.cli.noUploader);
  return admin.id;
}

export function buildImports(basics: Basics, content: Content, people: People) {
  const { db, clock } = basics;
  return {
    mountFirst(app: Hono) {
      mountLegacyRedirects(app, { db, clock });
    },
    async run(
      source: ImportSource,
      options: { uploaderEmail?: string; progress?: (p: ImportProgress) => void } = {},
    ): Promise<ImportReport> {
      const deps = {
        db,
        clock,
        work: content.work,
        media: content.media,
        uploadedBy: await findUploader(people, options.uploaderEmail),
        listCategories: () => content.articles.listCategories(),
        onContentChanged: content.onContentChanged,
      };
      return runImport(source, deps, options.progress);
    },
  };
}

export type Imports = ReturnType<typeof buildImports>;
