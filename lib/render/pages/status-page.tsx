import type { Metadata } from 'next';
import { StatusView } from '@/components/pages/status-view';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';
import { GATE_STATUSES, type GateStatus } from '@/lib/http/gate-statuses';
import { strings } from '@/lib/strings';
import { notFoundBody, notFoundMetadata, renderDocument } from '../render-document';

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
  // Rendered as 200: Next keeps no 4xx of a route handler in its cache, and would render these on
  // every request. The server sends each with its real status (lib/server/request-path.ts).
  if (status === 404 || !GATE_STATUSES.includes(status)) {
    return renderDocument({ metadata: notFoundMetadata, body: notFoundBody() });
  }
  const { title, text } = texts[status];
  const metadata: Metadata = { title, robots: { index: false, follow: true } };
  return renderDocument({
    metadata,
    body: <StatusView code={status} title={title} text={[text]} />,
  });
}
