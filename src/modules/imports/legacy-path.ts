// One spelling for an old address, used when it is recorded and when a request asks for it, so
// "/2023/05/Chao-Mung/", "/2023/05/chao-mung" and "/2023/05/ch%C3%A0o-m%E1%BB%ABng" (with its NFD
// twin) meet. Only the path and query count: the host may be the old domain, the new one, or none.
// Trailing slashes, percent-encoding, letter case and the order of query parameters are not
// meaningful on the sites we move from (WordPress and NukeViet answer them all alike).

// Anything longer is no address a site of ours ever had; it is not looked up.
export const MAX_LEGACY_PATH_LENGTH = 2000;

// Campaign tags and click ids: added by others to links, never part of the page's address.
const IGNORED_PARAMS = /^(utm_[a-z]+|fbclid|gclid|zarsrc)$/;

function decodePiece(piece: string): string {
  try {
    return decodeURIComponent(piece);
  } catch {
    // A broken escape ("%E1%BB") is kept as written: it still has one spelling.
    return piece;
  }
}

/** A piece of a path or query, decoded, NFC, lower case, then encoded the one way. */
function canonicalPiece(piece: string): string {
  return encodeURIComponent(decodePiece(piece).normalize('NFC').toLowerCase());
}

function canonicalPath(path: string): string {
  const segments = path.split('/').filter((s) => s !== '');
  const joined = `/${segments.map(canonicalPiece).join('/')}`;
  // "/index.php?p=5" is "/?p=5" on both WordPress and NukeViet.
  return joined === '/index.php' ? '/' : joined;
}

function canonicalQuery(query: string): string {
  const pairs: Array<[string, string]> = [];
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? '' : part.slice(eq + 1);
    const key = canonicalPiece(rawKey.replace(/\+/g, ' '));
    if (key === '' || IGNORED_PARAMS.test(key)) continue;
    pairs.push([key, canonicalPiece(rawValue.replace(/\+/g, ' '))]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&');
}

/**
 * "https://old.site/2023/05/Xin-Chao/?utm_source=x#top" → "/2023/05/xin-chao"; "/?p=123" →
 * "/?p=123"; "/index.php?nv=news&language=vi" → "/?language=vi&nv=news". Undefined for what is
 * no address at all (empty, another scheme, too long).
 */
export function normalizeLegacyPath(address: string): string | undefined {
  let rest = address.trim();
  if (rest === '' || rest.length > MAX_LEGACY_PATH_LENGTH) return undefined;
  const hash = rest.indexOf('#');
  if (hash !== -1) rest = rest.slice(0, hash);
  // Only a full URL names a host; "//x" is a path here (a request line's "//2023//05/" is one).
  const origin = /^https?:\/\/[^/?#]*/i.exec(rest);
  if (origin) rest = rest.slice(origin[0].length);
  else if (/^[a-z][a-z0-9+.-]*:/i.test(rest)) return undefined;
  const question = rest.indexOf('?');
  const path = canonicalPath(question === -1 ? rest : rest.slice(0, question));
  const query = question === -1 ? '' : canonicalQuery(rest.slice(question + 1));
  const normalized = query === '' ? path : `${path}?${query}`;
  return normalized.length > MAX_LEGACY_PATH_LENGTH ? undefined : normalized;
}
