/**
 * Whether a form was sent from a page of this site: every change the desk accepts is checked
 * here first (with the session's form token, lib/desk/tokens.ts). Browsers send Sec-Fetch-Site
 * (it must say `same-origin`); one that does not must send an Origin whose host is the host the
 * request was made to, or the site's own. A request with neither is refused: every browser
 * sends at least Origin with a POST.
 */
export function fromThisSite(headers: Headers, siteOrigin?: string): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null) return fetchSite === 'same-origin';
  const origin = headers.get('origin');
  if (!origin || origin === 'null') return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (host === headers.get('host')) return true;
  if (!siteOrigin) return false;
  try {
    return new URL(origin).origin === new URL(siteOrigin).origin;
  } catch {
    return false;
  }
}
