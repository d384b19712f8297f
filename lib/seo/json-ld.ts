import type { Graph, Thing, WithContext } from 'schema-dts';

export type JsonLd = WithContext<Thing> | Graph;

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify escapes quotes; the
 * characters an HTML parser or an old JS engine would act on are escaped as \uXXXX, so a
 * headline containing "</script>" stays inside the element and JSON.parse still round-trips.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => UNSAFE_IN_SCRIPT[ch] ?? ch);
}
