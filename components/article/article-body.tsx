/**
 * The body as lib/content rendered it: already sanitised (rehype-sanitize allow-list) when the
 * corpus was loaded, so it is inserted as is.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body__body" dangerouslySetInnerHTML={{ __html: html }} />;
}
