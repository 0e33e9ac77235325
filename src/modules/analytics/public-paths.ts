// Which beacon paths are visits. The beacon takes any path a client sends, so the path is reduced
// to the page it names (query and fragment dropped, percent-encoding decoded, NFC, no trailing
// slash) and counted only when it has the shape of a public page in DESIGN.md's URL list. One
// page, one spelling: `?v=1…50`, `/x/` or `%78` cannot pass for fifty different pages.
// Pure string work: it runs on every hit.

export interface CountedPage {
  /** The page in its one spelling; what "a reload of the same page" compares. */
  path: string;
  /** Set for /tin-tuc/:slug; the hit counts only if a published public article has this slug. */
  articleSlug?: string;
}

// Slugs are made by slugify(): folded ASCII letters, digits and hyphens.
const SLUG = '[a-z0-9-]{1,200}';
const FIXED_PAGES = new Set([
  '/',
  '/tim-kiem',
  '/diem-tin',
  '/van-ban',
  '/su-kien',
  '/gioi-thieu',
  '/lien-he',
  '/thong-ke',
  '/so-do-trang',
  '/en',
]);
const ARTICLE = new RegExp(`^/tin-tuc/(${SLUG})$`);
const SHAPES = [
  new RegExp(`^/chuyen-muc/${SLUG}$`),
  /^\/diem-tin\/\d{4}-\d{2}-\d{2}$/,
  new RegExp(`^/su-kien/${SLUG}$`),
  new RegExp(`^/van-ban/${SLUG}$`),
  new RegExp(`^/en(?:/${SLUG}){1,2}$`),
];

/** The public page a beacon path names, or undefined when the path is not a public page. */
export function countedPageOf(rawPath: string): CountedPage | undefined {
  const path = spellingOf(rawPath);
  if (path === undefined) return undefined;
  if (FIXED_PAGES.has(path)) return { path };
  const article = ARTICLE.exec(path);
  if (article) return { path, articleSlug: article[1]! };
  return SHAPES.some((shape) => shape.test(path)) ? { path } : undefined;
}

/** The path without query or fragment, decoded, NFC, without trailing slashes; undefined if malformed. */
function spellingOf(rawPath: string): string | undefined {
  const end = rawPath.search(/[?#]/);
  let path = end === -1 ? rawPath : rawPath.slice(0, end);
  if (path.includes('%')) {
    const segments = path.split('/');
    for (let i = 0; i < segments.length; i++) {
      const decoded = decodeSegment(segments[i]!);
      // An encoded "/" would turn one segment into two: no page is spelled that way.
      if (decoded === undefined || decoded.includes('/')) return undefined;
      segments[i] = decoded;
    }
    path = segments.join('/');
  }
  // Only non-ASCII text can change under NFC; skipping it keeps the common path cheap.
  if (/[^\x00-\x7f]/.test(path)) path = path.normalize('NFC');
  if (!path.startsWith('/')) return undefined;
  return path.replace(/\/+$/, '') || '/';
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const CACHE_SIZE = 5000;
// Beacon paths may be 2 KB: longer ones are rare in honest traffic and are not kept.
const CACHED_PATH_LENGTH = 256;

/**
 * countedPageOf with a memory: most hits name a few hundred popular paths. Emptied when full, so
 * a flood of distinct paths costs no more than no cache at all.
 */
export function createCountedPages(): (rawPath: string) => CountedPage | undefined {
  const cache = new Map<string, CountedPage | null>();
  return (rawPath) => {
    if (rawPath.length > CACHED_PATH_LENGTH) return countedPageOf(rawPath);
    let page = cache.get(rawPath);
    if (page === undefined) {
      if (cache.size >= CACHE_SIZE) cache.clear();
      page = countedPageOf(rawPath) ?? null;
      cache.set(rawPath, page);
    }
    return page ?? undefined;
  };
}
