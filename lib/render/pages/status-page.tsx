import type { Metadata } from 'next';
import { StatusView } from '@/components/pages/status-view';
import { routeTags } from '@/lib/publishing/route-tags';
import { tagRoute } from '@/lib/publishing/tag-route';
import { GATE_STATUSES, type GateStatus } from '@/lib/http/gate-statuses';
import { strings } from '@/lib/strings';
import { renderDocument, renderNotFound } from '../render-document';

/**
 * The documents of the answers the request gate gives before any page is looked up (lib/server):
 * 400 for a URL that cannot be read, 404 for one that cannot exist, 405 for a method a reader
 * page does not take. One document per status, rendered once and cached like any page, so a
 * flood of distinct garbage URLs costs no render and no cache entry of its own.
 */

export function statusPageParams(): { code: string }[] {
  return GATE_STATUSES.map((code) => ({ code: String(code) }));
}

const texts: Record<Exclude<GateStatus, 404>, { title: string; text: string }> = {
  400: { title: strings.badRequestTitle, text: strings.badRequestText },
  405: { title: strings.methodNotAllowedTitle, text: strings.methodNotAllowedText },
};

export async function statusPageResponse(code: string): Promise<Response> {
  // The header lists the sections: a publication that changes them renders these again.
  await tagRoute(routeTags.notFound());
  const status = Number(code) as GateStatus;
  if (status === 404 || !GATE_STATUSES.includes(status)) return renderNotFound();
  const { title, text } = texts[status];
  const metadata: Metadata = { title, robots: { index: false, follow: true } };
  // Rendered as 200: Next caches no 400 or 405 of a route handler, and would render this on
  // every request. The server sends it with its real status (lib/server/request-path.ts).
  return renderDocument({
    metadata,
    body: <StatusView code={status} title={title} text={[text]} />,
  });
}
