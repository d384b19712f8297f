/** Crawler notification settings from the environment; everything is off unless configured. */

function httpUrl(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** WARTA_WEBSUB_HUB: the hub the feeds advertise (rel="hub") and that is pinged on publish. */
export function websubHubUrl(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  return httpUrl(env.WARTA_WEBSUB_HUB);
}

/** IndexNow keys are 8–128 characters of letters, digits and dashes (indexnow.org). */
export const INDEXNOW_KEY = /^[A-Za-z0-9-]{8,128}$/;

/** WARTA_INDEXNOW_KEY: enables IndexNow; the key file is served at /<key>.txt. */
export function indexNowKey(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const key = env.WARTA_INDEXNOW_KEY?.trim();
  return key && INDEXNOW_KEY.test(key) ? key : undefined;
}

/**
 * The body of the IndexNow key file when `path` (a URL's segments) is `/<key>.txt` for the
 * configured key: the key itself (indexnow.org). Undefined for every other path, and always
 * when IndexNow is off.
 */
export function indexNowKeyFile(
  path: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const key = indexNowKey(env);
  return key && path.length === 1 && path[0] === `${key}.txt` ? key : undefined;
}

/** Where IndexNow submissions go (WARTA_INDEXNOW_ENDPOINT; any participating engine shares them). */
export function indexNowEndpoint(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  return httpUrl(env.WARTA_INDEXNOW_ENDPOINT) ?? 'https://api.indexnow.org/indexnow';
}
