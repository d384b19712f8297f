import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WxrRecord } from './wxr-records';
import { readWxr, WxrError } from './wxr-reader';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

async function readAll(source: AsyncIterable<string | Uint8Array>): Promise<WxrRecord[]> {
  const records: WxrRecord[] = [];
  for await (const record of readWxr(source)) records.push(record);
  return records;
}

async function* inPieces(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('readWxr', () => {
  it('reads WXR 1.0 (http namespace): site, terms, one item with meta, comments skipped', async () => {
    const records = await readAll(createReadStream(fixture('wxr-1.0.xml')));
    expect(records.map((r) => r.kind)).toEqual(['term', 'term', 'site', 'item']);
    const site = records.find((r) => r.kind === 'site');
    expect(site?.kind === 'site' && site.site.wxrVersion).toBe('1.0');
    const item = records.at(-1);
    if (item?.kind !== 'item') throw new Error('no item');
    expect(item.item).toMatchObject({
      title: 'Banjir & longsor di Kampar',
      postId: 7,
      postName: 'banjir-longsor',
      status: 'publish',
      postType: 'post',
      excerpt: 'Ringkasan.',
      content: 'Paragraf satu.\n\nParagraf dua.',
    });
    expect(item.item.meta.get('_thumbnail_id')).toBe('8');
    expect(item.item.terms).toEqual([
      { domain: 'category', nicename: 'berita', name: 'Berita' },
      { domain: 'tag', nicename: 'banjir', name: 'Banjir' },
    ]);
  });

  it('reads the https spelling of the namespace (WXR 1.2) and real exports', async () => {
    const records = await readAll(createReadStream(fixture('theme-preview.xml')));
    const items = records.filter((r) => r.kind === 'item');
    expect(items).toHaveLength(7);
    const wxr11 = await readAll(createReadStream(fixture('valid-wxr-1.1.xml')));
    expect(wxr11.filter((r) => r.kind === 'author')).toHaveLength(1);
    expect(
      wxr11.filter((r) => r.kind === 'item').map((r) => r.kind === 'item' && r.item.postType),
    ).toEqual(['post', 'page']);
  });

  it('gives an item without wp:post_id the id of its guid, else a stable one of its own', async () => {
    const records = await readAll(createReadStream(fixture('theme-preview.xml')));
    const ids = records.flatMap((r) => (r.kind === 'item' ? [r.item.postId] : []));
    expect(ids).toContain(19);
    expect(ids).toContain(36);
    expect(new Set(ids).size).toBe(ids.length);
    const bare = (guid: string) =>
      `<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>` +
      `<item><title>Tanpa nomor</title><guid>${guid}</guid><wp:post_type>post</wp:post_type></item>` +
      `</channel></rss>`;
    const idOf = async (guid: string) => {
      const item = (await readAll(inPieces(bare(guid), 64))).find((r) => r.kind === 'item');
      return item?.kind === 'item' ? item.item.postId : undefined;
    };
    const madeUp = await idOf('https://contoh.id/tulisan/satu');
    expect(madeUp).toBeGreaterThan(1e13);
    expect(Number.isSafeInteger(madeUp)).toBe(true);
    expect(await idOf('https://contoh.id/tulisan/satu')).toBe(madeUp);
    expect(await idOf('https://contoh.id/tulisan/dua')).not.toBe(madeUp);
    expect(await idOf('https://contoh.id/?page_id=41')).toBe(41);
  });

  it('gives the same records however the bytes are cut (multi-byte characters split)', async () => {
    const text = readFileSync(fixture('newsroom.xml'), 'utf8');
    const whole = await readAll(inPieces(text, 1 << 20));
    const cut = await readAll(inPieces(text, 7));
    expect(cut).toEqual(whole);
    expect(whole.filter((r) => r.kind === 'item').length).toBeGreaterThan(5);
  });

  it('hands an item over before reading the rest of the file', async () => {
    let pulled = 0;
    const text = readFileSync(fixture('newsroom.xml'), 'utf8');
    async function* counted() {
      for await (const piece of inPieces(text, 512)) {
        pulled += piece.length;
        yield piece;
      }
    }
    for await (const record of readWxr(counted())) {
      if (record.kind === 'item') break;
    }
    expect(pulled).toBeLessThan(Buffer.byteLength(text));
  });

  it('refuses entity expansion (billion laughs) without expanding anything', async () => {
    await expect(readAll(createReadStream(fixture('billion-laughs.xml')))).rejects.toThrow(
      WxrError,
    );
  });

  it('refuses external entities (XXE): no file or URL is read', async () => {
    const error = await readAll(createReadStream(fixture('xxe.xml'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WxrError);
    expect(String(error)).not.toContain('root:');
  });

  it('stops at an undeclared entity, after handing over the items before it', async () => {
    const seen: number[] = [];
    const run = async () => {
      for await (const record of readWxr(createReadStream(fixture('undeclared-entity.xml'))))
        if (record.kind === 'item') seen.push(record.item.postId);
    };
    await expect(run()).rejects.toThrow(WxrError);
    expect(seen).toEqual([1]);
  });

  it('refuses what is not a WordPress export, and cuts an oversized field', async () => {
    await expect(readAll(inPieces('<html><body/></html>', 100))).rejects.toThrow(
      /bukan ekspor WordPress/,
    );
    const big = `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item><content:encoded>${'a'.repeat(5000)}</content:encoded></item></channel></rss>`;
    const records: WxrRecord[] = [];
    for await (const r of readWxr(inPieces(big, 100), { maxFieldChars: 1000 })) records.push(r);
    const item = records.find((r) => r.kind === 'item');
    expect(item?.kind === 'item' && item.item.content.length).toBe(1000);
    expect(item?.kind === 'item' && item.item.truncated).toEqual(['content:encoded']);
  });
});
