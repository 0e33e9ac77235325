// The demo articles' featured images: six illustrations drawn for congtin (src/demo/images/, CC0),
// put in the media library on the demo's first start like any upload, with the resized copies that
// scripts/render-demo-images.ts made ahead of time. Nothing is fetched from the network.
import { readFile } from 'node:fs/promises';
import type { ArticlesService } from '../modules/articles/index.js';
import { type MediaService, plannedWidths } from '../modules/media/index.js';
import { type DemoImageName, demoImageAlts } from './demo-images.vi.js';

const folder = new URL('./images/', import.meta.url);
const read = (file: string) => readFile(new URL(file, folder));

// Two pictures per category, taking turns down its list of articles.
const PICTURES_BY_CATEGORY: Record<string, [DemoImageName, DemoImageName]> = {
  'tin-hoat-dong': ['meeting-hall', 'mountains'],
  'xay-dung-dang': ['flags', 'meeting-hall'],
  'hoc-tap-va-lam-theo-bac': ['books', 'terraces'],
  'tuyen-truyen': ['loudspeaker', 'books'],
  'van-hoa-xa-hoi': ['terraces', 'mountains'],
};

// Every seventh article has no picture: the lists must look right either way.
const WITHOUT_PICTURE_EVERY = 7;

async function uploadDemoImage(media: MediaService, name: DemoImageName, uploadedBy: number): Promise<number> {
  const data = await read(`${name}.jpg`);
  const input = { data, fileName: `${name}.jpg`, alt: demoImageAlts[name], uploadedBy };
  // The JPEGs are 1200 px wide (see the script); their copies are named as the media module plans.
  const premade = {
    widths: plannedWidths(1200),
    fallback: 'jpg' as const,
    read: (width: number, format: string) => read(`${name}-${width}.${format}`),
  };
  return (await media.uploadWithVariants(input, premade)).id;
}

/** Uploads the illustrations and gives most demo articles one; the first start only. */
export async function seedDemoImages(deps: {
  media: MediaService;
  articles: ArticlesService;
  uploadedBy: number;
}): Promise<void> {
  const ids = new Map<DemoImageName, number>();
  for (const name of Object.keys(demoImageAlts) as DemoImageName[])
    ids.set(name, await uploadDemoImage(deps.media, name, deps.uploadedBy));
  const seen = new Map<string, number>();
  for (const article of await deps.articles.listLatest({ limit: 500 })) {
    const pictures = PICTURES_BY_CATEGORY[article.category.slug];
    const n = seen.get(article.category.slug) ?? 0;
    seen.set(article.category.slug, n + 1);
    if (!pictures || n % WITHOUT_PICTURE_EVERY === WITHOUT_PICTURE_EVERY - 1) continue;
    await deps.articles.setFeaturedImage(article.id, ids.get(pictures[n % 2 === 0 ? 0 : 1])!);
  }
}
