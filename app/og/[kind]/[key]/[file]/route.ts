import { storeRoute } from '@/lib/render/unavailable';
import { cacheControl } from '@/lib/http/cache-control';
import { notFoundResponse } from '@/lib/http/responses';
import { cardVersion, SHARE_IMAGE_TYPE } from '@/lib/seo/share-card';
import { prerenderedShareCards, resolveShareCard } from '@/lib/seo/share-image/cards';
import { renderShareImage } from '@/lib/seo/share-image/render';
import { routeTags } from '@/lib/publishing/tags/per-route';
import { tagRoute } from '@/lib/publishing/tags/attach';

/** Share images, /og/<kind>/<key>/<fingerprint>.png: drawn once, then cached for good. */
export const dynamic = 'force-static';

export async function generateStaticParams() {
  const cards = await prerenderedShareCards();
  return cards.map((card) => ({
    kind: card.kind,
    key: card.key,
    file: `${cardVersion(card)}.png`,
  }));
}

export const GET = storeRoute(async function GET(
  _request: Request,
  { params }: { params: Promise<{ kind: string; key: string; file: string }> },
) {
  const { kind, key, file } = await params;
  await tagRoute(routeTags.shareCard(kind, key));
  const card = await resolveShareCard(kind, key, file);
  if (!card) return notFoundResponse();
  const png = await renderShareImage(card);
  return new Response(new Uint8Array(png), {
    headers: { 'Content-Type': SHARE_IMAGE_TYPE, 'Cache-Control': cacheControl.fingerprinted },
  });
}, 'text');
