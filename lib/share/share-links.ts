/** Where an article can be shared, in the order readers see them: WhatsApp first (Indonesia). */
export type SharePlatform = 'whatsapp' | 'facebook' | 'x' | 'telegram' | 'linkedin' | 'email';

export interface ShareLink {
  platform: SharePlatform;
  /** The platform's name as readers know it. */
  name: string;
  href: string;
}

interface Shared {
  /** The absolute canonical URL. */
  url: string;
  title: string;
}

/**
 * A URL with its query encoded by URLSearchParams, spaces as %20 rather than "+": mail clients
 * (RFC 6068) and some apps read "+" literally. Every base is a constant without a query, and
 * no URL parsing is involved, so the server and the browser (the share bar renders in both)
 * produce the same string.
 */
function withQuery(base: string, params: Record<string, string>): string {
  return `${base}?${new URLSearchParams(params).toString().replaceAll('+', '%20')}`;
}

export function shareLinks({ url, title }: Shared): ShareLink[] {
  return [
    {
      platform: 'whatsapp',
      name: 'WhatsApp',
      href: withQuery('https://wa.me/', { text: `${title} ${url}` }),
    },
    {
      platform: 'facebook',
      name: 'Facebook',
      href: withQuery('https://www.facebook.com/sharer/sharer.php', { u: url }),
    },
    {
      platform: 'x',
      name: 'X',
      href: withQuery('https://x.com/intent/post', { url, text: title }),
    },
    {
      platform: 'telegram',
      name: 'Telegram',
      href: withQuery('https://t.me/share/url', { url, text: title }),
    },
    {
      platform: 'linkedin',
      name: 'LinkedIn',
      href: withQuery('https://www.linkedin.com/sharing/share-offsite/', { url }),
    },
    {
      platform: 'email',
      name: 'E-mail',
      href: withQuery('mailto:', { subject: title, body: `${title}\r\n\r\n${url}` }),
    },
  ];
}
