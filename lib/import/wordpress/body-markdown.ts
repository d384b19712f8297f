import type { Root as HastRoot } from 'hast';
import type { Paragraph, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { strings } from '../../strings';
import type { Note } from './body';
import { directiveHandlers } from './body-elements';

/**
 * A cleaned body's hast tree as Markdown's tree (rehype-remark, with Warta's embeds and galleries
 * as directives): directives that ended up inside a paragraph are lifted out of it, and raw HTML
 * and leftover shortcode or block markup are removed.
 */

const n = strings.wordpressImport.notes;

const toMdast = unified().use(rehypeRemark, { handlers: directiveHandlers });

export function toMarkdownTree(tree: HastRoot, note: Note): MdastRoot {
  const mdast = toMdast.runSync(tree) as MdastRoot;
  hoistBlocks(mdast);
  visit(mdast, (node, index, parent) => {
    if (node.type === 'html') {
      parent?.children.splice(index!, 1);
      return [SKIP, index!];
    }
    if (node.type === 'text') {
      const cleaned = withoutResidue(node.value);
      if (cleaned !== node.value) {
        note('dropped', n.residue);
        node.value = cleaned;
      }
    }
  });
  return mdast;
}

/**
 * Embeds and galleries are blocks: one that ended up inside a paragraph (a shortcode in a line of
 * text) splits the paragraph around it.
 */
function hoistBlocks(root: MdastRoot): void {
  const isDirective = (node: unknown): node is LeafDirective | ContainerDirective =>
    !!node &&
    typeof node === 'object' &&
    'type' in node &&
    (node.type === 'leafDirective' || node.type === 'containerDirective');
  visit(root, 'paragraph', (paragraph: Paragraph, index, parent) => {
    if (!parent || index === undefined || !paragraph.children.some(isDirective)) return;
    const out: RootContent[] = [];
    let run: PhrasingContent[] = [];
    const flush = () => {
      if (run.some((c) => c.type !== 'break' && toString(c).trim() !== ''))
        out.push({ type: 'paragraph', children: run });
      run = [];
    };
    for (const child of paragraph.children as unknown[]) {
      if (isDirective(child)) {
        flush();
        out.push(child);
      } else run.push(child as PhrasingContent);
    }
    flush();
    (parent.children as RootContent[]).splice(index, 1, ...out);
    return [SKIP, index + out.length];
  });
}

/** Shortcode brackets and block comments that survived as text (unbalanced, escaped). */
const RESIDUE =
  /<!--\s*\/?wp:[^>]*?(?:-->|$)|\[\/?(?:caption|wp_caption|gallery|embed|video|audio|playlist|vc_\w+|et_pb_\w+)\b[^\]]*\]?/gi;

function withoutResidue(value: string): string {
  return value.replace(RESIDUE, '');
}
