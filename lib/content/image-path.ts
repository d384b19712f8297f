/**
 * Whether an image path as written in content could step out of its folder: a "." or ".."
 * segment, written plainly or percent-encoded ("%2e%2e"), an encoded slash or backslash, or a
 * backslash or NUL anywhere. Such paths are refused when content is checked (schema.ts,
 * body-check.ts, body-directives.ts); paths.ts's publicImageFile checks the resolved file as well.
 */
export function imagePathEscapes(src: string): boolean {
  if (/[\\\0]/.test(src) || /%(?:2f|5c|00)/i.test(src)) return true;
  return src.split('/').some((segment) => {
    const decoded = segment.replace(/%2e/gi, '.');
    return decoded === '.' || decoded === '..';
  });
}
