export interface TagState {
  stale?: number;
  expired?: number;
}
export function tagVerdict(
  states: Array<TagState | undefined>,
  lastModified: number,
  now: number,
): 'fresh' | 'stale' | 'expired';
