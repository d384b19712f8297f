import { storeRoute } from '@/lib/render/unavailable';
import { listingRoute } from '@/lib/render/pages/listing';

// Rendered at build and kept static; re-rendered at most every five minutes, so scheduled
// articles join the list once their time has come. Unknown keys render on request (404).
export const dynamic = 'force-static';
export const dynamicParams = true;
export const revalidate = 300;

const listing = listingRoute('tag', 'later');

export const generateStaticParams = listing.generateStaticParams;
export const GET = storeRoute(listing.GET);
