import { storeRoute } from '@/lib/render/unavailable';
import { frontPageResponse } from '@/lib/render/pages/front';

// Scheduled articles reach the front page within five minutes of their publication time.
export const dynamic = 'force-static';
export const revalidate = 300;

export const GET = storeRoute(function GET() {
  return frontPageResponse();
});
