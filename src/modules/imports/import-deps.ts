// What an import needs from the rest of congtin, handed in by the composition root (composition/imports.tsx).
import type { Clock } from '../../platform/clock.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import type { Db } from '../../database.js';
import type { MediaService } from '../media/index.js';

export interface ImportDeps {
  db: Db;
  clock: Clock;
  /** Long bodies are parsed and sanitised here, off the event loop. */
  work: WorkPool;
  media: Pick<MediaService, 'upload' | 'findById' | 'maxBytes'>;
  /** The account the copied images are filed under (the media library names an uploader). */
  uploadedBy: number;
  /** The categories congtin already has: an imported one with the same name (folded) joins it. */
  listCategories: () => Promise<Array<{ id: number; name: string }>>;
  /** Pages show the new articles (the page cache is emptied). */
  onContentChanged: () => void;
}
