/**
 * What a property test of rendered HTML looks for: everything in serialised HTML that could run
 * script (scriptableParts, below).
 */

const FORBIDDEN_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'form',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'noscript',
  'portal',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'cite',
  'background',
  'data',
]);
const SAFE_SCHEMES = /^(?:https?|mailto)$/i;

function decodeEntities(value: string): string {
  return value.replace(
    /&(#x[0-9a-f]+|#[0-9]+|amp|quot|lt|gt|apos|colon|tab|newline);?/gi,
    (all, ref: string) => {
      const lower = ref.toLowerCase();
      if (lower.startsWith('#x'))
        return String.fromCodePoint(parseInt(lower.slice(2), 16) % 0x110000);
      if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)) % 0x110000);
      const named: Record<string, string> = {
        amp: '&',
        quot: '"',
        lt: '<',
        gt: '>',
        apos: "'",
        colon: ':',
        tab: '\t',
        newline: '\n',
      };
      return named[lower] ?? all;
    },
  );
}

/**
 * Everything in serialised HTML that could run script: forbidden elements, event handler and
 * style attributes, URLs with a scheme other than http(s)/mailto (after the control characters
 * and whitespace a browser ignores), and any "<" that does not open a well-formed tag (text is
 * always escaped by the serialiser, so a stray one means markup leaked through).
 */
export function scriptableParts(html: string): string[] {
  const found: string[] = [];
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/?>/y;
  let at = html.indexOf('<');
  while (at !== -1) {
    tag.lastIndex = at;
    const match = tag.exec(html);
    if (!match) {
      found.push(`stray "<": ${html.slice(at, at + 30)}`);
      at = html.indexOf('<', at + 1);
      continue;
    }
    const name = match[2]!.toLowerCase();
    if (FORBIDDEN_TAGS.has(name)) found.push(`<${name}>`);
    for (const attribute of (match[3] ?? '').matchAll(/([^\s"'>/=]+)(?:="([^"]*)")?/g)) {
      const attr = attribute[1]!.toLowerCase();
      const value = decodeEntities(attribute[2] ?? '');
      if (attr.startsWith('on')) found.push(`${attr}=`);
      if (attr === 'style' || attr === 'srcdoc') found.push(attr);
      const urls =
        attr === 'srcset'
          ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
          : [value];
      if (URL_ATTRIBUTES.has(attr) || attr === 'srcset') {
        for (const url of urls) {
          const bare = url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
          const scheme = /^([^/?#]*?):/.exec(bare)?.[1];
          if (scheme !== undefined && !SAFE_SCHEMES.test(scheme)) found.push(`${attr}="${value}"`);
        }
      }
    }
    at = html.indexOf('<', tag.lastIndex);
  }
  return found;
}
