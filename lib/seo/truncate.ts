const ELLIPSIS = '…';

/**
 * Shortens text to at most `max` characters (ellipsis included), cutting at the last word
 * boundary so no word is split. Counts code points, so an emoji or accented letter is one.
 */
export function truncateAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  if (max < 2) return chars.slice(0, max).join('');
  const head = chars.slice(0, max - ELLIPSIS.length + 1).join('');
  const cut = head.lastIndexOf(' ');
  const base = cut > 0 ? head.slice(0, cut) : Array.from(head).slice(0, -1).join('');
  return `${base.replace(/[\s,.;:!?–—-]+$/u, '')}${ELLIPSIS}`;
}
