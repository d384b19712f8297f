/**
 * The current instant, the one clock of the site. Three modes, chosen by the environment:
 * - nothing set: the machine's clock;
 * - WARTA_NOW (an ISO 8601 instant): a fixed moment, so publishing rules, "latest" lists and the
 *   Google News sitemap can be built and tested at a chosen moment;
 * - WARTA_NOW and WARTA_CLOCK_START (a real ISO 8601 instant): the clock read WARTA_NOW at
 *   WARTA_CLOCK_START and runs from there at real speed, so a scheduled article goes live by
 *   itself in a test. Every process given the same two values agrees on the time, and a restart
 *   does not set it back.
 */
export function now(env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const fixed = env.WARTA_NOW?.trim();
  if (!fixed) return new Date();
  const start = parseInstant('WARTA_NOW', fixed);
  const running = env.WARTA_CLOCK_START?.trim();
  if (!running) return start;
  const since = parseInstant('WARTA_CLOCK_START', running);
  return new Date(start.getTime() + (Date.now() - since.getTime()));
}

function parseInstant(name: string, value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`${name} is not a valid ISO 8601 instant: "${value}"`);
  }
  return date;
}

/** A moment after every publication time (queries that must see scheduled articles too). */
export const END_OF_TIME = new Date('9999-12-31T23:59:59.999Z');
