import type { Segment } from '@/lib/search';

/** Text with its matching runs in <mark>: React elements, so the text is always escaped. */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.match ? (
      <mark key={index} className="highlighted-text__mark">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
