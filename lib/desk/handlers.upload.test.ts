import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { strings } from '../strings';
import { newArticlePage, uploadPage, uploadSubmit } from './handlers';
import { deskForEachTest, get, ORIGIN, TEST_IMAGE } from './test-support';
import { publicRoot } from '../content/paths';
import { IMAGE_UPLOAD_MAX_BYTES } from './uploads';

/**
 * Image upload through the real handler: the form's checks, alt text and credit required, the
 * content (not the name) deciding what an image is, the file encoded again under
 * public/images/desk/<yyyy>/<mm>/, and the values to copy into the article.
 */

const u = strings.desk.upload;
const { desk, signedIn } = deskForEachTest();
const SAME_SITE = { 'sec-fetch-site': 'same-origin', origin: ORIGIN };

const image = (format: 'jpeg' | 'png' | 'webp' | 'gif') =>
  sharp({ create: { width: 40, height: 20, channels: 3, background: '#b3121b' } })
    .toFormat(format)
    .toBuffer();

function upload(
  who: { cookie: string; csrf: string } | undefined,
  file: { bytes: Uint8Array; name: string; type: string } | undefined,
  fields: Record<string, string>,
  headers: Record<string, string> = SAME_SITE,
): Promise<Response> {
  const form = new FormData();
  if (who) form.set('csrf', who.csrf);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (file)
    form.set('gambar', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  return uploadSubmit(
    new Request(`${ORIGIN}/ruang-redaksi/gambar`, {
      method: 'POST',
      headers: { host: 'localhost:3000', ...headers, ...(who && { cookie: who.cookie }) },
      body: form,
    }),
    desk.deps,
  );
}

const TEXT = {
  alt: 'Genangan di [Jalan] Sudirman',
  caption: 'Banjir "pagi" tadi',
  credit: 'Warta',
};

async function uploaded(): Promise<string[]> {
  const dir = path.join(desk.deps.publicRoot, 'images', 'desk');
  return (await readdir(dir, { recursive: true }).catch(() => [] as string[])).filter((f) =>
    /\.(jpg|png|webp)$/.test(f),
  );
}

describe('image upload', () => {
  it('refuses another site, a form without the token, the signed out; writes nothing', async () => {
    const writer = await signedIn('penulis@warta.id');
    const jpeg = { bytes: await image('jpeg'), name: 'a.jpg', type: 'image/jpeg' };
    const crossSite = await upload(writer, jpeg, TEXT, {
      'sec-fetch-site': 'cross-site',
      origin: 'https://jahat.example',
    });
    expect(crossSite.status).toBe(403);
    expect((await upload({ ...writer, csrf: 'salah' }, jpeg, TEXT)).status).toBe(403);
    const signedOut = await upload(undefined, jpeg, TEXT);
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.get('location')).toBe('/ruang-redaksi/masuk');
    expect(await uploaded()).toEqual([]);
  });

  it('refuses an upload without alt text or credit, or without a file (422); writes nothing', async () => {
    const writer = await signedIn('penulis@warta.id');
    const jpeg = { bytes: await image('jpeg'), name: 'a.jpg', type: 'image/jpeg' };
    const noAlt = await upload(writer, jpeg, { ...TEXT, alt: '   ' });
    expect(noAlt.status).toBe(422);
    const html = await noAlt.text();
    expect(html).toContain(u.altRequired);
    // What was typed stays in the form.
    expect(html).toContain('value="Warta"');
    expect((await upload(writer, jpeg, { ...TEXT, credit: '' })).status).toBe(422);
    expect(await (await upload(writer, undefined, TEXT)).text()).toContain(u.noFile);
    expect(await uploaded()).toEqual([]);
  });

  it('refuses what is not a JPEG, PNG or WebP by its content, whatever its name and type (415)', async () => {
    const writer = await signedIn('penulis@warta.id');
    for (const file of [
      { bytes: new TextEncoder().encode('<?php echo 1; ?>'), name: 'foto.jpg', type: 'image/jpeg' },
      { bytes: await image('gif'), name: 'foto.png', type: 'image/png' },
      { bytes: (await image('jpeg')).subarray(0, 40), name: 'foto.jpg', type: 'image/jpeg' },
    ]) {
      const response = await upload(writer, file, TEXT);
      expect(response.status).toBe(415);
      expect(await response.text()).toContain(u.unsupported);
    }
    expect(await uploaded()).toEqual([]);
  });

  it('refuses a body over the limit unread (413)', async () => {
    const writer = await signedIn('penulis@warta.id');
    const response = await uploadSubmit(
      new Request(`${ORIGIN}/ruang-redaksi/gambar`, {
        method: 'POST',
        headers: {
          host: 'localhost:3000',
          ...SAME_SITE,
          cookie: writer.cookie,
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': String(IMAGE_UPLOAD_MAX_BYTES * 2),
        },
        body: 'x',
      }),
      desk.deps,
    );
    expect(response.status).toBe(413);
  });

  it('encodes a JPEG, PNG or WebP again under images/desk/<yyyy>/<mm>/<hash>, metadata dropped, with its Markdown and frontmatter', async () => {
    const writer = await signedIn('penulis@warta.id');
    const withExif = await sharp(await image('jpeg'))
      .withExif({ IFD0: { Copyright: 'Rahasia GPS' } })
      .jpeg()
      .toBuffer();
    expect((await sharp(withExif).metadata()).exif).toBeDefined();
    const files = [
      { bytes: withExif, name: 'foto.JPG', type: 'image/jpeg', ext: 'jpg' },
      { bytes: await image('png'), name: 'x', type: 'application/octet-stream', ext: 'png' },
      { bytes: await image('webp'), name: 'y.webp', type: 'image/webp', ext: 'webp' },
    ];
    for (const file of files) {
      const response = await upload(writer, file, TEXT);
      expect(response.status).toBe(201);
      const html = await response.text();
      const src = new RegExp(`/images/desk/2026/01/[0-9a-f]{16}\\.${file.ext}`).exec(html)?.[0];
      expect(src, html).toBeDefined();
      const written = await readFile(path.join(desk.deps.publicRoot, ...src!.slice(1).split('/')));
      const meta = await sharp(written).metadata();
      expect(meta).toMatchObject({ width: 40, height: 20 });
      expect(meta.exif).toBeUndefined();
      // The values to copy, escaped for Markdown and for the page.
      expect(html).toContain(
        `![Genangan di \\[Jalan\\] Sudirman](${src} &quot;Banjir \\&quot;pagi\\&quot; tadi&quot;)`,
      );
      expect(html).toContain(`src: ${src}`);
      expect(html).toContain('credit: Warta');
    }
    expect(await uploaded()).toHaveLength(3);
    // The same image again is the same file.
    expect((await upload(writer, files[1]!, TEXT)).status).toBe(201);
    expect(await uploaded()).toHaveLength(3);
  });

  it('has its form on the editor (multipart, answered in a new tab) and on its own page', async () => {
    const writer = await signedIn('penulis@warta.id');
    const editor = await (
      await newArticlePage(get('/ruang-redaksi/artikel/baru', writer), desk.deps)
    ).text();
    const form = /<form[^>]*action="\/ruang-redaksi\/gambar"[^>]*>/.exec(editor)?.[0] ?? '';
    // HTML attribute names are case-insensitive (React writes `encType`).
    expect(form).toMatch(/enctype="multipart\/form-data"/i);
    expect(form).toContain('method="post"');
    expect(form).toContain('target="_blank"');
    expect(editor).toMatch(/<input type="text" required=""[^>]*name="alt"\/>/);
    const page = await uploadPage(get('/ruang-redaksi/gambar', writer), desk.deps);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="gambar"');
  });

  it('keeps the image in the store: the same bytes a month later are the first path and one row', async () => {
    const writer = await signedIn('penulis@warta.id');
    const png = { bytes: await image('png'), name: 'a.png', type: 'image/png' };
    const src = /\/images\/desk\/2026\/01\/[0-9a-f]{16}\.png/.exec(
      await (await upload(writer, png, TEXT)).text(),
    )?.[0];
    expect(src).toBeDefined();
    const written = await readFile(path.join(desk.deps.publicRoot, ...src!.slice(1).split('/')));
    expect(await desk.store.storedImage(src!)).toEqual(new Uint8Array(written));
    desk.advance(40 * 24 * 60);
    const later = await signedIn('penulis@warta.id');
    const again = await (await upload(later, png, TEXT)).text();
    expect(again).toContain(`src: ${src}`);
    expect(again).not.toContain('/images/desk/2026/02/');
    expect(await desk.store.db.selectFrom('desk_images').select('path').execute()).toEqual([
      { path: src },
    ]);
  });
});

describe('an image uploaded on another instance', () => {
  it('is written from the store where an article naming it is published, and the article accepted', async () => {
    const writer = await signedIn('penulis@warta.id');
    // A colour of its own: a hash no other run or file has.
    const background = `#${randomBytes(3).toString('hex')}`;
    const bytes = await sharp({ create: { width: 30, height: 30, channels: 3, background } })
      .png()
      .toBuffer();
    const html = await (
      await upload(writer, { bytes, name: 'b.png', type: 'image/png' }, TEXT)
    ).text();
    const src = /\/images\/desk\/2026\/01\/[0-9a-f]{16}\.png/.exec(html)![0];
    // The upload went to this desk's own public/; the ingest checks images in the server's
    // public/, which lacks it, as another instance's would.
    const here = path.join(publicRoot(), ...src.slice(1).split('/'));
    await rm(here, { force: true });
    try {
      const text = [
        '---',
        'id: b0b0b0b0',
        'slug: gambar-dari-instans-lain',
        'title: Gambar dari instans lain',
        'summary: Ringkasan.',
        'section: riau',
        'authors: [sari-nur]',
        'publishedAt: 2026-01-05T02:00:00Z',
        'dateline: PEKANBARU, RIAU24.COM',
        'image:',
        `  src: ${src}`,
        '  alt: Gambar',
        '  credit: Warta',
        'status: published',
        '---',
        '',
        `Isi. ![Tengah](${TEST_IMAGE})`,
        '',
      ].join('\n');
      const result = await desk.deps.publish([{ path: 'articles/b0b0b0b0.md', text }]);
      expect(result.problems).toEqual([]);
      expect(new Uint8Array(await readFile(here))).toEqual(await desk.store.storedImage(src));
      const article = await desk.store.articleById('b0b0b0b0', {
        now: desk.deps.siteNow(),
        includeDrafts: false,
      });
      expect(article?.image).toMatchObject({ src, width: 30, height: 30 });
    } finally {
      await rm(here, { force: true });
      // Its month's, year's and the desk's folders, once empty (rmdir refuses any other).
      for (let dir = path.dirname(here); dir !== path.join(publicRoot(), 'images');) {
        if (
          !(await rmdir(dir).then(
            () => true,
            () => false,
          ))
        )
          break;
        dir = path.dirname(dir);
      }
    }
  });

  it('is refused by the ingest when the store does not keep it either', async () => {
    const missing = '/images/desk/2026/01/0000000000000000.png';
    const result = await desk.deps.publish([
      {
        path: 'articles/c0c0c0c0.md',
        text: `---\nid: c0c0c0c0\nslug: tanpa-gambar\ntitle: Tanpa gambar\nsummary: R.\nsection: riau\nauthors: [sari-nur]\npublishedAt: 2026-01-05T02:00:00Z\ndateline: PEKANBARU\nimage:\n  src: ${missing}\n  alt: G\n  credit: W\nstatus: published\n---\n\nIsi.\n`,
      },
    ]);
    expect(result.problems.map((p) => p.field)).toContain('image.src');
  });
});
