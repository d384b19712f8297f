import type { NextRequest } from 'next/server';
import { searchResponse } from '@/lib/render/pages/search';

// Answers per request: the results depend on the query string.
export const dynamic = 'force-dynamic';

export function GET(request: NextRequest) {
  return searchResponse(request.nextUrl.searchParams);
}
