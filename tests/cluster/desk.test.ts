/**
 * The newsroom desk in the deployment (docs/operations.md, docs/desk.md): two instances on one
 * PostgreSQL store behind nginx, an editor made with `npm run desk` on that store. What one
 * instance was given (a session, a draft, a publication, an uploaded image) every other has,
 * and a restart loses none of it. Both instances run from this checkout, so they share public/:
 * an upload's file is deleted before another instance is asked, as a host of its own would lack it.
 */
import { randomBytes } from 'node:crypto';
import { rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentRoot, publicRoot } from '../../lib/content/paths';
import { deskPaths } from '../../lib/desk-paths';
import { LOGIN_LIMITS } from '../../lib/desk/auth';
import { startDeployment, type Deployment } from '../../scripts/cluster/deployment';
import { createDatabase } from '../../scripts/cluster/private-postgres';
import {
  addDeskAccount,
  deskGet,
  deskPost,
  type DeskSession,
  pressButton,
  signIn,
  uploadImage,
} from '../../scripts/kit/desk-client';
import { stopService, type Service } from '../../scripts/kit/processes';
import {
  emptyCaches,
  frontUrl,
  instanceUrl,
  startTestRedis,
  testLayout,
  testPostgres,
} from './harness';
import { eventually, get } from './probe';

const postgres = testPostgres();
const layout = testLayout(postgres, 'warta_cluster_desk');
const front = frontUrl(layout);
const [A, B] = [instanceUrl(layout, 0), instanceUrl(layout, 1)];
const EDITOR = 'redaktur@klaster.test';
const PASSWORD = 'kata-sandi-klaster-panjang';
const run = Date.now().toString(36);

let deployment: Deployment;
let redis: Service;
let session: DeskSession;
/** Articles published from the desk (written into content/ by the watchers) and uploads. */
const published: string[] = [];
const uploads: string[] = [];

/** A complete editor form for a new article whose headline and slug carry `name`. */
function articleFields(name: string, image = '/images/articles/1e6f4a27.jpg') {
  return {
    title: `Uji Meja Klaster ${name} ${run}`,
    slug: `uji-meja-klaster-${name}-${run}`,
    summary: 'Berita uji yang ditulis di satu instans dan harus tampil di semua.',
    section: 'riau',
    'authors.rizki-pratama': '1',
    tags: 'Uji Klaster',
    dateline: 'PEKANBARU, RIAU24.COM',
    'image.src': image,
    'image.alt': 'Ilustrasi uji',
    'image.credit': 'Ilustrasi Riau24',
    verified: '1',
    body: `Paragraf uji ${name}.`,
  };
}

/** Removes a folder if it is empty; whether it did. */
function rmEmptyDir(dir: string): boolean {
  try {
    rmdirSync(dir);
    return true;
  } catch {
    return false;
  }
}

const articlePath = (fields: { slug: string }, id: string) => `/berita/${id}/${fields.slug}`;

beforeAll(async () => {
  postgres.start();
  createDatabase(postgres, 'warta_cluster_desk');
  emptyCaches(layout);
  redis = await startTestRedis(layout);
  deployment = await startDeployment(layout);
  await addDeskAccount(
    { ...process.env, WARTA_DATABASE_URL: layout.databaseUrl },
    EDITOR,
    'editor',
    PASSWORD,
  );
}, 240_000);

afterAll(async () => {
  await deployment?.stop();
  if (redis) await stopService(redis);
  postgres.destroy();
  // The watchers wrote what the desk published into content/, the uploads went to public/.
  for (const id of published)
    rmSync(path.join(contentRoot(), 'articles', `${id}.md`), { force: true });
  for (const src of uploads) {
    rmSync(path.join(publicRoot(), src), { force: true });
    // The month's, year's and desk's folders too, once empty.
    for (let dir = path.dirname(src); dir !== '/images'; dir = path.dirname(dir)) {
      if (!rmEmptyDir(path.join(publicRoot(), dir))) break;
    }
  }
}, 60_000);

const draft = articleFields('draf');
const story = articleFields('terbit');
let draftId = '';
let storyId = '';

describe('the desk on several instances', () => {
  it('a session begun on A holds on B and through nginx, with the same form token', async () => {
    session = await signIn(A, EDITOR, PASSWORD);
    for (const base of [B, front]) {
      const home = await deskGet(base, deskPaths.home, session);
      expect(home.status, base).toBe(200);
      expect(home.text).toContain(`name="csrf" value="${session.csrf}"`);
    }
  }, 60_000);

  it('a draft saved on A is on B and through nginx', async () => {
    const saved = await pressButton(A, session, deskPaths.newArticle, 'simpan', draft, '0');
    expect(saved.status, saved.text).toBe(303);
    draftId = saved.id!;
    const second = await pressButton(B, session, deskPaths.newArticle, 'simpan', story, '0');
    expect(second.status, second.text).toBe(303);
    storyId = second.id!;
    for (const base of [B, front, A]) {
      const editor = await deskGet(base, deskPaths.article(draftId), session);
      expect(editor.status, base).toBe(200);
      expect(editor.text).toContain(draft.title);
      expect((await deskGet(base, deskPaths.home, session)).text).toContain(story.title);
    }
  }, 60_000);

  it('published on A, the article is on B and through nginx within 10 s', async () => {
    const pressed = await pressButton(A, session, deskPaths.article(storyId), 'terbitkan', story);
    expect(pressed.status, pressed.text).toBe(303);
    published.push(storyId);
    const started = Date.now();
    for (const url of [front, B].map((base) => base + articlePath(story, storyId))) {
      const { value } = await eventually(
        () => get(url),
        (page) => page.status === 200 && page.text.includes(story.title),
        10_000 - (Date.now() - started),
      );
      expect(value.status, url).toBe(200);
    }
    const { value: frontPage } = await eventually(
      () => get(`${front}/`),
      (page) => page.text.includes(articlePath(story, storyId)),
      10_000 - (Date.now() - started),
    );
    expect(frontPage.text).toContain(articlePath(story, storyId));
  }, 60_000);

  it('an image uploaded on A is served by B, and an article naming it publishes on B', async () => {
    const background = `#${randomBytes(3).toString('hex')}`;
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background } })
      .png()
      .toBuffer();
    const uploaded = await uploadImage(
      A,
      session,
      { bytes: png, name: 'klaster.png', type: 'image/png' },
      { alt: 'Gambar uji klaster', credit: 'Warta' },
    );
    expect(uploaded.status, uploaded.text).toBe(201);
    const src = uploaded.src!;
    uploads.push(src);
    const onA = await fetch(A + src);
    expect(onA.status).toBe(200);
    const bytes = new Uint8Array(await onA.arrayBuffer());
    // B's own disk has no such file.
    rmSync(path.join(publicRoot(), src));
    const onB = await fetch(B + src);
    expect(onB.status).toBe(200);
    expect(onB.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await onB.arrayBuffer())).toEqual(bytes);

    // The ingest on B checks the image's file: written from the store where it is missing.
    rmSync(path.join(publicRoot(), src));
    const withImage = articleFields('gambar', src);
    const pressed = await pressButton(
      B,
      session,
      deskPaths.newArticle,
      'terbitkan',
      withImage,
      '0',
    );
    expect(pressed.status, pressed.text).toBe(303);
    published.push(pressed.id!);
    const page = await eventually(
      () => get(front + articlePath(withImage, pressed.id!)),
      (answer) => answer.status === 200,
      10_000,
    );
    expect(page.value.text).toMatch(new RegExp(`${src}|${encodeURIComponent(src)}`));
    // The image optimiser on A reads the file B wrote, or the store, never a 404.
    const optimised = await fetch(`${A}/_next/image?url=${encodeURIComponent(src)}&w=640&q=75`);
    expect(optimised.status).toBe(200);
    const viaFront = await fetch(front + src);
    expect(new Uint8Array(await viaFront.arrayBuffer())).toEqual(bytes);
  }, 90_000);

  it('takes an upload through nginx larger than its default body limit (1 MB)', async () => {
    const side = 800;
    const noise = await sharp(randomBytes(side * side * 3), {
      raw: { width: side, height: side, channels: 3 },
    })
      .png()
      .toBuffer();
    expect(noise.length).toBeGreaterThan(1024 * 1024);
    const uploaded = await uploadImage(
      front,
      session,
      { bytes: noise, name: 'besar.png', type: 'image/png' },
      { alt: 'Gambar besar', credit: 'Warta' },
    );
    expect(uploaded.status, uploaded.text.slice(0, 300)).toBe(201);
    uploads.push(uploaded.src!);
  }, 60_000);

  it('counts failed sign-ins in the store: the limit holds across instances', async () => {
    const email = `salah-${run}@klaster.test`;
    const attempt = (base: string) => deskPost(base, deskPaths.signIn, { email, password: 'x' });
    // The limit's failures for one email, alternately on A and B; the next is refused unchecked.
    for (let i = 0; i < LOGIN_LIMITS.perAccount; i++)
      expect((await attempt(i % 2 ? B : A)).status).toBe(401);
    const refused = await attempt(B);
    expect(refused.status).toBe(429);
  }, 60_000);

  it('A restarted: the session, its form token, the draft and the article are all there', async () => {
    await stopService(deployment.instances[0]!);
    await deployment.startInstance(0);
    const home = await deskGet(A, deskPaths.home, session);
    expect(home.status).toBe(200);
    expect(home.text).toContain(`name="csrf" value="${session.csrf}"`);
    expect((await deskGet(A, deskPaths.article(draftId), session)).text).toContain(draft.title);
    const article = await get(A + articlePath(story, storyId));
    expect(article.status).toBe(200);
    expect(article.text).toContain(story.title);
    // A press on the restarted instance with the same session and token.
    const saved = await pressButton(A, session, deskPaths.article(draftId), 'simpan', {
      ...draft,
      summary: 'Disimpan lagi setelah instans dimulai ulang.',
    });
    expect(saved.status, saved.text).toBe(303);
    expect((await deskGet(B, deskPaths.article(draftId), session)).text).toContain(
      'Disimpan lagi setelah instans dimulai ulang.',
    );
  }, 120_000);
});
