import type { Element, ElementContent, Root, Text } from 'hast';

/**
 * WordPress's wpautop on a parsed tree: in classic-editor posts a blank line ends a paragraph and
 * a single line break is a <br>. Runs of inline content between block elements become
 * paragraphs; <pre> and what the importer made itself are left alone.
 */

export const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'dd',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'audio',
  'video',
  'iframe',
  'warta-embed',
  'warta-galeri',
]);

/** Containers whose loose inline content is wrapped in paragraphs. */
const FLOW_CONTAINERS = new Set(['blockquote', 'div', 'section', 'article', 'aside', 'main']);
/** Elements whose content is already a paragraph, preformatted, or the importer's own. */
const LEFT_ALONE = /^(?:p|pre|h[1-6]|warta-.*)$/;

const PARAGRAPH_BREAK = /\n[ \t\r\f\v]*\n\s*/;

export function autop(tree: Root): void {
  tree.children = wrap(tree.children as ElementContent[], true) as Root['children'];
}

function wrap(children: ElementContent[], flow: boolean): ElementContent[] {
  const out: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const paragraphs = splitParagraphs(run);
    run = [];
    const wrapped = flow || paragraphs.length > 1;
    for (const inline of paragraphs) {
      const lines = breakLines(inline);
      if (!lines.some((n) => n.type !== 'text' || n.value.trim() !== '')) continue;
      if (wrapped) out.push(element('p', trimEdges(lines)));
      else out.push(...lines);
    }
  };
  for (const child of children) {
    if (child.type === 'element' && BLOCK_ELEMENTS.has(child.tagName)) {
      flush();
      if (FLOW_CONTAINERS.has(child.tagName)) child.children = wrap(child.children, true);
      else if (!LEFT_ALONE.test(child.tagName)) child.children = wrap(child.children, false);
      out.push(child);
    } else if (child.type === 'comment') {
      flush();
      out.push(child);
    } else {
      run.push(child);
    }
  }
  flush();
  return out;
}

/** Splits a run of inline nodes at blank lines in its text. */
function splitParagraphs(run: ElementContent[]): ElementContent[][] {
  const paragraphs: ElementContent[][] = [[]];
  for (const node of run) {
    if (node.type !== 'text') {
      paragraphs.at(-1)!.push(node);
      continue;
    }
    const parts = node.value.split(PARAGRAPH_BREAK);
    parts.forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part) paragraphs.at(-1)!.push(text(part));
    });
  }
  return paragraphs;
}

/** Single line breaks in text become <br>, as wpautop does. */
function breakLines(inline: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of inline) {
    if (node.type !== 'text') {
      out.push(node);
      continue;
    }
    const lines = node.value.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (i > 0) out.push(element('br', []));
      if (line) out.push(text(line));
    });
  }
  return out;
}

/** No <br> or blank text at the edges of a paragraph. */
function trimEdges(nodes: ElementContent[]): ElementContent[] {
  const isBlank = (n: ElementContent | undefined) =>
    !!n && ((n.type === 'element' && n.tagName === 'br') || (n.type === 'text' && !n.value.trim()));
  let start = 0;
  let end = nodes.length;
  while (start < end && isBlank(nodes[start])) start += 1;
  while (end > start && isBlank(nodes[end - 1])) end -= 1;
  return nodes.slice(start, end);
}

function element(tagName: string, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: {}, children };
}

function text(value: string): Text {
  return { type: 'text', value };
}
