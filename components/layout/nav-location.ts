/** Where the reader is, so the navigation can mark it (aria-current). */
export type NavLocation =
  | { kind: 'home' }
  /** exact: the section's own front page; otherwise a page inside it (an article, page 2). */
  | { kind: 'section'; sectionId: string; exact: boolean }
  | { kind: 'other' };

export type AriaCurrent = 'page' | 'true' | undefined;

export function homeCurrent(location: NavLocation): AriaCurrent {
  return location.kind === 'home' ? 'page' : undefined;
}

export function sectionCurrent(location: NavLocation, sectionId: string): AriaCurrent {
  if (location.kind !== 'section' || location.sectionId !== sectionId) return undefined;
  return location.exact ? 'page' : 'true';
}
