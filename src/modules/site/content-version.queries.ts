// The content version (migration 029), read by every node to tell whether its shared blocks are current.
import type { Db } from '../../database.js';

export async function readContentVersion(db: Db): Promise<string> {
  const row = await db.selectFrom('content_version').select('version').where('id', '=', 1).executeTakeFirst();
  return String(row?.version ?? 0);
}
