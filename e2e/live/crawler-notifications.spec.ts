import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { articlePath, feedPath, sectionFeedPath } from '../../lib/urls';
import { E2E_CRAWLER_PORT, E2E_INDEXNOW_KEY } from '../../playwright.config';
import { articleFile, saveArticleFile, serverNow, wib } from '../support/live';
import { getXml, SITE_URL, type XmlNode } from '../support/machine';

/**
 * The live server runs with IndexNow and a WebSub hub pointed at a recorder this file starts
 * (playwright.config.ts, scripts/ci/test-all.sh): publishing an article must tell both, and the key
 * file IndexNow fetches to check the submission must be served.
 */

const siteUrl = (path: string) => new URL(path, SITE_URL).toString();

test('the IndexNow key file answers at /<key>.txt, and only for the configured key', async ({
  request,
}) => {
  const keyFile = await request.get(`/${E2E_INDEXNOW_KEY}.txt`);
  expect(keyFile.status()).toBe(200);
  expect(keyFile.headers()['content-type']).toMatch(/^text\/plain/);
  expect(await keyFile.text()).toBe(E2E_INDEXNOW_KEY);

  const otherKey = await request.get('/kunci-yang-lain-sama-sekali.txt');
  expect(otherKey.status()).toBe(404);
  expect(await otherKey.text()).toContain('lang="id"');
});

interface Received {
  path: string;
  contentType: string;
  body: string;
}

test.describe('publishing notifies crawlers', () => {
  test.describe.configure({ mode: 'serial', timeout: 90_000 });

  const received: Received[] = [];
  let recorder: Server;

  test.beforeAll(async () => {
    recorder = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({
          path: req.url ?? '',
          contentType: req.headers['content-type'] ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
        });
        // What the services answer an accepted notification (IndexNow 202, a hub 204).
        res.writeHead(req.url === '/indexnow' ? 202 : 204).end();
      });
    });
    await new Promise<void>((resolve) => recorder.listen(E2E_CRAWLER_PORT, '127.0.0.1', resolve));
  });

  test.afterAll(async () => {
    await new Promise<void>((resolve) => recorder.close(() => resolve()));
  });

  test('a saved article is submitted to IndexNow with its key, and its feeds to the hub', async ({
    request,
  }) => {
    const id = `kabar-crawler-${Date.now().toString(36)}`;
    const article = {
      id,
      slug: `kabar-untuk-mesin-pencari-${id}`,
      title: `Kabar untuk Mesin Pencari ${id}`,
      summary: 'Berita uji yang harus diberitahukan ke mesin pencari dan pelanggan umpan.',
      section: 'olahraga',
      publishedAt: wib(new Date(serverNow().getTime() - 5_000)),
      body: 'Isi berita uji pemberitahuan mesin pencari.',
    };
    await saveArticleFile(`${id}.md`, articleFile(article));
    const pageUrl = siteUrl(articlePath(article));

    // The notifier retries with backoff; the first try follows the publish within seconds.
    const indexNowFor = () =>
      received
        .filter((r) => r.path === '/indexnow')
        .map((r) => ({ ...r, json: JSON.parse(r.body) as Record<string, unknown> }))
        .find((r) => (r.json.urlList as string[]).includes(pageUrl));
    await expect.poll(indexNowFor, { timeout: 30_000 }).toBeDefined();
    const submission = indexNowFor()!;
    expect(submission.contentType).toMatch(/^application\/json/);
    expect(submission.json).toMatchObject({
      host: new URL(SITE_URL).host,
      key: E2E_INDEXNOW_KEY,
      keyLocation: siteUrl(`/${E2E_INDEXNOW_KEY}.txt`),
    });

    // The key file the submission points at is served by the same site.
    const keyFile = await request.get(new URL(submission.json.keyLocation as string).pathname);
    expect(await keyFile.text()).toBe(E2E_INDEXNOW_KEY);

    const hubFeeds = () =>
      received
        .filter((r) => r.path === '/websub')
        .map((r) => new URLSearchParams(r.body))
        .filter((form) => form.get('hub.mode') === 'publish')
        .map((form) => form.get('hub.url'));
    await expect
      .poll(hubFeeds, { timeout: 30_000 })
      .toEqual(
        expect.arrayContaining([siteUrl(feedPath('rss')), siteUrl(sectionFeedPath('olahraga'))]),
      );

    // The feeds advertise that hub, so subscribers know where to subscribe.
    const { doc } = await getXml(request, feedPath('rss'));
    const links: XmlNode[] = [doc.rss.channel['atom:link']].flat();
    expect(links.find((link) => link['@rel'] === 'hub')?.['@href']).toBe(
      `http://127.0.0.1:${E2E_CRAWLER_PORT}/websub`,
    );
  });
});
