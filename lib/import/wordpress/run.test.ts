import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeCorpus } from '../../content/test-support/temp-corpus';
import { closeStores, openStore } from '../../store';
import {
  IMPORT_RECORD_DIR,
  LEGACY_RECORD_FILE,
  OLD_ADDRESSES_FILE,
  recordedOldAddresses,
} from '../../content/old-addresses';
import { Manifest, MANIFEST_FILE } from './manifest';
import { readReport } from './report';
import { importWordpress, nothingUsable, type ImportOptions } from './run';

const fixtures = path.join(__dirname, 'fixtures');
const lead = path.resolve('public/images/articles/9c6a2a35.jpg');

/** A project of its own (public/ and a content folder) and a SQLite store in a temp folder. */
async function project() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'warta-wpimport-'));
  mkdirSync(path.join(dir, 'public/images/articles'), { recursive: true });
  copyFileSync(lead, path.join(dir, 'public/images/articles/9c6a2a35.jpg'));
  vi.spyOn(process, 'cwd').mockReturnValue(dir);
  vi.stubEnv('WARTA_SQLITE_FILE', path.join(dir, 'warta.sqlite'));
  const contentDir = await writeCorpus({
    sections: {
      sections: [
        { id: 'riau', name: 'Riau', description: 'Berita Riau.' },
        { id: 'nasional', name: 'Nasional', description: 'Berita nasional.' },
      ],
    },
    pages: {
      'kontak.md':
        '---\nslug: kontak\ntitle: Kontak\ndescription: Hubungi kami.\nupdatedAt: 2024-12-01T00:00:00+07:00\n---\n\nTelepon.\n',
    },
  });
  const sectionsFile = path.join(dir, 'rubrik.yaml');
  writeFileSync(sectionsFile, 'default: riau\ncategories:\n  politik: nasional\n');
  const options: ImportOptions = {
    exportFile: path.join(fixtures, 'newsroom.xml'),
    contentDir,
    publicDir: path.join(dir, 'public'),
    uploadsDir: path.join(fixtures, 'uploads'),
    sectionsFile,
    reportFile: path.join(dir, 'laporan.jsonl'),
  };
  return {
    dir,
    contentDir,
    options,
    read: (rel: string) => readFileSync(path.join(contentDir, rel), 'utf8'),
  };
}

beforeEach(() => {
  vi.restoreAllMocks();
});

afterEach(async () => {
  await closeStores();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** How many old addresses an export of the fixtures gives in a project of its own. */
async function countOf(options: ImportOptions, name: string): Promise<number> {
  const { options: own } = await project();
  const result = await importWordpress({
    ...own,
    exportFile: path.join(fixtures, name),
    ingest: false,
    reportFile: options.reportFile,
  });
  return result.summary.redirects;
}

describe('importWordpress', () => {
  it('imports posts, pages and authors through the ingest, with a report and the old addresses', async () => {
    const { contentDir, options, read } = await project();
    const result = await importWordpress(options);
    expect(result.summary).toMatchObject({
      itemsRead: 13,
      articles: { imported: 0, approximate: 6, 'not-imported': 1 },
      pages: { imported: 1, approximate: 0, 'not-imported': 1 },
      otherItems: 1,
      authors: 1,
      imagesCopied: 3,
      ingestProblems: 0,
    });
    expect(nothingUsable(result)).toBe(false);
    const report = readReport(options.reportFile);
    expect(report.summary).toEqual(result.summary);
    expect(report.site?.title).toBe(result.site?.title);
    const byId = new Map(report.entries.map((e) => [e.wpId, e]));
    expect(byId.get(16)?.reasons[0]).toMatch(/trash/);
    expect(byId.get(21)?.reasons[0]).toMatch(/kontak/);
    expect(read('articles/wp-12.md')).toContain('section: nasional');
    expect(read('authors/sari-w.yaml')).toContain('name: Sari Wulandari');
    // "budi" is the corpus's own author: kept as it was.
    expect(read('authors/budi.yaml')).toContain('role: Reporter');
    expect(report.entries).toHaveLength(9);
    expect(report.ingestProblems).toEqual([]);

    const { store } = await openStore(contentDir);
    const v = { now: new Date('2025-01-01T00:00:00Z'), includeDrafts: false };
    expect((await store.articleById('wp-11', v))?.title).toBe(
      'Relawan buka dapur umum “Peduli Kampar”',
    );
    expect(await store.articleById('wp-12', v)).toBeUndefined();
    expect(await store.articleById('wp-14', v)).toBeUndefined();
    expect(await store.redirectFor('/2024/05/relawan-dapur-umum/')).toBe(
      '/berita/wp-11/relawan-dapur-umum',
    );
    expect(await store.redirectFor('/2024/05/%e2%80%8bbanjir-kampar-meluas')).toBe(
      '/berita/wp-10/banjir-kampar-meluas',
    );
    expect(await store.redirectFor('/?p=11')).toBe('/berita/wp-11/relawan-dapur-umum');
    expect(await store.redirectFor('/?attachment_id=102')).toBe('/berita/wp-11/relawan-dapur-umum');
    // "/sejarah/" is Warta's page with a closing slash, which the request path answers itself.
    expect(await store.redirectFor('/sejarah/')).toBeUndefined();
    expect(await store.redirectFor('/sejarah/feed/')).toBe('/sejarah');
    expect(await store.redirectFor('/category/politik/')).toBe('/kanal/nasional');
    expect(await store.redirectFor('/author/sari.w/')).toBe('/penulis/sari-w');
    expect(await store.redirectFor('/2024/05/catatan-internal/')).toBeUndefined();
    // A scheduled post's old address is kept; the request path answers it from its minute on.
    expect(await store.redirectFor('/2099/01/jadwal-debat/')).toMatch(/^\/berita\/wp-12\//);
    // Warta's own address for the tag is the tag's page, not a redirect to itself.
    expect(await store.redirectFor('/tag/banjir/')).toBeUndefined();
    expect(await store.redirectFor('/tag/banjir')).toBeUndefined();
    expect(await store.redirectFor('/tag/banjir/feed/')).toBe('/tag/banjir');
  });

  it('changes nothing when run twice, and keeps an article edited in Warta unless forced', async () => {
    const { contentDir, options, read } = await project();
    await importWordpress(options);
    const manifest = read(MANIFEST_FILE);
    const addresses = read(OLD_ADDRESSES_FILE);
    const stamp = statSync(path.join(contentDir, OLD_ADDRESSES_FILE)).mtimeMs;
    const again = await importWordpress(options);
    expect(again.summary.writes).toEqual({ unchanged: 8 });
    expect(read(MANIFEST_FILE)).toBe(manifest);
    // The same record, not even written again (the ingest compares its time).
    expect(read(OLD_ADDRESSES_FILE)).toBe(addresses);
    expect(statSync(path.join(contentDir, OLD_ADDRESSES_FILE)).mtimeMs).toBe(stamp);

    const edited = read('articles/wp-11.md').replace('Relawan membuka', 'Relawan PMI membuka');
    writeFileSync(path.join(contentDir, 'articles/wp-11.md'), edited);
    const kept = await importWordpress(options);
    expect(kept.summary.writes).toMatchObject({ edited: 1, unchanged: 7 });
    expect(readReport(options.reportFile).entries.find((e) => e.wpId === 11)?.write).toBe('edited');
    expect(read('articles/wp-11.md')).toBe(edited);

    const forced = await importWordpress({ ...options, force: true });
    expect(forced.summary.writes).toMatchObject({ update: 1 });
    expect(read('articles/wp-11.md')).not.toContain('PMI');
  });

  it('on a re-run, reports unchanged posts as before and converts a changed one again', async () => {
    const { dir, options, read } = await project();
    const first = await importWordpress(options);
    const firstEntries = readReport(options.reportFile).entries;
    const again = await importWordpress(options);
    const outcomes = (entries: typeof firstEntries) =>
      entries.map((entry) => ({ ...entry, write: undefined }));
    expect(outcomes(readReport(options.reportFile).entries)).toEqual(outcomes(firstEntries));
    expect(again.summary.articles).toEqual(first.summary.articles);
    expect(again.summary.redirects).toBe(first.summary.redirects);

    const before = read('articles/wp-11.md');
    const changed = path.join(dir, 'changed.xml');
    const source = readFileSync(options.exportFile, 'utf8');
    expect(source).toContain('Relawan membuka');
    writeFileSync(changed, source.replace('Relawan membuka', 'Relawan PMI membuka'));
    const third = await importWordpress({ ...options, exportFile: changed });
    expect(third.summary.writes).toMatchObject({ update: 1, unchanged: 7 });
    expect(read('articles/wp-11.md')).toBe(
      before.replace('Relawan membuka', 'Relawan PMI membuka'),
    );
  });

  it('writes the old addresses to a store that lacks them, on a re-run too', async () => {
    const { dir, contentDir, options } = await project();
    await importWordpress(options);
    await importWordpress(options);
    await closeStores();
    vi.stubEnv('WARTA_SQLITE_FILE', path.join(dir, 'another.sqlite'));
    await importWordpress(options);
    const { store } = await openStore(contentDir);
    expect(await store.redirectFor('/?p=11')).toBe('/berita/wp-11/relawan-dapur-umum');
  });

  it('keeps the old addresses of an earlier import of another export, counted once', async () => {
    const { contentDir, options } = await project();
    const first = await importWordpress(options);
    const newsroom = await recordedOldAddresses(contentDir);
    expect(newsroom.size).toBe(first.summary.redirects);
    const hostile = await importWordpress({
      ...options,
      exportFile: path.join(fixtures, 'hostile.xml'),
    });
    const both = await recordedOldAddresses(contentDir);
    expect(both.get('/?p=11')).toBe('/berita/wp-11/relawan-dapur-umum');
    expect(both.get('/?p=40')).toBe('/berita/wp-40/warga-siak-menolak-tambang');
    // The site's feeds are both exports': counted once, the later target kept.
    expect(both.size).toBe(hostile.summary.redirects);
    expect(both.size).toBeLessThan(newsroom.size + (await countOf(options, 'hostile.xml')));
    for (const [oldPath, target] of newsroom)
      if (!oldPath.includes('feed') && !/^\/\?(?:tag|cat|author)=/.test(oldPath))
        expect([oldPath, both.get(oldPath)]).toEqual([oldPath, target]);
  });

  it('takes over the one JSON file an earlier import kept, and replaces it', async () => {
    const { contentDir, options, read } = await project();
    await importWordpress(options);
    const filesRecord = read(MANIFEST_FILE);
    const addresses = read(OLD_ADDRESSES_FILE);
    const manifest = Manifest.open(contentDir);
    const files = Object.fromEntries(
      readFileSync(path.join(contentDir, MANIFEST_FILE), 'utf8')
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { path: string }).path)
        .map((rel) => [rel, manifest.get(rel)]),
    );
    manifest.abandon();
    const legacy = {
      files,
      redirects: Object.fromEntries(await recordedOldAddresses(contentDir)),
    };
    rmSync(path.join(contentDir, IMPORT_RECORD_DIR), { recursive: true });
    writeFileSync(path.join(contentDir, LEGACY_RECORD_FILE), JSON.stringify(legacy, null, 2));
    const again = await importWordpress(options);
    expect(again.summary.writes).toEqual({ unchanged: 8 });
    expect(existsSync(path.join(contentDir, LEGACY_RECORD_FILE))).toBe(false);
    expect(read(MANIFEST_FILE)).toBe(filesRecord);
    expect(read(OLD_ADDRESSES_FILE)).toBe(addresses);
  });

  it('converts on worker threads as it does in-process', async () => {
    const here = await project();
    const inProcess = await importWordpress({
      ...here.options,
      ingest: false,
      conversion: { workers: 0 },
    });
    const there = await project();
    vi.restoreAllMocks(); // the workers' script is compiled from the project's sources
    const onWorkers = await importWordpress({
      ...there.options,
      ingest: false,
      conversion: { workers: 2, poolFrom: 0 },
    });
    const entries = (options: { reportFile: string }) => readReport(options.reportFile).entries;
    expect(entries(there.options)).toEqual(entries(here.options));
    expect(onWorkers.summary).toEqual(inProcess.summary);
    for (const entry of entries(here.options).filter((e) => e.file))
      expect(there.read(entry.file!)).toBe(here.read(entry.file!));
  });

  it('imports every item of an export without post ids once, and again changes nothing', async () => {
    const { options } = await project();
    const real = {
      ...options,
      exportFile: path.join(fixtures, 'theme-preview.xml'),
      ingest: false,
    };
    await importWordpress(real);
    const written = readReport(options.reportFile).entries.filter((e) => e.write === 'new');
    expect(written.length).toBeGreaterThan(1);
    expect(new Set(written.map((e) => e.wpId)).size).toBe(written.length);
    const again = await importWordpress(real);
    expect(Object.keys(again.summary.writes)).toEqual(['unchanged']);
  });

  it('imports a hostile export inert: no script, no unsafe link, no invisible slug, each reported', async () => {
    const { contentDir, options, read } = await project();
    const result = await importWordpress({
      ...options,
      exportFile: path.join(fixtures, 'hostile.xml'),
    });
    expect(result.summary.articles).toEqual({ imported: 0, approximate: 2, 'not-imported': 0 });
    const files = read('articles/wp-40.md') + read('articles/wp-41.md');
    expect(files).not.toMatch(
      /<script|<img|javascript|vbscript|data:text|onerror|onclick|alert\(/i,
    );
    expect(files).not.toMatch(/[\u200b-\u200f\u202a-\u202e\ufeff]/);
    expect(files).toContain('title: Warga Siak menolak tambang pasir');
    expect(files).toContain('slug: musyawarah-adat-kampar');
    const reasons = readReport(options.reportFile).entries.flatMap((e) => e.reasons);
    for (const said of [
      /^elemen <script> dibuang$/,
      /^tautan "javascript:.*bukan alamat http\/https/,
      /^tautan "vbscript:.*bukan alamat http\/https/,
      /^tautan "data:text\/html.*bukan alamat http\/https/,
      /^iframe javascript:.*dibuang$/,
      /^judul berisi kode HTML/,
      /^slug WordPress berisi karakter tak terlihat.*"warga-siak-menolak-tambang"/,
      /^slug WordPress berisi karakter tak terlihat.*"musyawarah-adat-kampar"/,
    ])
      expect(reasons).toContainEqual(expect.stringMatching(said));
    const { store } = await openStore(contentDir);
    expect(await store.redirectFor('/2024/06/%E2%80%AEwarga-siak-menolak-tambang/')).toBe(
      '/berita/wp-40/warga-siak-menolak-tambang',
    );
    // A tag named with markup: its archive goes to the tag by its words, as the post has it.
    expect(files).toContain('  - Tambang\n');
    expect(await store.redirectFor('/tag/tambang/feed/')).toBe('/tag/tambang');
    expect(await store.redirectFor('/?tag=tambang')).toBe('/tag/tambang');
  });

  it('proposes a section mapping when none is given', async () => {
    const { options } = await project();
    const result = await importWordpress({ ...options, sectionsFile: undefined, ingest: false });
    expect(result.proposedSections).toContain('default: nasional');
    expect(result.proposedSections).toContain('politik: nasional');
  });

  it('reports nothing usable for a refused export', async () => {
    const { options } = await project();
    const result = await importWordpress({
      ...options,
      exportFile: path.join(fixtures, 'billion-laughs.xml'),
    });
    expect(nothingUsable(result)).toBe(true);
    expect(result.summary.readError).toMatch(/DOCTYPE/);
    const report = readReport(options.reportFile);
    expect(report.entries).toEqual([]);
    expect(report.summary?.readError).toMatch(/DOCTYPE ditolak/);
  });
});
