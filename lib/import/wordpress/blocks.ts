import type { ElementContent, Root, RootContent } from 'hast';

/**
 * Gutenberg's block markup: each block is delimited by comments in the post's HTML,
 * `<!-- wp:name {"json":"attributes"} -->` … `<!-- /wp:name -->`, or is one self-closing comment
 * `<!-- wp:name {…} /-->` (a dynamic block drawn by PHP). Blocks nest inside their parent's HTML,
 * so the comments of one block are siblings in the parsed tree.
 */

export interface BlockComment {
  /** Without the "core/" prefix: "paragraph", "embed", "jetpack/slideshow". */
  name: string;
  attrs: Record<string, unknown>;
  closing: boolean;
  selfClosing: boolean;
}

const BLOCK_COMMENT =
  /^\s*(\/)?wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)\s*(\{[\s\S]*\})?\s*(\/)?\s*$/;

export function readBlockComment(value: string): BlockComment | undefined {
  const match = BLOCK_COMMENT.exec(value);
  if (!match) return undefined;
  const [, closing, rawName = '', json, selfClosing] = match;
  let attrs: Record<string, unknown> = {};
  if (json) {
    try {
      const parsed: unknown = JSON.parse(json);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        attrs = parsed as Record<string, unknown>;
    } catch {
      attrs = {};
    }
  }
  return {
    name: rawName.replace(/^core\//, ''),
    attrs,
    closing: !!closing,
    selfClosing: !!selfClosing,
  };
}

/** Whether an HTML text holds block markup (otherwise it is classic-editor HTML). */
export function hasBlocks(html: string): boolean {
  return /<!--\s*wp:[a-z]/.test(html);
}

/**
 * What to put in place of a block: its content (already transformed), something else, or
 * nothing. `content` is empty for a self-closing block.
 */
export type BlockHandler = (block: BlockComment, content: ElementContent[]) => ElementContent[];

/** Replaces every block in the tree by what `handle` makes of it; stray block comments go. */
export function transformBlocks(tree: Root, handle: BlockHandler): void {
  tree.children = transform(tree.children as ElementContent[], handle) as RootContent[];
}

function transform(children: ElementContent[], handle: BlockHandler): ElementContent[] {
  const out: ElementContent[] = [];
  for (let i = 0; i < children.length; i += 1) {
    const node = children[i]!;
    if (node.type === 'element') {
      node.children = transform(node.children, handle);
      out.push(node);
      continue;
    }
    const block = node.type === 'comment' ? readBlockComment(node.value) : undefined;
    if (!block) {
      out.push(node);
      continue;
    }
    if (block.closing) continue;
    if (block.selfClosing) {
      out.push(...handle(block, []));
      continue;
    }
    const end = matchingClose(children, i, block.name);
    if (end < 0) {
      // An opening comment without its end: its content stays where it is.
      continue;
    }
    const content = transform(children.slice(i + 1, end), handle);
    out.push(...handle(block, content));
    i = end;
  }
  return out;
}

function matchingClose(children: ElementContent[], from: number, name: string): number {
  let depth = 0;
  for (let j = from + 1; j < children.length; j += 1) {
    const node = children[j]!;
    if (node.type !== 'comment') continue;
    const block = readBlockComment(node.value);
    if (!block || block.name !== name || block.selfClosing) continue;
    if (!block.closing) depth += 1;
    else if (depth === 0) return j;
    else depth -= 1;
  }
  return -1;
}
