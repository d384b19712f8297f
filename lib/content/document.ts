import type { Root as MdastRoot } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parseDocument as parseYamlDocument } from 'yaml';

/**
 * Markdown as authors write it: GFM plus the `::baca-juga{id=…}` read-also directive, and
 * `::embed{url=…}` and `:::galeri` (./body-directives.ts, docs/writing-embeds.md).
 */
const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkDirective);

export interface ParsedDocument {
  data: unknown;
  /** YAML syntax problems, each with its line in the file. Body positions are file lines too. */
  yamlErrors: { line: number; message: string }[];
  body: MdastRoot;
  /** The Markdown after the frontmatter, as written (what the store keeps). */
  bodySource: string;
}

/** Splits a content file into its YAML frontmatter (parsed, unvalidated) and its Markdown body. */
export function parseDocument(source: string): ParsedDocument {
  const tree = parser.parse(source);
  const first = tree.children[0];
  let data: unknown = {};
  let bodySource = source;
  const yamlErrors: ParsedDocument['yamlErrors'] = [];
  if (first?.type === 'yaml') {
    tree.children.shift();
    bodySource = source.slice(first.position?.end.offset ?? 0).replace(/^\r?\n/, '');
    // Errors only: the YAML library's warnings (unknown tags, odd keys) would go to the server's
    // stderr; what matters in a file is reported by the schema.
    const doc = parseYamlDocument(first.value, {
      uniqueKeys: true,
      prettyErrors: true,
      logLevel: 'error',
    });
    for (const error of doc.errors) {
      // The YAML starts on the file's second line, after the opening "---".
      const line = (error.linePos?.[0]?.line ?? 0) + 1;
      yamlErrors.push({ line, message: error.message.split('\n')[0] ?? error.message });
    }
    if (!yamlErrors.length) {
      // Aliases are resolved here: an unknown one, or an alias bomb, is a problem in the file.
      try {
        data = doc.toJS() ?? {};
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        yamlErrors.push({ line: 2, message: message.split('\n')[0] ?? message });
      }
    }
  }
  return { data, yamlErrors, body: tree, bodySource };
}
