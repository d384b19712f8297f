import { storeRoute } from '@/lib/render/unavailable';
import type { NextRequest } from 'next/server';
import { searchResponse } from '@/lib/render/pages/search';

// Answers per request: the results depend on the query string.
export const dynamic = 'force-dynamic';

export const GET = storeRoute(function GET(request: NextRequest) {
  return searchResponse(request.nextUrl.searchParams);
});
