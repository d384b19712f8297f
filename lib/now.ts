/**
 * The current instant. WARTA_NOW (an ISO 8601 instant) fixes it, so that publishing rules,
 * "latest" lists and the Google News sitemap can be built and tested at a chosen moment.
 */
export function now(): Date {
  const fixed = process.env.WARTA_NOW?.trim();
  if (!fixed) return new Date();
  const date = new Date(fixed);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`WARTA_NOW is not a valid ISO 8601 instant: "${fixed}"`);
  }
  return date;
}
