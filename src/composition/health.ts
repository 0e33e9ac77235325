// GET /healthz: is the database reachable and writable, and can the folders congtin writes to take
// a file? 200 when all are; 503 naming the part that is not, so an operator (or a load balancer)
// knows what to fix. Every call asks afresh: the answer is "ok" again as soon as the cause is gone.
import path from 'node:path';
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ApiDocs } from '../platform/http/api-docs.js';
import { mountApiRoute } from '../platform/http/api-route.js';
import { checkDatabase } from '../platform/db/health.js';
import { checkFolders } from '../platform/files/writable.js';
import { appText } from '../app.vi.js';
import type { Basics } from './content.js';

const dialectSchema = z.enum(['sqlite', 'postgres']);

// The 200 body keeps its first shape ({status, database: {dialect, status}}) and adds `files`.
const healthySchema = z.object({
  status: z.literal('ok'),
  database: z.object({ dialect: dialectSchema, status: z.literal('ok') }),
  files: z.object({ status: z.literal('ok') }),
});

const unhealthySchema = z.object({
  status: z.literal('error'),
  database: z.object({ dialect: dialectSchema, status: z.enum(['ok', 'unreachable', 'read-only']) }),
  files: z.object({ status: z.enum(['ok', 'not-writable', 'disk-full']) }),
});

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** The folders under DATA_DIR that uploads, attachments, documents and SQLite write to. */
export const writtenFolders = (dataDir: string) =>
  [dataDir, 'uploads', 'attachments', 'documents'].map((f) => path.resolve(dataDir, f));

export function mountHealthCheck(app: Hono, { basics }: { basics: Basics }, docs: ApiDocs) {
  const { db, dialect, logger, config } = basics;
  const folders = writtenFolders(config.dataDir);
  const route = {
    method: 'get',
    path: '/healthz',
    summary: appText.health.summary,
    responses: {
      200: json(healthySchema, appText.health.ok),
      503: json(unhealthySchema, appText.health.failing),
    },
  } as const;
  mountApiRoute(app, docs, route, async (c) => {
    const [database, folderProblem] = await Promise.all([checkDatabase(db, dialect), checkFolders(folders)]);
    const files = folderProblem?.status ?? 'ok';
    const headers = { 'Cache-Control': 'no-store' };
    if (database === 'ok' && files === 'ok')
      return c.json({ status: 'ok', database: { dialect, status: 'ok' }, files: { status: 'ok' } }, 200, headers);
    logger.warn({ database, files, folder: folderProblem?.folder, code: folderProblem?.code }, 'health check failed');
    return c.json({ status: 'error', database: { dialect, status: database }, files: { status: files } }, 503, headers);
  });
}
