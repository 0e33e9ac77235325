// A hit sent from another site's page (hit.gif in an <img>, a fetch from a script) is not a reader
// of this site: it is answered but not counted. Browsers say where a request comes from in
// Sec-Fetch-Site, Referer and Origin; any one of them naming another site is enough. A request
// without them (an old browser, the address typed in) counts as before.

const OWN_SITE = new Set(['same-origin', 'none']);

/**
 * "This site" is SITE_URL's origin, or the host the request itself was sent to: a page read under
 * another name of this server (an address, a www. alias) is still this site, while a page
 * elsewhere that embeds the pixel names its own host in Referer, never ours.
 */
export function isFromAnotherSite(header: (name: string) => string | undefined, siteOrigin: string): boolean {
  const fetchSite = header('sec-fetch-site');
  if (fetchSite && !OWN_SITE.has(fetchSite.toLowerCase())) return true;
  const host = header('host');
  const referer = header('referer');
  if (referer && !isThisSite(referer, siteOrigin, host)) return true;
  // "null" comes from sandboxed or privacy-sensitive contexts; Sec-Fetch-Site speaks for those.
  const origin = header('origin');
  return !!origin && origin !== 'null' && !isThisSite(origin, siteOrigin, host);
}

function isThisSite(url: string, siteOrigin: string, host: string | undefined): boolean {
  // Nearly every hit comes from this site's own pages: a prefix test spares parsing a URL.
  if (url.startsWith(siteOrigin) && (url.length === siteOrigin.length || url[siteOrigin.length] === '/')) return true;
  try {
    const parsed = new URL(url);
    return parsed.origin === siteOrigin || (!!host && parsed.host === host.toLowerCase());
  } catch {
    return false;
  }
}
