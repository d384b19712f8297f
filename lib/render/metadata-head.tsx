import type { Metadata, Viewport } from 'next';
import { siteConfig } from '@/lib/site-config';

/**
 * The head elements for a Metadata object built by lib/seo/metadata.ts, for documents rendered
 * outside Next's page renderer (lib/render). Only the subset those builders produce: title,
 * description, authors, canonical and feed alternates, robots, Open Graph (with article:*),
 * Twitter; plus the viewport's theme colours.
 */

type Robots = Exclude<Metadata['robots'], string | null | undefined>;
type OpenGraph = NonNullable<Metadata['openGraph']>;
type OgImage = {
  url: string | URL;
  width?: number | string;
  height?: number | string;
  alt?: string;
  type?: string;
};

type AlternateLink = string | URL | { url: string | URL; title?: string };

const list = <T,>(value: T | T[] | null | undefined): T[] =>
  value == null ? [] : Array.isArray(value) ? value : [value];

const href = (url: string | URL): string => new URL(url, siteConfig.url).href;

export function documentTitle(title: Metadata['title']): string {
  if (title == null) return siteConfig.name;
  if (typeof title === 'string') return `${title} - ${siteConfig.name}`;
  if ('absolute' in title) return title.absolute;
  return title.default;
}

export function robotsContent(robots: Metadata['robots']): string | undefined {
  if (robots == null) return undefined;
  if (typeof robots === 'string') return robots;
  const r: Robots = robots;
  const parts: string[] = [];
  if (r.index !== undefined) parts.push(r.index ? 'index' : 'noindex');
  if (r.follow !== undefined) parts.push(r.follow ? 'follow' : 'nofollow');
  if (r['max-image-preview']) parts.push(`max-image-preview:${r['max-image-preview']}`);
  return parts.join(', ');
}

function Property({ name, content }: { name: string; content: unknown }) {
  return content == null || content === '' ? null : (
    <meta property={name} content={String(content)} />
  );
}

function OpenGraphTags({ og }: { og: OpenGraph }) {
  const article = 'type' in og && og.type === 'article' ? og : undefined;
  return (
    <>
      <Property name="og:title" content={og.title && String(og.title)} />
      <Property name="og:description" content={og.description} />
      <Property name="og:url" content={og.url && href(og.url)} />
      <Property name="og:site_name" content={og.siteName} />
      <Property name="og:locale" content={og.locale} />
      {list(og.images as OgImage | OgImage[]).map((image, i) => (
        <ImageTags key={i} image={image} />
      ))}
      <Property name="og:type" content={'type' in og ? og.type : undefined} />
      {article && (
        <>
          <Property name="article:published_time" content={article.publishedTime} />
          <Property name="article:modified_time" content={article.modifiedTime} />
          {list(article.authors).map((author) => (
            <Property key={String(author)} name="article:author" content={author} />
          ))}
          <Property name="article:section" content={article.section} />
          {list(article.tags).map((tag) => (
            <Property key={tag} name="article:tag" content={tag} />
          ))}
        </>
      )}
    </>
  );
}

function ImageTags({ image }: { image: OgImage }) {
  return (
    <>
      <Property name="og:image" content={href(image.url)} />
      <Property name="og:image:width" content={image.width} />
      <Property name="og:image:height" content={image.height} />
      <Property name="og:image:alt" content={image.alt} />
      <Property name="og:image:type" content={image.type} />
    </>
  );
}

function TwitterTags({ twitter }: { twitter: NonNullable<Metadata['twitter']> }) {
  const card = 'card' in twitter ? twitter.card : undefined;
  return (
    <>
      {card && <meta name="twitter:card" content={card} />}
      {twitter.title && <meta name="twitter:title" content={String(twitter.title)} />}
      {twitter.description && <meta name="twitter:description" content={twitter.description} />}
    </>
  );
}

export function MetadataHead({ metadata, viewport }: { metadata: Metadata; viewport: Viewport }) {
  const alternates = metadata.alternates;
  const robots = robotsContent(metadata.robots);
  const twitterImages = metadata.twitter
    ? list(metadata.twitter.images as OgImage | OgImage[] | undefined)
    : [];
  return (
    <>
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      {list(viewport.themeColor).map((theme, i) =>
        typeof theme === 'string' ? (
          <meta key={i} name="theme-color" content={theme} />
        ) : (
          <meta key={i} name="theme-color" media={theme.media} content={theme.color} />
        ),
      )}
      {viewport.colorScheme && <meta name="color-scheme" content={viewport.colorScheme} />}
      <title>{documentTitle(metadata.title)}</title>
      {metadata.description && <meta name="description" content={metadata.description} />}
      {list(metadata.authors).map((author) => (
        <AuthorTags key={author.name ?? String(author.url)} author={author} />
      ))}
      {robots && <meta name="robots" content={robots} />}
      {alternates?.canonical && <link rel="canonical" href={href(String(alternates.canonical))} />}
      {Object.entries(alternates?.types ?? {}).flatMap(([type, links]) =>
        list(links as AlternateLink | AlternateLink[] | null).map((link) =>
          typeof link === 'string' || link instanceof URL ? (
            <link key={String(link)} rel="alternate" type={type} href={href(link)} />
          ) : (
            <link
              key={String(link.url)}
              rel="alternate"
              type={type}
              href={href(link.url)}
              title={link.title}
            />
          ),
        ),
      )}
      {metadata.openGraph && <OpenGraphTags og={metadata.openGraph} />}
      {metadata.twitter && <TwitterTags twitter={metadata.twitter} />}
      {twitterImages.map((image) => (
        <TwitterImage key={String(image.url)} image={image} />
      ))}
    </>
  );
}

function TwitterImage({ image }: { image: OgImage }) {
  return (
    <>
      <meta name="twitter:image" content={href(image.url)} />
      {image.alt && <meta name="twitter:image:alt" content={image.alt} />}
    </>
  );
}

function AuthorTags({
  author,
}: {
  author: NonNullable<Metadata['authors']> extends (infer A)[] | infer B ? A | B : never;
}) {
  return (
    <>
      {author.url && <link rel="author" href={href(author.url)} />}
      {author.name && <meta name="author" content={author.name} />}
    </>
  );
}
