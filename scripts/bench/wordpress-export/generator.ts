import {
  ACCENTED,
  HEADLINE_WORDS,
  OBJECTS,
  PEOPLE,
  PLACES,
  QUOTES,
  ROLES,
  SUBJECTS,
  TAILS,
  TIMES,
  VERBS,
} from './words';

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

/**
 * The generator's state: its random numbers, the ids handed out, the recent attachments; and the
 * choices made with them (words, sentences, titles, slugs, embed URLs).
 */
export class Generator {
  private readonly r: () => number;
  private nextId = 10;
  /** Recent attachment ids with their image URLs, for galleries and captions. */
  private recent: { id: number; url: string }[] = [];
  private readonly usedSlugs: string[] = [];

  constructor(seed: number) {
    this.r = random(seed);
  }

  /** The next random number, in [0, 1). */
  next(): number {
    return this.r();
  }

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

  /** Remembers an attachment's image, for galleries and captions. */
  remember(id: number, url: string): void {
    this.recent.push({ id, url });
    if (this.recent.length > 200) this.recent.shift();
  }

  galleryIds(): number[] {
    const n = Math.min(this.recent.length, this.int(3, 6));
    const start = this.int(0, Math.max(0, this.recent.length - n));
    return this.recent.slice(start, start + n).map((a) => a.id);
  }
  image(): { id: number; url: string } | undefined {
    return this.recent.length ? this.pick(this.recent) : undefined;
  }
}
