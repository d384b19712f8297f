/**
 * Embeds and galleries as hast, for the renderer (./render-markdown.ts). Pages render a facade:
 * the provider's name, the title and a plain link to the original, with no request to the
 * provider. client/enhance.js swaps in the player after a click, building its address from a
 * fixed template per provider.
 */
import type { Element, ElementContent } from 'hast';
import { strings } from '../strings';
import type { GalleryDirective } from './body-directives';
import { EMBED_PROVIDER_NAMES, type Embed } from './embed-urls';

const text = (value: string): ElementContent => ({ type: 'text', value });

/** A hast element (also used by the WordPress importer's body converter). */
export function element(
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element {
  return { type: 'element', tagName, properties, children };
}

/**
 * The facade a page shows for an embed: provider, title and a link to the original. The data
 * attributes are all client/enhance.js reads to build the player's address; the load button
 * stays hidden until that script reveals it.
 */
export function embedFacade(embed: Embed, title: string | undefined): Element {
  const name = EMBED_PROVIDER_NAMES[embed.provider];
  const words = strings.embed;
  return element(
    'figure',
    {
      className: ['embed', `embed--${embed.shape}`],
      dataEmbed: embed.provider,
      dataEmbedId: embed.id,
      ...(embed.kind ? { dataEmbedKind: embed.kind } : {}),
      ...(embed.start ? { dataEmbedStart: String(embed.start) } : {}),
      ...(embed.hash ? { dataEmbedHash: embed.hash } : {}),
    },
    [
      element('div', { className: ['embed__frame'] }, [
        element('p', { className: ['embed__provider'] }, [text(name)]),
        element('p', { className: ['embed__title'] }, [text(title ?? words.untitled(name))]),
        element('button', { type: 'button', className: ['embed__load'], hidden: true }, [
          text(words.load(name)),
        ]),
      ]),
      element('figcaption', { className: ['embed__caption'] }, [
        element('a', { href: embed.url }, [text(words.open(name))]),
      ]),
    ],
  );
}

/** An embed where no script runs (feeds): a paragraph linking the original. */
export function embedLink(embed: Embed, title: string | undefined): Element {
  const name = EMBED_PROVIDER_NAMES[embed.provider];
  return element('p', { className: ['embed-link'] }, [
    element('a', { href: embed.url }, [
      text(strings.embed.feedLink(name, title ?? strings.embed.untitled(name))),
    ]),
  ]);
}

/**
 * A gallery: a figure of figures, each photo with its caption and credit. Sizes make the images
 * reserve their boxes; the responsive sources are added after sanitising, like body images.
 */
export function galleryFigure(
  gallery: Pick<GalleryDirective, 'title' | 'photos'>,
  imageSize?: (src: string) => { width: number; height: number } | undefined,
): Element {
  const items = gallery.photos.map((photo) => {
    const size = imageSize?.(photo.src);
    const img = element(
      'img',
      {
        src: photo.src,
        alt: photo.alt,
        ...(size ?? {}),
        className: ['gallery__image'],
        loading: 'lazy',
        decoding: 'async',
      },
      [],
    );
    const caption: ElementContent[] = [];
    if (photo.caption) caption.push(text(photo.caption));
    if (photo.credit) {
      if (caption.length) caption.push(text(' '));
      caption.push(
        element('span', { className: ['gallery__credit'] }, [
          text(strings.photoCredit(photo.credit)),
        ]),
      );
    }
    return element(
      'figure',
      { className: ['gallery__item'] },
      caption.length ? [img, element('figcaption', {}, caption)] : [img],
    );
  });
  const heading = gallery.title
    ? [element('figcaption', { className: ['gallery__title'] }, [text(gallery.title)])]
    : [];
  return element(
    'figure',
    { className: ['gallery'], ...(gallery.title ? {} : { ariaLabel: strings.embed.galleryLabel }) },
    [...heading, ...items],
  );
}
