/** The WXR itself: the channel's header, and the attachment and post items. */
import { blockBody, classicBody } from './bodies';
import type { Generator } from './generator';
import { AUTHORS, CATEGORIES, SITE, TAGS } from './site';
import { HEADLINE_WORDS, PEOPLE, PLACES } from './words';

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const pad = (n: number) => String(n).padStart(2, '0');

function wpDate(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** An attachment item (an image uploaded in `month`), remembered for galleries. */
export function attachmentItem(
  g: Generator,
  parent: number,
  at: number,
): { id: number; xml: string } {
  const id = g.id();
  const d = new Date(at);
  const name = `${g.pick(HEADLINE_WORDS)}-${g.pick(PLACES).toLowerCase().replace(/ /g, '-')}-${id}`;
  const url = `${SITE}/wp-content/uploads/${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${name}.jpg`;
  g.remember(id, url);
  const credit = g.chance(0.5)
    ? `<wp:postmeta><wp:meta_key>${cdata('_media_credit')}</wp:meta_key><wp:meta_value>${cdata(`${g.pick(PEOPLE)}/Kabar Lama`)}</wp:meta_value></wp:postmeta>`
    : '';
  const xml = `\t<item>
\t\t<title>${cdata(name)}</title>
\t\t<link>${SITE}/?attachment_id=${id}</link>
\t\t<dc:creator>${cdata(g.pick(AUTHORS)[0]!)}</dc:creator>
\t\t<guid isPermaLink="false">${url}</guid>
\t\t<content:encoded>${cdata('')}</content:encoded>
\t\t<excerpt:encoded>${cdata(g.chance(0.6) ? g.sentence() : '')}</excerpt:encoded>
\t\t<wp:post_id>${id}</wp:post_id>
\t\t<wp:post_date>${cdata(wpDate(at + 7 * 3_600_000))}</wp:post_date>
\t\t<wp:post_date_gmt>${cdata(wpDate(at))}</wp:post_date_gmt>
\t\t<wp:post_name>${cdata(name)}</wp:post_name>
\t\t<wp:status>${cdata('inherit')}</wp:status>
\t\t<wp:post_parent>${parent}</wp:post_parent>
\t\t<wp:post_type>${cdata('attachment')}</wp:post_type>
\t\t<wp:attachment_url>${cdata(url)}</wp:attachment_url>
\t\t<wp:postmeta><wp:meta_key>${cdata('_wp_attached_file')}</wp:meta_key><wp:meta_value>${cdata(url.slice(url.indexOf('uploads/') + 8))}</wp:meta_value></wp:postmeta>
\t\t<wp:postmeta><wp:meta_key>${cdata('_wp_attachment_image_alt')}</wp:meta_key><wp:meta_value>${cdata(g.sentence().slice(0, 80))}</wp:meta_value></wp:postmeta>
${credit}\t</item>\n`;
  return { id, xml };
}

/** A post or page and, before it, its attachments. */
export function postItem(g: Generator, index: number, at: number): string {
  const postId = g.id();
  const page = g.chance(0.002);
  let xml = '';
  let thumbnail: number | undefined;
  if (!page && g.chance(0.65)) {
    const a = attachmentItem(g, postId, at);
    thumbnail = a.id;
    xml += a.xml;
    if (g.chance(0.05)) xml += attachmentItem(g, postId, at).xml;
  }
  const title = page ? `Halaman ${g.pick(HEADLINE_WORDS)} ${index}` : g.title();
  const slug = g.slug(title, postId);
  const roll = g.next();
  let status =
    roll < 0.9
      ? 'publish'
      : roll < 0.94
        ? 'draft'
        : roll < 0.955
          ? 'pending'
          : roll < 0.97
            ? 'private'
            : roll < 0.985
              ? 'future'
              : 'trash';
  if (page && status !== 'publish' && status !== 'draft') status = 'publish';
  const when = status === 'future' ? Date.UTC(2027, 0, 1) + index * 60_000 : at;
  const body = g.chance(0.45) ? classicBody(g) : blockBody(g);
  const author = g.pick(AUTHORS)[0]!;
  const terms: string[] = [];
  if (!page) {
    const cats = g.chance(0.3) ? 2 : 1;
    for (let c = 0; c < cats; c++) {
      const [nicename, name] = g.pick(CATEGORIES);
      terms.push(`<category domain="category" nicename="${nicename}">${cdata(name)}</category>`);
    }
    const tags = g.int(0, 5);
    for (let t = 0; t < tags; t++) {
      const n = Math.floor(g.next() ** 2 * TAGS);
      terms.push(
        `<category domain="post_tag" nicename="topik-${n}">${cdata(`Topik ${n}`)}</category>`,
      );
    }
  }
  const meta: [string, string][] = [['_edit_last', '1']];
  if (thumbnail) meta.push(['_thumbnail_id', String(thumbnail)]);
  if (g.chance(0.3)) meta.push(['_yoast_wpseo_metadesc', g.sentence()]);
  const password = status === 'publish' && g.chance(0.003) ? 'rahasia' : '';
  const link = page
    ? `${SITE}/${slug}/`
    : `${SITE}/${wpDate(when).slice(0, 7).replace('-', '/')}/${slug}/`;
  xml += `\t<item>
\t\t<title>${cdata(title)}</title>
\t\t<link>${link}</link>
\t\t<pubDate>${new Date(when).toUTCString().replace('GMT', '+0000')}</pubDate>
\t\t<dc:creator>${cdata(author)}</dc:creator>
\t\t<guid isPermaLink="false">${SITE}/?${page ? 'page_id' : 'p'}=${postId}</guid>
\t\t<description></description>
\t\t<content:encoded>${cdata(body)}</content:encoded>
\t\t<excerpt:encoded>${cdata(g.chance(0.3) ? g.sentence() : '')}</excerpt:encoded>
\t\t<wp:post_id>${postId}</wp:post_id>
\t\t<wp:post_date>${cdata(wpDate(when + 7 * 3_600_000))}</wp:post_date>
\t\t<wp:post_date_gmt>${cdata(status === 'draft' ? '0000-00-00 00:00:00' : wpDate(when))}</wp:post_date_gmt>
\t\t<wp:post_modified>${cdata(wpDate(when + 7 * 3_600_000 + (g.chance(0.2) ? 86_400_000 : 0)))}</wp:post_modified>
\t\t<wp:post_modified_gmt>${cdata(wpDate(when + (g.chance(0.2) ? 86_400_000 : 0)))}</wp:post_modified_gmt>
\t\t<wp:comment_status>${cdata('open')}</wp:comment_status>
\t\t<wp:ping_status>${cdata('open')}</wp:ping_status>
\t\t<wp:post_name>${cdata(slug)}</wp:post_name>
\t\t<wp:status>${cdata(status)}</wp:status>
\t\t<wp:post_parent>0</wp:post_parent>
\t\t<wp:menu_order>0</wp:menu_order>
\t\t<wp:post_type>${cdata(page ? 'page' : 'post')}</wp:post_type>
\t\t<wp:post_password>${cdata(password)}</wp:post_password>
\t\t<wp:is_sticky>0</wp:is_sticky>
${terms.map((t) => `\t\t${t}\n`).join('')}${meta.map(([k, v]) => `\t\t<wp:postmeta><wp:meta_key>${cdata(k)}</wp:meta_key><wp:meta_value>${cdata(v)}</wp:meta_value></wp:postmeta>\n`).join('')}\t</item>\n`;
  return xml;
}

export function header(): string {
  const authors = AUTHORS.map(
    ([login, name], i) =>
      `\t<wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login>${cdata(login!)}</wp:author_login><wp:author_email>${cdata(`${login}@kabar-lama.test`)}</wp:author_email><wp:author_display_name>${cdata(name!)}</wp:author_display_name><wp:author_first_name>${cdata(name!.split(' ')[0]!)}</wp:author_first_name><wp:author_last_name>${cdata(name!.split(' ').slice(1).join(' '))}</wp:author_last_name></wp:author>\n`,
  ).join('');
  const categories = CATEGORIES.map(
    ([slug, name], i) =>
      `\t<wp:category><wp:term_id>${i + 1}</wp:term_id><wp:category_nicename>${cdata(slug)}</wp:category_nicename><wp:category_parent>${cdata(slug === 'pekanbaru' ? 'riau' : '')}</wp:category_parent><wp:cat_name>${cdata(name)}</wp:cat_name></wp:category>\n`,
  ).join('');
  let tags = '';
  for (let n = 0; n < TAGS; n++)
    tags += `\t<wp:tag><wp:term_id>${100 + n}</wp:term_id><wp:tag_slug>${cdata(`topik-${n}`)}</wp:tag_slug><wp:tag_name>${cdata(`Topik ${n}`)}</wp:tag_name></wp:tag>\n`;
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!-- A synthetic export for Warta's import benchmark (scripts/bench/wordpress-export.ts). -->
<rss version="2.0"
\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>Kabar Lama</title>
\t<link>${SITE}</link>
\t<description>Berita Riau dan sekitarnya</description>
\t<pubDate>Tue, 24 Dec 2024 05:00:00 +0000</pubDate>
\t<language>id-ID</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>${SITE}</wp:base_site_url>
\t<wp:base_blog_url>${SITE}</wp:base_blog_url>
${authors}${categories}${tags}\t<generator>https://wordpress.org/?v=6.6</generator>
`;
}
