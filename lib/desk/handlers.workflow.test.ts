import { describe, expect, it } from 'vitest';
import { formatShortDateTimeWib } from '../dates';
import { articleKeys } from '../ingest/changes';
import { checkPreviewGrant } from '../publishing/preview/links';
import { scheduleFromLatest } from '../publishing/runtime/store-schedule';
import { articleUrlOf } from '../queries';
import { enginesFor } from '../store/test-support/engines';
import { strings } from '../strings';
import { baseOf } from './articles';
import { articlePage, articleSubmit, deskHome, newArticlePage } from './handlers';
import {
  deskForEachTest,
  expectPrivate,
  get,
  post,
  articleForm,
  NEW_ARTICLE,
  ANY_TIME,
  type DeskSession,
} from './test-support';

/**
 * An editor's workflow steps through the real handlers, on both engines: schedule at a WIB date
 * and time, publish a dated correction, withdraw with a public reason, change the headline and
 * slug; each through the publish path (the ingest, then invalidation), on the form's base, refused
 * to a writer (403) even as a forged form, and audited. What readers get is read back through
 * the store's queries with the reader routes' visibility and URL resolution.
 */

const t = strings.desk;
const w = t.workflow;
const NEW = NEW_ARTICLE;
const SECRET = 'rahasia-pratinjau-untuk-uji';

type Session = DeskSession;

describe.each(enginesFor('desk_workflow'))('the desk workflow on $name', ({ open }) => {
  const { desk, signedIn } = deskForEachTest(() => open());

  /** A press on the form at `path` as opened just now (its newest revision), unless `basis` given. */
  async function press(who: Session, path: string, aksi: string, form: Record<string, string>) {
    const id = decodeURIComponent(path.split('/').pop() ?? '');
    const basis = path === NEW ? '0' : String(await baseOf(desk.deps, id));
    return articleSubmit(
      post(path, { cookie: who.cookie, form: { csrf: who.csrf, aksi, basis, ...form } }),
      desk.deps,
    );
  }

  function landing(response: Response, ok: string): { path: string; id: string } {
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(new RegExp(`\\?ok=${ok}$`));
    const path = location.split('?')[0]!;
    return { path, id: path.split('/').pop()! };
  }

  /** A new article published now by `who`. */
  async function published(who: Session, form = articleForm()) {
    return landing(await press(who, NEW, 'terbitkan', form), 'terbit');
  }

  /** What a reader gets at this moment: the reader routes' visibility (no drafts, nothing due later). */
  const readable = (id: string) =>
    desk.store.articleById(id, { now: desk.deps.siteNow(), includeDrafts: false });

  async function audited(action: string) {
    return (await desk.accounts.auditLog(100)).filter((entry) => entry.action === action);
  }

  it('a writer’s forged Jadwalkan, ralat and Tarik are refused (403) and change nothing', async () => {
    const editor = await signedIn('editor@warta.id');
    const live = await published(editor);
    const before = await desk.store.articleById(live.id, ANY_TIME);
    const revision = await baseOf(desk.deps, live.id);
    const invalidations = desk.invalidated.length;
    const writer = await signedIn('penulis@warta.id');
    const audit = (await desk.accounts.auditLog(100)).length;
    for (const [path, aksi, extra] of [
      [NEW, 'jadwalkan', { jadwal: '2026-01-05T10:02' }],
      [live.path, 'ralat', { ralatBaru: 'Ralat palsu.' }],
      [live.path, 'tarik', { alasan: 'Ditarik paksa.' }],
      [live.path, 'jadwalkan', { jadwal: '2026-02-01T08:00' }],
    ] as const) {
      const refused = await press(writer, path, aksi, { ...articleForm(), ...extra });
      expect(refused.status, aksi).toBe(403);
      expectPrivate(refused);
      expect(await refused.text()).toContain(t.refusedRole);
    }

    expect(await desk.store.articleById(live.id, ANY_TIME)).toEqual(before);
    expect(await baseOf(desk.deps, live.id)).toBe(revision);
    expect(await desk.deps.drafts.drafts(10)).toEqual([]);
    expect(desk.invalidated.length).toBe(invalidations);
    expect((await desk.accounts.auditLog(100)).length).toBe(audit);

    // Nor does the writer's editor offer them.
    const page = await (await newArticlePage(get(NEW, writer), desk.deps)).text();
    expect(page).not.toContain(`>${w.schedule}</button>`);
    expect(page).not.toContain('name="jadwal"');
  });

  it('Jadwalkan two minutes ahead (WIB): stored as scheduled, not readable before its minute, readable at it; the scheduler wakes then', async () => {
    const editor = await signedIn('editor@warta.id');
    const offered = await (await newArticlePage(get(NEW, editor), desk.deps)).text();
    expect(offered).toMatch(/<input type="datetime-local"[^>]* name="jadwal"/);
    expect(offered).toMatch(new RegExp(`value="jadwalkan"[^>]*>${w.schedule}</button>`));

    // The desk's clock is 2026-01-05 03:00 UTC, 10:00 WIB: 10:02 WIB is two minutes ahead.
    const scheduled = landing(
      await press(editor, NEW, 'jadwalkan', { ...articleForm(), jadwal: '2026-01-05T10:02' }),
      'dijadwalkan',
    );
    const at = new Date('2026-01-05T03:02:00.000Z');
    const stored = await desk.store.articleById(scheduled.id, ANY_TIME);
    expect(stored).toMatchObject({ status: 'published', publishedAt: at });
    expect(desk.invalidated.length).toBeGreaterThan(0);
    expect(await desk.deps.drafts.draft(scheduled.id)).toBeUndefined();

    // The scheduler's source (the store's "latest" query) wakes at that minute.
    const source = scheduleFromLatest({
      latest: (now, limit, offset) =>
        desk.store.latest({ now, includeDrafts: false }, limit, offset),
      keys: articleKeys,
    });
    expect(await source.nextScheduledAfter(desk.deps.siteNow())).toEqual(at);

    // Not readable before its minute, on its own URL nor in the lists.
    expect(await readable(scheduled.id)).toBeUndefined();
    expect(articleUrlOf(await readable(scheduled.id), stored!.slug).kind).toBe('unknown');
    const latestNow = await desk.store.latest(
      { now: desk.deps.siteNow(), includeDrafts: false },
      10,
    );
    expect(latestNow.map((a) => a.id)).not.toContain(scheduled.id);
    desk.advance(1);
    expect(await readable(scheduled.id)).toBeUndefined();

    // The editor says so.
    const page = await (
      await articlePage(get(`${scheduled.path}?ok=dijadwalkan`, editor), desk.deps)
    ).text();
    expect(page).toContain(t.article.scheduled);
    expect(page).toContain(t.articleStatus.scheduled);

    // At its minute it is live.
    desk.advance(1);
    expect((await readable(scheduled.id))?.id).toBe(scheduled.id);
    expect(articleUrlOf(await readable(scheduled.id), stored!.slug).kind).toBe('live');
    const between = await source.publishedBetween(new Date(at.getTime() - 60_000), at);
    expect(between.map((keys) => keys.id)).toEqual([scheduled.id]);

    // A revision, and the audit log with the time.
    expect((await desk.deps.revisions.latestRevision(scheduled.id))?.action).toBe('scheduled');
    const [entry] = await audited('artikel dijadwalkan');
    expect(entry).toMatchObject({ target: scheduled.id, actorEmail: 'editor@warta.id' });
    expect(entry?.detail).toContain('2026-01-05T10:02:00+07:00');
  });

  it('the desk list shows a scheduled article as Terjadwal with the minute it goes live', async () => {
    const editor = await signedIn('editor@warta.id');
    const html = await (await deskHome(get('/ruang-redaksi', editor), desk.deps)).text();
    const when = formatShortDateTimeWib(new Date('2026-01-09T00:00:00Z'));
    expect(html).toContain(t.scheduledAt(when));
  });

  it('a time that has passed, or no time at all, is refused beside the field (422); nothing is stored', async () => {
    const editor = await signedIn('editor@warta.id');
    for (const [jadwal, message] of [
      ['2026-01-05T09:59', 'sudah lewat'],
      ['2026-01-05T10:00', 'sudah lewat'],
      ['besok pagi', w.scheduleFormat],
      ['2026-02-30T10:00', w.scheduleFormat],
      ['', w.scheduleMissing],
    ]) {
      const refused = await press(editor, NEW, 'jadwalkan', { ...articleForm(), jadwal: jadwal! });
      expect(refused.status, jadwal).toBe(422);
      const html = await refused.text();
      expect(html).toContain(t.article.notScheduled(1));
      const escaped = message!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(html).toMatch(new RegExp(`id="f-jadwal-masalah"><li>[^<]*${escaped}`));
      // What was typed stays in the form.
      if (jadwal) expect(html).toContain(`value="${jadwal}"`);
    }
    expect(await desk.deps.drafts.drafts(10)).toEqual([]);
    expect(desk.invalidated).toEqual([]);
    expect(await audited('artikel dijadwalkan')).toEqual([]);

    // A live article is not scheduled again (it would vanish until then).
    const live = await published(editor);
    const again = await press(editor, live.path, 'jadwalkan', {
      ...articleForm(),
      jadwal: '2026-02-01T08:00',
    });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain(w.scheduleLive);
    expect((await readable(live.id))?.publishedAt).toEqual(new Date('2026-01-05T03:00:00Z'));
  });

  it('Terbitkan ralat adds a dated correction (now, WIB) to the live article, with the form’s fixes, audited', async () => {
    const editor = await signedIn('editor@warta.id');
    const live = await published(editor);
    const page = await (await articlePage(get(live.path, editor), desk.deps)).text();
    expect(page).toMatch(new RegExp(`value="ralat"[^>]*>${w.correct}</button>`));
    expect(page).not.toContain(`value="jadwalkan"`);

    desk.advance(30);
    const invalidations = desk.invalidated.length;
    // An empty correction is refused beside its field; nothing changes.
    const empty = await press(editor, live.path, 'ralat', { ...articleForm(), ralatBaru: ' ' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toMatch(/id="f-ralatBaru-masalah"><li>Tulis isi ralat\.<\/li>/);
    expect((await readable(live.id))?.corrections).toEqual([]);

    const text = 'Sebelumnya tertulis 210 pengungsi; yang benar 120 pengungsi.';
    landing(
      await press(editor, live.path, 'ralat', {
        ...articleForm({
          body: 'Hujan deras sejak pagi.\n\n120 warga mengungsi ke masjid.',
          // As the editor's page sends it: the stored publication time.
          publishedAt: '2026-01-05T10:00:00+07:00',
        }),
        ralatBaru: text,
      }),
      'diralat',
    );
    const corrected = await readable(live.id);
    const at = new Date('2026-01-05T03:30:00Z');
    expect(corrected?.corrections).toEqual([{ date: at, text }]);
    expect(corrected?.updatedAt).toEqual(at);
    expect(corrected?.body).toContain('120 warga mengungsi');
    expect(corrected?.publishedAt).toEqual(new Date('2026-01-05T03:00:00Z'));
    expect(desk.invalidated.length).toBe(invalidations + 1);
    expect((await desk.deps.revisions.latestRevision(live.id))?.action).toBe('corrected');
    const [entry] = await audited('artikel diralat');
    expect(entry).toMatchObject({ target: live.id, actorEmail: 'editor@warta.id' });

    // The editor reopens with the correction among the article's (kept on the next press).
    const reopened = await (await articlePage(get(live.path, editor), desk.deps)).text();
    expect(reopened).toContain(`2026-01-05T10:30:00+07:00 | ${text}`);
  });

  it('a correction or withdrawal of an article not live is refused (422)', async () => {
    const editor = await signedIn('editor@warta.id');
    const draft = landing(await press(editor, NEW, 'simpan', articleForm()), 'disimpan');
    for (const [aksi, extra] of [
      ['ralat', { ralatBaru: 'Ralat.' }],
      ['tarik', { alasan: 'Alasan.' }],
    ] as const) {
      const refused = await press(editor, draft.path, aksi, { ...articleForm(), ...extra });
      expect(refused.status).toBe(422);
      expect(await refused.text()).toContain(w.notLive);
    }
    expect(await desk.store.articleById(draft.id, ANY_TIME)).toBeUndefined();
    expect((await desk.deps.revisions.latestRevision(draft.id))?.number).toBe(1);
  });

  it('Tarik artikel needs its public reason, then the article answers 410 with it; audited', async () => {
    const editor = await signedIn('editor@warta.id');
    const live = await published(editor);
    const page = await (await articlePage(get(live.path, editor), desk.deps)).text();
    expect(page).toMatch(
      new RegExp(`value="tarik" class="desk-button--danger"[^>]*>${w.withdraw}</button>`),
    );

    desk.advance(10);
    const unsure = await press(editor, live.path, 'tarik', { ...articleForm(), alasan: '' });
    expect(unsure.status).toBe(422);
    expect(await unsure.text()).toMatch(/id="f-alasan-masalah"><li>Alasan pencabutan wajib/);
    expect((await readable(live.id))?.withdrawn).toBeUndefined();

    const reason = 'Narasumber utama mencabut keterangannya.';
    landing(
      await press(editor, live.path, 'tarik', { ...articleForm(), alasan: reason }),
      'ditarik',
    );
    const withdrawn = await readable(live.id);
    expect(withdrawn?.withdrawn).toEqual({ date: new Date('2026-01-05T03:10:00Z'), reason });
    // Its URL is the 410 page with the reason, as for a withdrawn file.
    const url = articleUrlOf(withdrawn, withdrawn!.slug);
    expect(url.kind).toBe('withdrawn');
    // And it is out of the lists.
    const latest = await desk.store.latest({ now: desk.deps.siteNow(), includeDrafts: false }, 10);
    expect(latest.map((a) => a.id)).not.toContain(live.id);
    expect((await desk.deps.revisions.latestRevision(live.id))?.action).toBe('withdrawn');
    const [entry] = await audited('artikel ditarik');
    expect(entry).toMatchObject({ target: live.id, actorEmail: 'editor@warta.id' });
    expect(entry?.detail).toContain(reason);

    // Withdrawn: the editor says so and offers no second withdrawal; a forged one is refused.
    const after = await (await articlePage(get(live.path, editor), desk.deps)).text();
    expect(after).toContain(t.articleStatus.withdrawn);
    expect(after).not.toContain('value="tarik"');
    const twice = await press(editor, live.path, 'tarik', { ...articleForm(), alasan: reason });
    expect(twice.status).toBe(422);
    expect(await twice.text()).toContain(w.alreadyWithdrawn);
  });

  it('a new headline and slug, published: the old URL answers 308 to the new one; audited', async () => {
    const editor = await signedIn('editor@warta.id');
    const live = await published(editor);
    const old = (await readable(live.id))!.slug;
    expect(old).toBe('banjir-di-pekanbaru');

    landing(
      await press(
        editor,
        live.path,
        'terbitkan',
        articleForm({ title: 'Banjir Surut di Pekanbaru', slug: 'banjir-surut-di-pekanbaru' }),
      ),
      'terbit',
    );
    const renamed = await readable(live.id);
    expect(renamed).toMatchObject({
      title: 'Banjir Surut di Pekanbaru',
      slug: 'banjir-surut-di-pekanbaru',
    });
    // The reader routes' resolution: by id, the old slug (and none) 308 to the canonical URL.
    const canonical = `/berita/${live.id}/banjir-surut-di-pekanbaru`;
    expect(articleUrlOf(renamed, old)).toEqual({ kind: 'redirect', location: canonical });
    expect(articleUrlOf(renamed, undefined)).toEqual({ kind: 'redirect', location: canonical });
    expect(articleUrlOf(renamed, 'banjir-surut-di-pekanbaru').kind).toBe('live');
    const [entry] = await audited('slug diubah');
    expect(entry).toMatchObject({
      target: live.id,
      detail: 'banjir-di-pekanbaru → banjir-surut-di-pekanbaru',
    });
  });

  it('every step respects the form’s base: a stale ralat or withdrawal is refused (409), nothing published', async () => {
    const editor = await signedIn('editor@warta.id');
    const admin = await signedIn('admin@warta.id');
    const live = await published(editor);
    const stale = String(await baseOf(desk.deps, live.id));
    // Someone saves a newer version in the meantime.
    landing(
      await press(admin, live.path, 'simpan', articleForm({ title: 'Judul admin' })),
      'disimpan',
    );
    const invalidations = desk.invalidated.length;
    for (const [aksi, extra] of [
      ['ralat', { ralatBaru: 'Ralat.' }],
      ['tarik', { alasan: 'Alasan.' }],
    ] as const) {
      const refused = await articleSubmit(
        post(live.path, {
          cookie: editor.cookie,
          form: { csrf: editor.csrf, aksi, basis: stale, ...articleForm(), ...extra },
        }),
        desk.deps,
      );
      expect(refused.status).toBe(409);
      // The step's input is kept with the rest of what was typed.
      expect(await refused.text()).toContain(Object.values(extra)[0]);
    }
    expect(desk.invalidated.length).toBe(invalidations);
    const now = await readable(live.id);
    expect(now?.corrections).toEqual([]);
    expect(now?.withdrawn).toBeUndefined();
  });

  it('Pratinjau: a stored article’s editor links to its signed preview; a desk draft says why not yet', async () => {
    const editor = await signedIn('editor@warta.id');
    desk.deps.previewSecret = SECRET;
    const scheduled = landing(
      await press(editor, NEW, 'jadwalkan', { ...articleForm(), jadwal: '2026-01-06T08:00' }),
      'dijadwalkan',
    );
    const html = await (await articlePage(get(scheduled.path, editor), desk.deps)).text();
    const match = /<a href="(\/api\/pratinjau\?[^"]+)"[^>]*>Pratinjau<\/a>/.exec(html);
    expect(match, 'a preview link').not.toBeNull();
    const params = new URL(match![1]!.replaceAll('&amp;', '&'), 'http://x').searchParams;
    const grant = checkPreviewGrant(
      params.get('id')!,
      params.get('exp')!,
      params.get('sig')!,
      SECRET,
      desk.deps.now().getTime(),
    );
    expect(grant).toMatchObject({ ok: true, id: scheduled.id });
    expect(html).toContain(w.previewNote);

    const draft = landing(await press(editor, NEW, 'simpan', articleForm()), 'disimpan');
    const theirs = await (await articlePage(get(draft.path, editor), desk.deps)).text();
    expect(theirs).not.toContain('/api/pratinjau');
    expect(theirs).toContain(w.previewUnavailable);
  });
});
