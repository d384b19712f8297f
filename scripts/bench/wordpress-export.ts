/**
 * `npx tsx scripts/bench/wordpress-export.ts [--posts=100000]`
 *
 * A synthetic WordPress export (WXR 1.2) for the import benchmark (scripts/bench/import.ts):
 * N posts of about 4 KB each (100,000 ≈ 400 MB), written as a stream (one item in memory at a
 * time) and the same for the same N (seeded). A regional newsroom's mix: classic-editor posts
 * (wpautop paragraphs, `[caption]`, `[gallery ids=…]`, `[embed]`, `[video]`, `[audio]`, a
 * provider's URL alone on a line) and block-editor posts (paragraphs, headings, lists, quotes,
 * pull quotes, tables, image, gallery and embed blocks); YouTube, X, Instagram and TikTok embeds;
 * categories and tags; eight authors; attachments, most posts with a featured image
 * (`_thumbnail_id`); drafts, pending, scheduled, private, protected and trashed posts; some pages;
 * percent-encoded non-ASCII slugs and slugs used twice. The filler text is made from word lists.
 *
 * Written once under .data/bench/ (git-ignored) and reused while its stamp says the same N and
 * generator version.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from '../kit/args';
import { BENCH_DIR } from './archive';

/** Bumped whenever the output changes, so an older file is not reused. */
const VERSION = 4;
const SITE = 'https://kabar-lama.test';
const SEED = 20241224;

export function exportFile(posts: number): string {
  return path.join(BENCH_DIR, `wordpress-export-${posts}.xml`);
}

/** The export of `posts` posts: reused when there, else generated. Returns its path. */
export async function ensureExport(posts: number, log = console.log): Promise<string> {
  const file = exportFile(posts);
  const stampFile = `${file}.stamp`;
  const stamp = `wordpress-export v${VERSION}, ${posts} posts, seed ${SEED}`;
  const size = await stat(file).then(
    (s) => s.size,
    () => -1,
  );
  if (size > 0 && (await readFile(stampFile, 'utf8').catch(() => '')) === `${stamp}, ${size}`)
    return file;
  await mkdir(BENCH_DIR, { recursive: true });
  const started = performance.now();
  const partial = `${file}.partial`;
  await writeExport(partial, posts, log);
  await rename(partial, file);
  const written = (await stat(file)).size;
  await writeFile(stampFile, `${stamp}, ${written}`);
  log(
    `  export: ${posts.toLocaleString('en')} posts, ${(written / 1e6).toFixed(0)} MB ` +
      `(${Math.round(written / posts).toLocaleString('en')} B a post) in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return file;
}

/** Mulberry32: a small seeded generator, the same numbers on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Word lists for the filler: Indonesian-sounding news prose, no sentence taken from anywhere.
const SUBJECTS = [
  'pemerintah kota',
  'dinas pekerjaan umum',
  'warga setempat',
  'kepala desa',
  'petugas pemadam kebakaran',
  'anggota dewan',
  'pedagang pasar',
  'tim gabungan',
  'pihak kepolisian',
  'para nelayan',
  'pengurus koperasi',
  'panitia pemilihan',
  'badan penanggulangan bencana',
  'kepala sekolah',
  'perusahaan daerah air minum',
  'dinas kesehatan',
  'para petani sawit',
  'pemerintah provinsi',
  'tokoh masyarakat',
  'pengemudi ojek daring',
];
const VERBS = [
  'meninjau',
  'membahas',
  'menyiapkan',
  'menolak',
  'mengusulkan',
  'memperbaiki',
  'mengumumkan',
  'menunda',
  'memeriksa',
  'menyalurkan',
  'mendata',
  'mempercepat',
  'mengevaluasi',
  'menertibkan',
  'meresmikan',
  'mengawasi',
];
const OBJECTS = [
  'jembatan penghubung antarkecamatan',
  'anggaran perubahan tahun ini',
  'jadwal pengangkutan sampah',
  'bantuan beras bagi keluarga miskin',
  'jalan lingkar yang rusak berat',
  'rencana relokasi pedagang kaki lima',
  'harga cabai di pasar tradisional',
  'pembangunan gedung sekolah baru',
  'izin usaha tambang pasir',
  'daftar pemilih tetap',
  'saluran drainase di pusat kota',
  'program vaksinasi anak',
  'tarif angkutan umum',
  'stok bahan bakar di daerah terpencil',
  'lahan gambut yang terbakar',
  'pelabuhan penyeberangan',
  'rumah sakit rujukan daerah',
  'kebun bibit milik desa',
];
const PLACES = [
  'Pekanbaru',
  'Dumai',
  'Bengkalis',
  'Siak',
  'Kampar',
  'Rokan Hulu',
  'Indragiri Hilir',
  'Pelalawan',
  'Kuantan Singingi',
  'Meranti',
  'Bangkinang',
  'Tembilahan',
  'Rengat',
  'Bagansiapiapi',
  'Pasir Pengaraian',
];
const TIMES = [
  'pada Senin pagi',
  'sejak pekan lalu',
  'hingga akhir bulan',
  'dalam rapat terbuka',
  'menjelang musim hujan',
  'setelah banjir surut',
  'pada Kamis sore',
  'tahun depan',
  'di sela kunjungan kerja',
  'sebelum libur panjang',
];
const TAILS = [
  'agar warga tidak lagi menunggu terlalu lama',
  'meski sebagian warga masih mempertanyakan rinciannya',
  'sebagaimana dijanjikan dalam rapat sebelumnya',
  'dengan melibatkan kelurahan dan kecamatan',
  'karena keluhan terus berdatangan',
  'sambil menunggu keputusan dari pusat',
  'supaya pelayanan kembali normal',
  'namun belum menyebut besaran biayanya',
];
const QUOTES = [
  'Kami minta semua pihak bersabar, pekerjaan ini butuh waktu',
  'Data yang kami pegang berbeda dengan laporan di lapangan',
  'Kalau cuaca mendukung, pekan depan sudah bisa dipakai',
  'Warga jangan ragu melapor bila menemukan pungutan liar',
  'Ini bukan soal anggaran saja, tetapi juga soal pengawasan',
  'Kami sudah tiga kali menyurati dinas terkait',
];
const PEOPLE = [
  'Rahmat Hidayat',
  'Siti Aminah',
  'Yusuf Harahap',
  'Dewi Lestari Putri',
  'Agus Salim Nasution',
  'Maya Indrawati',
  'Hendra Saputra',
  'Nurul Fadhilah',
  'Bambang Sutejo',
  'Fitri Handayani',
];
const ROLES = ['kepala dinas', 'camat', 'ketua RT', 'juru bicara', 'pengamat kebijakan', 'warga'];
const HEADLINE_WORDS = [
  'banjir',
  'jalan',
  'pasar',
  'sawit',
  'anggaran',
  'sekolah',
  'nelayan',
  'jembatan',
  'pilkada',
  'harga',
  'kebakaran',
  'gambut',
  'listrik',
  'air',
  'bersih',
  'warga',
  'desa',
  'kota',
  'bantuan',
  'proyek',
  'tol',
  'pelabuhan',
  'festival',
  'budaya',
  'melayu',
  'kopi',
  'sagu',
  'karet',
  'ikan',
  'patin',
];
/** Non-ASCII words of titles, whose slugs WordPress keeps percent-encoded. */
const ACCENTED = ['kafé', 'rūmah', 'pantai—indah', '“pasar”', 'ikan’s', 'sapi·perah', 'dürian'];
const CATEGORIES: [slug: string, name: string][] = [
  ['nasional', 'Nasional'],
  ['riau', 'Riau'],
  ['pekanbaru', 'Pekanbaru'],
  ['ekonomi', 'Ekonomi'],
  ['olahraga', 'Olahraga'],
  ['internasional', 'Internasional'],
  ['hukum', 'Hukum & Kriminal'],
  ['politik', 'Politik'],
  ['gaya-hidup', 'Gaya Hidup'],
  ['teknologi', 'Teknologi'],
  ['opini', 'Opini'],
  ['uncategorized', 'Uncategorized'],
];
const AUTHORS = [
  ['redaksi', 'Redaksi'],
  ['budi.s', 'Budi Santoso'],
  ['sari', 'Sari Wulandari'],
  ['andi_p', 'Andi Pratama'],
  ['lina', 'Lina Marlina'],
  ['rizal', 'Rizal Fahmi'],
  ['yanti.k', 'Yanti Kusuma'],
  ['dodi', 'Dodi Firmansyah'],
];
const TAGS = 400;

const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const pad = (n: number) => String(n).padStart(2, '0');

function wpDate(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

/** The generator's state: its random numbers, the ids handed out, the recent attachments. */
class Generator {
  private readonly r = random(SEED);
  private nextId = 10;
  /** Recent attachment ids with their image URLs, for galleries and captions. */
  private recent: { id: number; url: string }[] = [];
  private readonly usedSlugs: string[] = [];

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.r() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.r() * (max - min + 1));
  }
  id(): number {
    return this.nextId++;
  }
  digits(n: number): string {
    let out = String(this.int(1, 9));
    while (out.length < n) out += String(this.int(0, 9));
    return out;
  }
  code(n: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
    let out = '';
    for (let i = 0; i < n; i++) out += this.pick([...alphabet]);
    return out;
  }

  sentence(): string {
    const who = this.pick(SUBJECTS);
    let s = `${who[0]!.toUpperCase()}${who.slice(1)} ${this.pick(VERBS)} ${this.pick(OBJECTS)} di ${this.pick(PLACES)} ${this.pick(TIMES)}`;
    if (this.chance(0.5)) s += `, ${this.pick(TAILS)}`;
    return `${s}.`;
  }
  quote(): string {
    return `“${this.pick(QUOTES)},” kata ${this.pick(PEOPLE)}, ${this.pick(ROLES)} di ${this.pick(PLACES)}.`;
  }
  paragraph(): string {
    const parts: string[] = [];
    const n = this.int(2, 3);
    for (let i = 0; i < n; i++) parts.push(this.chance(0.15) ? this.quote() : this.sentence());
    let text = parts.join(' ');
    if (this.chance(0.2)) text = text.replace(/ di ([A-Z][a-z]+)/, ' di <a href="/tag/$1/">$1</a>');
    if (this.chance(0.15)) text = text.replace(/^(\S+ \S+)/, '<strong>$1</strong>');
    return text;
  }
  title(): string {
    const words = [this.pick(HEADLINE_WORDS), this.pick(HEADLINE_WORDS), this.pick(PLACES)];
    if (this.chance(0.5)) words.push(this.pick(HEADLINE_WORDS));
    const t = words.join(' ');
    return `${t[0]!.toUpperCase()}${t.slice(1)}`;
  }
  slug(title: string, id: number): string {
    if (this.chance(0.01) && this.usedSlugs.length) return this.pick(this.usedSlugs);
    let slug = title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (this.chance(0.04))
      slug = `${slug}-${encodeURIComponent(this.pick(ACCENTED)).toLowerCase()}`;
    slug = `${slug}-${id % 1000}`;
    if (this.usedSlugs.length < 2000) this.usedSlugs.push(slug);
    else this.usedSlugs[id % 2000] = slug;
    return slug;
  }

  youtube = () => `https://www.youtube.com/watch?v=${this.code(11)}`;
  tweet = () =>
    `https://x.com/${this.pick(['humasriau', 'kabarlama', 'bpbd_riau'])}/status/${this.digits(19)}`;
  instagram = () => `https://www.instagram.com/p/${this.code(11)}/`;
  tiktok = () =>
    `https://www.tiktok.com/@${this.pick(['warga.riau', 'kulinerpku'])}/video/${this.digits(19)}`;
  embedUrl(): string {
    const n = this.r();
    return n < 0.45
      ? this.youtube()
      : n < 0.7
        ? this.tweet()
        : n < 0.88
          ? this.instagram()
          : this.tiktok();
  }

  /** An attachment item (an image uploaded in `month`), remembered for galleries. */
  attachment(parent: number, at: number): { id: number; xml: string } {
    const id = this.id();
    const d = new Date(at);
    const name = `${this.pick(HEADLINE_WORDS)}-${this.pick(PLACES).toLowerCase().replace(/ /g, '-')}-${id}`;
    const url = `${SITE}/wp-content/uploads/${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${name}.jpg`;
    this.recent.push({ id, url });
    if (this.recent.length > 200) this.recent.shift();
    const credit = this.chance(0.5)
      ? `<wp:postmeta><wp:meta_key>${cdata('_media_credit')}</wp:meta_key><wp:meta_value>${cdata(`${this.pick(PEOPLE)}/Kabar Lama`)}</wp:meta_value></wp:postmeta>`
      : '';
    const xml = `\t<item>
\t\t<title>${cdata(name)}</title>
\t\t<link>${SITE}/?attachment_id=${id}</link>
\t\t<dc:creator>${cdata(this.pick(AUTHORS)[0]!)}</dc:creator>
\t\t<guid isPermaLink="false">${url}</guid>
\t\t<content:encoded>${cdata('')}</content:encoded>
\t\t<excerpt:encoded>${cdata(this.chance(0.6) ? this.sentence() : '')}</excerpt:encoded>
\t\t<wp:post_id>${id}</wp:post_id>
\t\t<wp:post_date>${cdata(wpDate(at + 7 * 3_600_000))}</wp:post_date>
\t\t<wp:post_date_gmt>${cdata(wpDate(at))}</wp:post_date_gmt>
\t\t<wp:post_name>${cdata(name)}</wp:post_name>
\t\t<wp:status>${cdata('inherit')}</wp:status>
\t\t<wp:post_parent>${parent}</wp:post_parent>
\t\t<wp:post_type>${cdata('attachment')}</wp:post_type>
\t\t<wp:attachment_url>${cdata(url)}</wp:attachment_url>
\t\t<wp:postmeta><wp:meta_key>${cdata('_wp_attached_file')}</wp:meta_key><wp:meta_value>${cdata(url.slice(url.indexOf('uploads/') + 8))}</wp:meta_value></wp:postmeta>
\t\t<wp:postmeta><wp:meta_key>${cdata('_wp_attachment_image_alt')}</wp:meta_key><wp:meta_value>${cdata(this.sentence().slice(0, 80))}</wp:meta_value></wp:postmeta>
${credit}\t</item>\n`;
    return { id, xml };
  }

  galleryIds(): number[] {
    const n = Math.min(this.recent.length, this.int(3, 6));
    const start = this.int(0, Math.max(0, this.recent.length - n));
    return this.recent.slice(start, start + n).map((a) => a.id);
  }
  image(): { id: number; url: string } | undefined {
    return this.recent.length ? this.pick(this.recent) : undefined;
  }

  /** A classic-editor body: wpautop paragraphs (blank lines), shortcodes, bare URLs. */
  classicBody(): string {
    const parts: string[] = [];
    const paragraphs = this.int(3, 6);
    for (let i = 0; i < paragraphs; i++) {
      parts.push(this.paragraph());
      if (i === 1 && this.chance(0.35)) {
        const img = this.image();
        if (img)
          parts.push(
            `[caption id="attachment_${img.id}" align="aligncenter" width="800"]<img class="size-large wp-image-${img.id}" src="${img.url}" alt="" width="800" height="450" /> ${this.sentence()}[/caption]`,
          );
      }
      if (i === 3 && this.chance(0.12))
        parts.push(`[gallery ids="${this.galleryIds().join(',')}"]`);
      if (i === 2 && this.chance(0.12)) parts.push(`[embed]${this.embedUrl()}[/embed]`);
      if (i === paragraphs - 1 && this.chance(0.1)) parts.push(this.embedUrl());
      if (i === 2 && this.chance(0.04))
        parts.push(
          `[video width="640" height="360" mp4="${SITE}/wp-content/uploads/2023/01/liputan-${this.int(1, 999)}.mp4"][/video]`,
        );
      if (i === paragraphs - 1 && this.chance(0.03))
        parts.push(
          `[audio mp3="${SITE}/wp-content/uploads/2023/02/wawancara-${this.int(1, 999)}.mp3"][/audio]`,
        );
      if (i === 3 && this.chance(0.05)) parts.push(`<blockquote>${this.quote()}</blockquote>`);
      if (i === 2 && this.chance(0.1))
        parts.push(`Baca juga: <a href="${SITE}/?p=${this.int(10, 9999)}">${this.title()}</a>`);
    }
    if (this.chance(0.1)) parts.splice(2, 0, '<!--more-->');
    return parts.join('\n\n');
  }

  /** A block-editor body: block comments around their HTML. */
  blockBody(): string {
    const parts: string[] = [];
    const p = (text: string) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
    const blocks = this.int(3, 6);
    for (let i = 0; i < blocks; i++) {
      parts.push(p(this.paragraph()));
      if (i === 1 && this.chance(0.3)) {
        const img = this.image();
        if (img)
          parts.push(
            `<!-- wp:image {"id":${img.id},"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large"><img src="${img.url}" alt="${this.pick(HEADLINE_WORDS)}" class="wp-image-${img.id}"/><figcaption class="wp-element-caption">${this.sentence()}</figcaption></figure>\n<!-- /wp:image -->`,
          );
      }
      if (i === 2 && this.chance(0.25))
        parts.push(
          `<!-- wp:heading -->\n<h2 class="wp-block-heading">${this.title()}</h2>\n<!-- /wp:heading -->`,
        );
      if (i === 3 && this.chance(0.15)) {
        const items = Array.from(
          { length: this.int(3, 5) },
          () => `<!-- wp:list-item -->\n<li>${this.sentence()}</li>\n<!-- /wp:list-item -->`,
        );
        parts.push(
          `<!-- wp:list -->\n<ul class="wp-block-list">${items.join('\n')}</ul>\n<!-- /wp:list -->`,
        );
      }
      if (i === 4 && this.chance(0.12))
        parts.push(
          `<!-- wp:quote -->\n<blockquote class="wp-block-quote">${p(this.quote())}<cite>${this.pick(PEOPLE)}</cite></blockquote>\n<!-- /wp:quote -->`,
        );
      if (i === 2 && this.chance(0.06))
        parts.push(
          `<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>${this.pick(QUOTES)}.</p><cite>${this.pick(PEOPLE)}</cite></blockquote></figure>\n<!-- /wp:pullquote -->`,
        );
      if (i === 3 && this.chance(0.05)) {
        const rows = Array.from(
          { length: this.int(3, 6) },
          () =>
            `<tr><td>${this.pick(PLACES)}</td><td>${this.int(10, 9000)}</td><td>${this.int(1, 99)}%</td></tr>`,
        );
        parts.push(
          `<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>Daerah</th><th>Jumlah</th><th>Persen</th></tr></thead><tbody>${rows.join('')}</tbody></table></figure>\n<!-- /wp:table -->`,
        );
      }
      if (i === 4 && this.chance(0.1)) {
        const ids = this.galleryIds();
        const figures = ids.map(
          (id) =>
            `<!-- wp:image {"id":${id},"sizeSlug":"large"} -->\n<figure class="wp-block-image size-large"><img src="${SITE}/wp-content/uploads/2024/01/foto-${id}.jpg" alt="" data-id="${id}" class="wp-image-${id}"/></figure>\n<!-- /wp:image -->`,
        );
        parts.push(
          `<!-- wp:gallery {"linkTo":"none"} -->\n<figure class="wp-block-gallery has-nested-images columns-default is-cropped">${figures.join('\n')}</figure>\n<!-- /wp:gallery -->`,
        );
      }
      if (i === blocks - 1 && this.chance(0.14)) {
        const url = this.embedUrl();
        const provider = url.includes('youtube')
          ? 'youtube'
          : url.includes('x.com')
            ? 'twitter'
            : url.includes('instagram')
              ? 'instagram'
              : 'tiktok';
        const type = provider === 'youtube' ? 'video' : 'rich';
        parts.push(
          `<!-- wp:embed {"url":"${url}","type":"${type}","providerNameSlug":"${provider}","responsive":true} -->\n<figure class="wp-block-embed is-type-${type} is-provider-${provider} wp-block-embed-${provider}"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`,
        );
      }
      if (i === blocks - 2 && this.chance(0.03))
        parts.push(p(`[gallery ids="${this.galleryIds().join(',')}"]`));
    }
    return parts.join('\n\n');
  }

  /** A post or page and, before it, its attachments. */
  post(index: number, at: number): string {
    const postId = this.id();
    const page = this.chance(0.002);
    let xml = '';
    let thumbnail: number | undefined;
    if (!page && this.chance(0.65)) {
      const a = this.attachment(postId, at);
      thumbnail = a.id;
      xml += a.xml;
      if (this.chance(0.05)) xml += this.attachment(postId, at).xml;
    }
    const title = page ? `Halaman ${this.pick(HEADLINE_WORDS)} ${index}` : this.title();
    const slug = this.slug(title, postId);
    const roll = this.r();
    let status =
      roll < 0.9
        ? 'publish'
        : roll < 0.94
          ? 'draft'
          : roll < 0.955
            ? 'pending'
            : roll < 0.97
              ? 'private'
              : roll < 0.985
                ? 'future'
                : 'trash';
    if (page && status !== 'publish' && status !== 'draft') status = 'publish';
    const when = status === 'future' ? Date.UTC(2027, 0, 1) + index * 60_000 : at;
    const body = this.chance(0.45) ? this.classicBody() : this.blockBody();
    const author = this.pick(AUTHORS)[0]!;
    const terms: string[] = [];
    if (!page) {
      const cats = this.chance(0.3) ? 2 : 1;
      for (let c = 0; c < cats; c++) {
        const [nicename, name] = this.pick(CATEGORIES);
        terms.push(`<category domain="category" nicename="${nicename}">${cdata(name)}</category>`);
      }
      const tags = this.int(0, 5);
      for (let t = 0; t < tags; t++) {
        const n = Math.floor(this.r() ** 2 * TAGS);
        terms.push(
          `<category domain="post_tag" nicename="topik-${n}">${cdata(`Topik ${n}`)}</category>`,
        );
      }
    }
    const meta: [string, string][] = [['_edit_last', '1']];
    if (thumbnail) meta.push(['_thumbnail_id', String(thumbnail)]);
    if (this.chance(0.3)) meta.push(['_yoast_wpseo_metadesc', this.sentence()]);
    const password = status === 'publish' && this.chance(0.003) ? 'rahasia' : '';
    const link = page
      ? `${SITE}/${slug}/`
      : `${SITE}/${wpDate(when).slice(0, 7).replace('-', '/')}/${slug}/`;
    xml += `\t<item>
\t\t<title>${cdata(title)}</title>
\t\t<link>${link}</link>
\t\t<pubDate>${new Date(when).toUTCString().replace('GMT', '+0000')}</pubDate>
\t\t<dc:creator>${cdata(author)}</dc:creator>
\t\t<guid isPermaLink="false">${SITE}/?${page ? 'page_id' : 'p'}=${postId}</guid>
\t\t<description></description>
\t\t<content:encoded>${cdata(body)}</content:encoded>
\t\t<excerpt:encoded>${cdata(this.chance(0.3) ? this.sentence() : '')}</excerpt:encoded>
\t\t<wp:post_id>${postId}</wp:post_id>
\t\t<wp:post_date>${cdata(wpDate(when + 7 * 3_600_000))}</wp:post_date>
\t\t<wp:post_date_gmt>${cdata(status === 'draft' ? '0000-00-00 00:00:00' : wpDate(when))}</wp:post_date_gmt>
\t\t<wp:post_modified>${cdata(wpDate(when + 7 * 3_600_000 + (this.chance(0.2) ? 86_400_000 : 0)))}</wp:post_modified>
\t\t<wp:post_modified_gmt>${cdata(wpDate(when + (this.chance(0.2) ? 86_400_000 : 0)))}</wp:post_modified_gmt>
\t\t<wp:comment_status>${cdata('open')}</wp:comment_status>
\t\t<wp:ping_status>${cdata('open')}</wp:ping_status>
\t\t<wp:post_name>${cdata(slug)}</wp:post_name>
\t\t<wp:status>${cdata(status)}</wp:status>
\t\t<wp:post_parent>0</wp:post_parent>
\t\t<wp:menu_order>0</wp:menu_order>
\t\t<wp:post_type>${cdata(page ? 'page' : 'post')}</wp:post_type>
\t\t<wp:post_password>${cdata(password)}</wp:post_password>
\t\t<wp:is_sticky>0</wp:is_sticky>
${terms.map((t) => `\t\t${t}\n`).join('')}${meta.map(([k, v]) => `\t\t<wp:postmeta><wp:meta_key>${cdata(k)}</wp:meta_key><wp:meta_value>${cdata(v)}</wp:meta_value></wp:postmeta>\n`).join('')}\t</item>\n`;
    return xml;
  }
}

function header(): string {
  const authors = AUTHORS.map(
    ([login, name], i) =>
      `\t<wp:author><wp:author_id>${i + 1}</wp:author_id><wp:author_login>${cdata(login!)}</wp:author_login><wp:author_email>${cdata(`${login}@kabar-lama.test`)}</wp:author_email><wp:author_display_name>${cdata(name!)}</wp:author_display_name><wp:author_first_name>${cdata(name!.split(' ')[0]!)}</wp:author_first_name><wp:author_last_name>${cdata(name!.split(' ').slice(1).join(' '))}</wp:author_last_name></wp:author>\n`,
  ).join('');
  const categories = CATEGORIES.map(
    ([slug, name], i) =>
      `\t<wp:category><wp:term_id>${i + 1}</wp:term_id><wp:category_nicename>${cdata(slug)}</wp:category_nicename><wp:category_parent>${cdata(slug === 'pekanbaru' ? 'riau' : '')}</wp:category_parent><wp:cat_name>${cdata(name)}</wp:cat_name></wp:category>\n`,
  ).join('');
  let tags = '';
  for (let n = 0; n < TAGS; n++)
    tags += `\t<wp:tag><wp:term_id>${100 + n}</wp:term_id><wp:tag_slug>${cdata(`topik-${n}`)}</wp:tag_slug><wp:tag_name>${cdata(`Topik ${n}`)}</wp:tag_name></wp:tag>\n`;
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!-- A synthetic export for Warta's import benchmark (scripts/bench/wordpress-export.ts). -->
<rss version="2.0"
\txmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
\txmlns:content="http://purl.org/rss/1.0/modules/content/"
\txmlns:wfw="http://wellformedweb.org/CommentAPI/"
\txmlns:dc="http://purl.org/dc/elements/1.1/"
\txmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>Kabar Lama</title>
\t<link>${SITE}</link>
\t<description>Berita Riau dan sekitarnya</description>
\t<pubDate>Tue, 24 Dec 2024 05:00:00 +0000</pubDate>
\t<language>id-ID</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>${SITE}</wp:base_site_url>
\t<wp:base_blog_url>${SITE}</wp:base_blog_url>
${authors}${categories}${tags}\t<generator>https://wordpress.org/?v=6.6</generator>
`;
}

/** Writes the export to `file`, waiting for the disk whenever a megabyte is pending. */
async function writeExport(file: string, posts: number, log: (line: string) => void) {
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.on('error', reject));
  const write = async (text: string) => {
    if (!out.write(text))
      await Promise.race([
        new Promise<void>((resolve) => out.once('drain', () => resolve())),
        failed,
      ]);
  };
  const g = new Generator();
  // Oldest first, as WordPress exports; a hundred posts a day up to the benchmarks' "now".
  const end = Date.parse('2024-12-24T05:00:00Z');
  const interval = 864_000;
  await write(header());
  let pending = '';
  for (let i = 0; i < posts; i++) {
    pending += g.post(i, end - (posts - i) * interval);
    if (pending.length > 1 << 20) {
      await write(pending);
      pending = '';
    }
    if ((i + 1) % 20_000 === 0) log(`  export: ${i + 1}/${posts} posts`);
  }
  await write(`${pending}</channel>\n</rss>\n`);
  out.end();
  await finished(out);
}

if (process.argv[1] && /wordpress-export\.ts$/.test(process.argv[1])) {
  const { options } = parseArgs(
    'npx tsx scripts/bench/wordpress-export.ts [--posts=100000]\n' +
      '  Writes (or reuses) .data/bench/wordpress-export-<posts>.xml and prints its path.',
  );
  const posts = Number(options.get('posts') ?? 100_000);
  ensureExport(posts).then(
    (file) => console.log(file),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
