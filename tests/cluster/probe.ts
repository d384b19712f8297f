import { sleep } from './load';

/** One request with its body read (loopback; a slow render on a busy machine is waited for). */
export async function get(url: string) {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Asks again every 250 ms until `ok` or `timeoutMs`; the last answer either way. */
export async function eventually<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs: number,
): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() - started >= timeoutMs) return { value, ms: Date.now() - started };
    await sleep(250);
  }
}

/** A new article for the publishing tests: unique per run, published a minute before `now`. */
export function publishedArticle(now: Date) {
  const id = `uji-${now.getTime().toString(36)}`;
  const slug = `uji-terbit-klaster-${id}`;
  const title = `Uji Terbit Klaster ${id}`;
  const publishedAt = new Date(now.getTime() - 60_000).toISOString();
  const text = [
    '---',
    `id: ${id}`,
    `slug: ${slug}`,
    `title: ${title}`,
    'summary: Berita uji yang diterbitkan lewat satu instans dan harus tampil di semua.',
    'section: riau',
    'tags: [Uji Klaster]',
    'authors: [rizki-pratama]',
    `publishedAt: ${publishedAt}`,
    'dateline: PEKANBARU, RIAU24.COM',
    'image:',
    '  src: /images/articles/1e6f4a27.jpg',
    '  alt: Ilustrasi gedung pemerintahan',
    '  credit: Ilustrasi Riau24',
    'status: published',
    '---',
    '',
    'Paragraf uji. Berita ini diterbitkan oleh uji kegagalan klaster.',
    '',
  ].join('\n');
  return { id, slug, title, text, file: `articles/${id}.md`, path: `/berita/${id}/${slug}` };
}
