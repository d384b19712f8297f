import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml, stringify as yamlStringify } from 'yaml';
import { clashes } from '../../content/claims';
import type { ContentIssue } from '../../content/errors';
import { readSectionsText } from '../../content/load';
import { parseDocument } from '../../content/document';
import type { Section } from '../../content/schema';
import { ingestContent } from '../../ingest';
import { openStore } from '../../store';
import { siteConfig } from '../../site-config';
import { slugify } from '../../slug';
import { strings } from '../../strings';
import type { Attachment, BodyNote } from './body';
import { decide, hashText, readManifest, writeManifest, type Manifest } from './manifest';
import {
  authorFile,
  authorIdOf,
  mapPage,
  mapPost,
  sectionMapSchema,
  type MapContext,
  type MappedFile,
  type SectionMap,
} from './map';
import {
  archiveRedirects,
  attachmentRedirects,
  postRedirects,
  type ArchiveCounts,
  type Redirect,
} from './redirects';
import { uploadsResolver } from './uploads';
import { readWxr } from './wxr-reader';
import type { WxrAuthor, WxrItem, WxrSite, WxrTerm } from './wxr-records';

/**
 * `npm run import:wordpress`: a WordPress export into Warta's content folder. Two passes over the
 * export, one item in memory at a time: the first gathers authors, terms and attachments (what
 * posts refer to) and counts the posts; the second maps each post and page (./map.ts) and writes
 * its file. The files then go through the ingest (lib/ingest), the one validated way into the
 * store, and the old addresses (./redirects.ts) are written to the store.
 */

const s = strings.wordpressImport;

export interface ImportOptions {
  exportFile: string;
  contentDir: string;
  publicDir: string;
  uploadsDir?: string;
  sectionsFile?: string;
  /** Overwrite files edited in Warta since the last import. */
  force?: boolean;
  /** Where the report (JSON) goes. */
  reportFile: string;
  utcOffset?: string;
  dateline?: string;
  /** Ingest the written files and write the redirects to the store (default true). */
  ingest?: boolean;
  /** Progress lines (replacing each other on a terminal). */
  progress?: (line: string) => void;
}

export type Outcome = 'imported' | 'approximate' | 'not-imported';

export interface ReportEntry {
  wpId: number;
  type: string;
  title: string;
  outcome: Outcome;
  file?: string;
  /** What happened to the file: new, update, unchanged, edited (kept), foreign (kept). */
  write?: string;
  reasons: string[];
}

export interface ImportSummary {
  itemsRead: number;
  articles: Record<Outcome, number>;
  pages: Record<Outcome, number>;
  otherItems: number;
  authors: number;
  imagesCopied: number;
  redirects: number;
  writes: Record<string, number>;
  readError?: string;
  ingestProblems: number;
}

export interface ImportResult {
  summary: ImportSummary;
  entries: ReportEntry[];
  site?: WxrSite;
  proposedSections?: string;
}

interface FirstPass {
  site?: WxrSite;
  authors: Map<string, WxrAuthor>;
  terms: WxrTerm[];
  attachments: Map<number, Attachment & { link: string; guid: string; parent: number }>;
  posts: number;
  error?: string;
}

async function firstPass(file: string): Promise<FirstPass> {
  const pass: FirstPass = { authors: new Map(), terms: [], attachments: new Map(), posts: 0 };
  try {
    for await (const record of readWxr(createReadStream(file))) {
      if (record.kind === 'site') pass.site = record.site;
      else if (record.kind === 'author') pass.authors.set(record.author.login, record.author);
      else if (record.kind === 'term') pass.terms.push(record.term);
      else if (record.item.postType === 'attachment') {
        const item = record.item;
        pass.attachments.set(item.postId, {
          id: item.postId,
          url: item.attachmentUrl || item.guid,
          title: item.title,
          alt: (item.meta.get('_wp_attachment_image_alt') ?? '').trim(),
          caption: item.excerpt,
          credit: creditOf(item),
          link: item.link,
          guid: item.guid,
          parent: item.postParent,
        });
      } else if (record.item.postType === 'post' || record.item.postType === 'page')
        pass.posts += 1;
    }
  } catch (error) {
    pass.error = error instanceof Error ? error.message : String(error);
  }
  return pass;
}

/** A photo credit: the Media Credit plugin's field, else the credit in the image's metadata. */
function creditOf(item: WxrItem): string {
  const plugin = item.meta.get('_media_credit')?.trim();
  if (plugin) return plugin;
  const meta = item.meta.get('_wp_attachment_metadata') ?? '';
  const match = /s:6:"credit";s:\d+:"([^"]*)"/.exec(meta);
  return match?.[1]?.trim() ?? '';
}

/** Files the content folder holds now: article ids and slugs, page slugs, author ids. */
function existingContent(contentDir: string) {
  const ids = new Map<string, string>();
  const slugs = new Map<string, string>();
  const pages = new Set<string>();
  const authors = new Set<string>();
  const list = (dir: string, ext: string) =>
    existsSync(path.join(contentDir, dir))
      ? readdirSync(path.join(contentDir, dir)).filter(
          (name) => name.endsWith(ext) && !name.startsWith('.'),
        )
      : [];
  for (const name of list('articles', '.md')) {
    const rel = `articles/${name}`;
    const data = parseDocument(readFileSync(path.join(contentDir, rel), 'utf8')).data as {
      id?: unknown;
      slug?: unknown;
    };
    if (typeof data?.id === 'string') ids.set(data.id, rel);
    if (typeof data?.slug === 'string') slugs.set(data.slug, rel);
  }
  for (const name of list('pages', '.md')) pages.add(name.slice(0, -3));
  for (const name of list('authors', '.yaml')) authors.add(name.slice(0, -5));
  return { ids, slugs, pages, authors };
}

function loadSections(contentDir: string): Section[] {
  const file = path.join(contentDir, 'sections.yaml');
  const issues: ContentIssue[] = [];
  const sections = existsSync(file)
    ? readSectionsText(file, readFileSync(file, 'utf8'), issues)
    : undefined;
  if (!sections) throw new Error(s.noSections(file, issues.map((i) => i.message).join('; ')));
  return sections;
}

/** Each category matched to a section of the same id or name, else the default. */
export function proposeSections(categories: WxrTerm[], sections: Section[]): SectionMap {
  const fallback = sections.find((x) => x.id === 'nasional')?.id ?? sections[0]!.id;
  const mapping: Record<string, string> = {};
  for (const category of categories) {
    const match = sections.find(
      (x) =>
        x.id === category.slug ||
        x.id === slugify(category.name) ||
        x.name.toLowerCase() === category.name.toLowerCase(),
    );
    mapping[category.slug] = match?.id ?? fallback;
  }
  return { default: fallback, categories: mapping };
}

function readSectionMap(file: string, sections: Section[]): SectionMap {
  const parsed = sectionMapSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      s.badSectionMap(
        file,
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      ),
    );
  const known = new Set(sections.map((x) => x.id));
  const unknown = [parsed.data.default, ...Object.values(parsed.data.categories)].filter(
    (id) => !known.has(id),
  );
  if (unknown.length) throw new Error(s.unknownSections(file, [...new Set(unknown)]));
  return parsed.data;
}

/** A solid placeholder for posts without a featured image, made once. */
async function ensureDefaultImage(publicDir: string): Promise<string> {
  const src = '/images/wp/gambar-bawaan.jpg';
  const file = path.join(publicDir, src);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#d9dee5' } })
      .jpeg({ quality: 80 })
      .toFile(file);
  }
  return src;
}

function minutesLeft(started: number, done: number, total: number): string {
  if (done === 0 || total === 0) return '?';
  const ms = ((Date.now() - started) / done) * (total - done);
  return ms < 60_000 ? s.seconds(Math.ceil(ms / 1000)) : s.minutes(Math.ceil(ms / 60_000));
}

export async function importWordpress(options: ImportOptions): Promise<ImportResult> {
  const progress = options.progress ?? (() => undefined);
  const contentDir = path.resolve(options.contentDir);
  const first = await firstPass(options.exportFile);
  const summary: ImportSummary = {
    itemsRead: 0,
    articles: { imported: 0, approximate: 0, 'not-imported': 0 },
    pages: { imported: 0, approximate: 0, 'not-imported': 0 },
    otherItems: 0,
    authors: 0,
    imagesCopied: 0,
    redirects: 0,
    writes: {},
    readError: first.error,
    ingestProblems: 0,
  };
  const entries: ReportEntry[] = [];
  const writeReport = (site?: WxrSite) => {
    mkdirSync(path.dirname(path.resolve(options.reportFile)), { recursive: true });
    writeFileSync(options.reportFile, `${JSON.stringify({ site, summary, entries }, null, 2)}\n`);
  };
  if (!first.site) {
    writeReport();
    return { summary, entries };
  }
  const site = first.site;
  const siteUrl = site.baseBlogUrl || site.link || site.baseSiteUrl;

  const sections = loadSections(contentDir);
  const categories = first.terms.filter((t) => t.taxonomy === 'category');
  let proposedSections: string | undefined;
  let sectionMap: SectionMap;
  if (options.sectionsFile) {
    sectionMap = readSectionMap(options.sectionsFile, sections);
  } else {
    sectionMap = proposeSections(categories, sections);
    proposedSections = yamlStringify(sectionMap);
  }

  const existing = existingContent(contentDir);
  const manifest: Manifest = readManifest(contentDir);
  const uploads = uploadsResolver(options.uploadsDir, options.publicDir);
  const defaultImage = await ensureDefaultImage(options.publicDir);
  const siteName = site.title || siteConfig.name;
  const usedAuthors = new Set<string>();
  const ctx: MapContext = {
    siteUrl,
    attachment: (id) => first.attachments.get(id),
    image: (url) => uploads.image(url),
    site: {
      siteUrl,
      siteName,
      utcOffset: options.utcOffset ?? siteConfig.utcOffset,
      dateline: (options.dateline ?? siteName.toUpperCase()).slice(0, 60),
      defaultImage: { src: defaultImage, alt: s.defaultImageAlt(siteName), credit: siteName },
    },
    sections: sectionMap,
    authorOf(login) {
      const id = authorIdOf(login);
      usedAuthors.add(login);
      return id;
    },
  };

  const written: string[] = [];
  /** What the old addresses need of each written post: no content, so memory stays small. */
  const located: {
    file: Pick<MappedFile, 'wpId' | 'kind' | 'id' | 'slug' | 'status'>;
    item: Pick<WxrItem, 'link' | 'guid' | 'terms' | 'creator'>;
    pages: number;
  }[] = [];
  const write = (rel: string, text: string): string => {
    const file = path.join(contentDir, rel);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    const decision = decide(manifest, rel, current, text, options.force ?? false);
    summary.writes[decision] = (summary.writes[decision] ?? 0) + 1;
    if (decision === 'new' || decision === 'update') {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      written.push(file);
    }
    if (decision !== 'edited' && decision !== 'foreign')
      manifest.files[rel] = { hash: hashText(text) };
    return decision;
  };

  // The report holds a line per post; the same reason is one string, however many posts give it.
  const interned = new Map<string, string>();
  const intern = (text: string): string => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    const copy = Buffer.from(text, 'utf8').toString('utf8');
    interned.set(copy, copy);
    return copy;
  };
  const started = Date.now();
  let done = 0;
  let lastProgress = 0;
  const slugHolders = new Map(existing.slugs);
  const pageSlugs = new Set<string>();
  try {
    for await (const record of readWxr(createReadStream(options.exportFile))) {
      if (record.kind !== 'item') continue;
      summary.itemsRead += 1;
      const item = record.item;
      if (item.postType !== 'post' && item.postType !== 'page') {
        if (item.postType !== 'attachment') summary.otherItems += 1;
        continue;
      }
      done += 1;
      if (Date.now() - lastProgress > 250) {
        lastProgress = Date.now();
        progress(s.progress(done, first.posts, minutesLeft(started, done, first.posts)));
      }
      const kind = item.postType === 'post' ? 'articles' : 'pages';
      const entry: ReportEntry = {
        wpId: item.postId,
        type: item.postType,
        title: item.title,
        outcome: 'not-imported',
        reasons: [],
      };
      entries.push(entry);
      let mapped = item.postType === 'post' ? mapPost(item, ctx) : mapPage(item, ctx);
      if (mapped.ok && mapped.file.kind === 'article') {
        const rel = mapped.file.path;
        const idHolder = existing.ids.get(mapped.file.id!);
        const idClash = clashes(rel, [{ field: 'id', value: mapped.file.id!, heldBy: idHolder }]);
        if (idClash.length) mapped = { ok: false, reason: idClash[0]!.message };
        else if (
          clashes(rel, [
            { field: 'slug', value: mapped.file.slug, heldBy: slugHolders.get(mapped.file.slug) },
          ]).length
        ) {
          const taken = mapped.file.slug;
          mapped = mapPost(item, ctx, `${taken.slice(0, 100)}-${item.postId}`);
          if (mapped.ok)
            mapped.file.notes.push({
              kind: 'approximate',
              message: s.slugTaken(taken, mapped.file.slug),
            });
        }
      }
      if (mapped.ok && mapped.file.kind === 'page' && pageSlugs.has(mapped.file.slug)) {
        // WordPress allows one slug under two parents; Warta's pages live side by side.
        const taken = mapped.file.slug;
        mapped = mapPage(item, ctx, `${taken.slice(0, 100)}-${item.postId}`);
        if (mapped.ok)
          mapped.file.notes.push({
            kind: 'approximate',
            message: s.slugTaken(taken, mapped.file.slug),
          });
      }
      if (
        mapped.ok &&
        mapped.file.kind === 'page' &&
        existing.pages.has(mapped.file.slug) &&
        !manifest.files[mapped.file.path]
      ) {
        mapped = { ok: false, reason: s.pageExists(mapped.file.slug) };
      }
      if (!mapped.ok) {
        entry.reasons.push(intern(mapped.reason));
        summary[kind]['not-imported'] += 1;
        continue;
      }
      const file = mapped.file;
      if (file.kind === 'article') slugHolders.set(file.slug, file.path);
      else pageSlugs.add(file.slug);
      entry.file = file.path;
      entry.write = write(file.path, file.text);
      entry.reasons.push(...file.notes.map((note: BodyNote) => intern(note.message)));
      if (entry.write === 'edited') entry.reasons.push(s.editedKept);
      if (entry.write === 'foreign') entry.reasons.push(s.foreignKept);
      if (file.status === 'scheduled') entry.reasons.push(s.scheduled);
      entry.outcome = file.notes.length ? 'approximate' : 'imported';
      summary[kind][entry.outcome] += 1;
      located.push({
        file: {
          wpId: file.wpId,
          kind: file.kind,
          id: file.id,
          slug: file.slug,
          status: file.status,
        },
        item: { link: item.link, guid: item.guid, terms: item.terms, creator: item.creator },
        pages: (item.content.match(/<!--\s*nextpage\s*-->/g) ?? []).length + 1,
      });
    }
  } catch (error) {
    summary.readError = error instanceof Error ? error.message : String(error);
  }
  progress('');

  // Authors of the imported posts: written unless a file of that id is there already.
  const authorIds = new Set<string>();
  for (const login of usedAuthors) {
    const author = first.authors.get(login) ?? {
      id: '',
      login,
      email: '',
      displayName: login,
      firstName: '',
      lastName: '',
    };
    const made = authorFile(author, siteName);
    if (!made || authorIds.has(made.id)) continue;
    authorIds.add(made.id);
    const rel = `authors/${made.id}.yaml`;
    if (existing.authors.has(made.id) && !manifest.files[rel]) continue;
    if (write(rel, made.text) === 'new') summary.authors += 1;
  }

  // Old addresses: posts and pages, their attachments, archives and feeds.
  const redirects: Redirect[] = [];
  const targets = new Map<number, string>();
  const counts: ArchiveCounts = { categories: [], tags: [], authors: [] };
  const perCategory = new Map<string, number>();
  const perTag = new Map<string, { name: string; count: number }>();
  const perAuthor = new Map<string, number>();
  for (const { file, item, pages } of located) {
    // Only what readers could reach before: drafts, private and scheduled posts had no public page.
    if (file.status !== 'published') continue;
    const list = postRedirects(
      {
        wpId: file.wpId,
        kind: file.kind,
        link: item.link,
        guid: item.guid,
        id: file.id,
        slug: file.slug,
        pages,
      },
      siteUrl,
    );
    redirects.push(...list);
    targets.set(file.wpId, list[0]?.target ?? '');
    if (file.kind !== 'article') continue;
    for (const term of item.terms) {
      if (term.domain === 'category')
        perCategory.set(term.nicename, (perCategory.get(term.nicename) ?? 0) + 1);
      else if (term.domain === 'post_tag' || term.domain === 'tag') {
        const known = perTag.get(term.nicename) ?? { name: term.name, count: 0 };
        known.count += 1;
        perTag.set(term.nicename, known);
      }
    }
    perAuthor.set(item.creator, (perAuthor.get(item.creator) ?? 0) + 1);
  }
  for (const attachment of first.attachments.values()) {
    const target = targets.get(attachment.parent);
    if (target)
      redirects.push(...attachmentRedirects(attachment.id, attachment.link, target, siteUrl));
  }
  const bySlug = new Map(categories.map((c) => [c.slug, c]));
  const categoryPath = (slug: string): string => {
    const chain: string[] = [];
    for (
      let at = bySlug.get(slug), guard = 0;
      at && guard < 20;
      at = bySlug.get(at.parent), guard += 1
    )
      chain.unshift(at.slug);
    return chain.length ? chain.join('/') : slug;
  };
  // A mapped category's archive goes to its section even when none of its posts are public yet;
  // an unmapped one's goes to the tag its posts carry, so only when it has some.
  const archived = new Set([...perCategory.keys(), ...Object.keys(sectionMap.categories)]);
  for (const slug of archived) {
    const section = sectionMap.categories[slug];
    const term = bySlug.get(slug);
    const count = perCategory.get(slug) ?? 0;
    if (!term && !count) continue;
    counts.categories.push({
      path: categoryPath(slug),
      id: term?.id ?? '',
      section,
      tagName: section ? undefined : term?.name,
      count,
    });
  }
  for (const [slug, { name, count }] of perTag) counts.tags.push({ slug, id: '', name, count });
  for (const [login, count] of perAuthor)
    counts.authors.push({
      login,
      id: authorIdOf(login),
      wpId: first.authors.get(login)?.id,
      count,
    });
  redirects.push(...archiveRedirects(counts, siteUrl, 10));
  for (const r of redirects) manifest.redirects[r.oldPath] = r.target;
  summary.redirects = Object.keys(manifest.redirects).length;
  summary.imagesCopied = uploads.copied;
  writeManifest(contentDir, manifest);

  if (options.ingest !== false && written.length > 0) {
    // A full reconcile by hash: only changed files are read, and a new store is filled whole.
    const { problems } = await ingestContent({ contentDir });
    summary.ingestProblems = problems.length;
    for (const problem of problems) {
      const entry = entries.find((e) => e.file && problem.file.endsWith(e.file));
      if (entry) {
        entry.outcome = 'not-imported';
        entry.reasons.push(s.ingestProblem(problem.field ?? '', problem.message));
      }
    }
  }
  if (options.ingest !== false) {
    const { store } = await openStore(contentDir);
    const rows = Object.entries(manifest.redirects).map(([oldPath, target]) => ({
      oldPath,
      target,
    }));
    await store.write((w) => w.putRedirects(rows));
  }

  writeReport(site);
  return { summary, entries, site, proposedSections };
}

/** Whether anything could be used: the command fails only when nothing was read. */
export function nothingUsable(result: ImportResult): boolean {
  return result.summary.itemsRead === 0;
}
