import type { Metadata } from 'next';
import { NotFoundView } from '@/components/pages/not-found-view';
import { strings } from '@/lib/strings';

export const metadata: Metadata = {
  title: strings.notFoundTitle,
  robots: { index: false, follow: true },
};

export default function NotFound() {
  return <NotFoundView />;
}
