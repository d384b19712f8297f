/** The post bodies: classic-editor HTML with shortcodes, and block-editor markup. */
import type { Generator } from './generator';
import { SITE } from './site';
import { HEADLINE_WORDS, PEOPLE, PLACES, QUOTES } from './words';

/** A classic-editor body: wpautop paragraphs (blank lines), shortcodes, bare URLs. */
export function classicBody(g: Generator): string {
  const parts: string[] = [];
  const paragraphs = g.int(3, 6);
  for (let i = 0; i < paragraphs; i++) {
    parts.push(g.paragraph());
    if (i === 1 && g.chance(0.35)) {
      const img = g.image();
      if (img)
        parts.push(
          `[caption id="attachment_${img.id}" align="aligncenter" width="800"]<img class="size-large wp-image-${img.id}" src="${img.url}" alt="" width="800" height="450" /> ${g.sentence()}[/caption]`,
        );
    }
    if (i === 3 && g.chance(0.12)) parts.push(`[gallery ids="${g.galleryIds().join(',')}"]`);
    if (i === 2 && g.chance(0.12)) parts.push(`[embed]${g.embedUrl()}[/embed]`);
    if (i === paragraphs - 1 && g.chance(0.1)) parts.push(g.embedUrl());
    if (i === 2 && g.chance(0.04))
      parts.push(
        `[video width="640" height="360" mp4="${SITE}/wp-content/uploads/2023/01/liputan-${g.int(1, 999)}.mp4"][/video]`,
      );
    if (i === paragraphs - 1 && g.chance(0.03))
      parts.push(
        `[audio mp3="${SITE}/wp-content/uploads/2023/02/wawancara-${g.int(1, 999)}.mp3"][/audio]`,
      );
    if (i === 3 && g.chance(0.05)) parts.push(`<blockquote>${g.quote()}</blockquote>`);
    if (i === 2 && g.chance(0.1))
      parts.push(`Baca juga: <a href="${SITE}/?p=${g.int(10, 9999)}">${g.title()}</a>`);
  }
  if (g.chance(0.1)) parts.splice(2, 0, '<!--more-->');
  return parts.join('\n\n');
}

/** A block-editor body: block comments around their HTML. */
export function blockBody(g: Generator): string {
  const parts: string[] = [];
  const p = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
  const blocks = g.int(3, 6);
  for (let i = 0; i < blocks; i++) {
    parts.push(p(g.paragraph()));
    if (i === 1 && g.chance(0.3)) {
      const img = g.image();
      if (img)
        parts.push(
          `<!-- wp:image {"id":${img.id},"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large"><img src="${img.url}" alt="${g.pick(HEADLINE_WORDS)}" class="wp-image-${img.id}"/><figcaption class="wp-element-caption">${g.sentence()}</figcaption></figure>\n<!-- /wp:image -->`,
        );
    }
    if (i === 2 && g.chance(0.25))
      parts.push(
        `<!-- wp:heading -->\n<h2 class="wp-block-heading">${g.title()}</h2>\n<!-- /wp:heading -->`,
      );
    if (i === 3 && g.chance(0.15)) {
      const items = Array.from(
        { length: g.int(3, 5) },
        () => `<!-- wp:list-item -->\n<li>${g.sentence()}</li>\n<!-- /wp:list-item -->`,
      );
      parts.push(
        `<!-- wp:list -->\n<ul class="wp-block-list">${items.join('\n')}</ul>\n<!-- /wp:list -->`,
      );
    }
    if (i === 4 && g.chance(0.12))
      parts.push(
        `<!-- wp:quote -->\n<blockquote class="wp-block-quote">${p(g.quote())}<cite>${g.pick(PEOPLE)}</cite></blockquote>\n<!-- /wp:quote -->`,
      );
    if (i === 2 && g.chance(0.06))
      parts.push(
        `<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>${g.pick(QUOTES)}.</p><cite>${g.pick(PEOPLE)}</cite></blockquote></figure>\n<!-- /wp:pullquote -->`,
      );
    if (i === 3 && g.chance(0.05)) {
      const rows = Array.from(
        { length: g.int(3, 6) },
        () =>
          `<tr><td>${g.pick(PLACES)}</td><td>${g.int(10, 9000)}</td><td>${g.int(1, 99)}%</td></tr>`,
      );
      parts.push(
        `<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>Daerah</th><th>Jumlah</th><th>Persen</th></tr></thead><tbody>${rows.join('')}</tbody></table></figure>\n<!-- /wp:table -->`,
      );
    }
    if (i === 4 && g.chance(0.1)) {
      const ids = g.galleryIds();
      const figures = ids.map(
        (id) =>
          `<!-- wp:image {"id":${id},"sizeSlug":"large"} -->\n<figure class="wp-block-image size-large"><img src="${SITE}/wp-content/uploads/2024/01/foto-${id}.jpg" alt="" data-id="${id}" class="wp-image-${id}"/></figure>\n<!-- /wp:image -->`,
      );
      parts.push(
        `<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-default is-cropped">${figures.join('\n')}</figure>\n<!-- /wp:gallery -->`,
      );
    }
    if (i === blocks - 1 && g.chance(0.14)) {
      const url = g.embedUrl();
      const provider = url.includes('youtube')
        ? 'youtube'
        : url.includes('x.com')
          ? 'twitter'
          : url.includes('instagram')
            ? 'instagram'
            : 'tiktok';
      const type = provider === 'youtube' ? 'video' : 'rich';
      parts.push(
        `<!-- wp:embed {"url":"${url}","type":"${type}","providerNameSlug":"${provider}","responsive":true} -->\n<figure class="wp-block-embed is-type-${type} is-provider-${provider} wp-block-embed-${provider}"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`,
      );
    }
    if (i === blocks - 2 && g.chance(0.03))
      parts.push(p(`[gallery ids="${g.galleryIds().join(',')}"]`));
  }
  return parts.join('\n\n');
}
