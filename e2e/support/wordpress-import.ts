import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { E2E_LIVE_DIR } from '../../playwright.config';

/**
 * `npm run import:wordpress` as a newsroom runs it against the live server (e2e/live/): into
 * its content folder and its store, while it serves.
 */

export const LIVE_CONTENT = path.join(E2E_LIVE_DIR, 'content');

export interface ImportRun {
  /** The command's exit code. */
  code: number;
  stdout: string;
  stderr: string;
}

export async function runImport(exportFile: string, args: string[]): Promise<ImportRun> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WARTA_CONTENT_DIR: LIVE_CONTENT,
    WARTA_SQLITE_FILE: path.join(E2E_LIVE_DIR, 'store.sqlite'),
  };
  delete env.WARTA_DATABASE_URL;
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      ['tsx', 'scripts/dev/import-wordpress.ts', exportFile, ...args],
      { env, timeout: 90_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? '',
    };
  }
}

/** An instant as WXR writes `post_date_gmt`: "2024-12-24 05:01:15". */
export function wxrGmt(at: Date): string {
  return at.toISOString().slice(0, 19).replace('T', ' ');
}

export interface ScheduledPost {
  wpId: number;
  postName: string;
  title: string;
  at: Date;
}

/** A one-post export: a post WordPress had scheduled (`future`) for `at`. */
export function scheduledExport(post: ScheduledPost): string {
  const gmt = wxrGmt(post.at);
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Kabar Riau Lama</title>
  <link>https://kabarlama.test</link>
  <language>id-ID</language>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>https://kabarlama.test</wp:base_site_url>
  <wp:base_blog_url>https://kabarlama.test</wp:base_blog_url>
  <wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[budi]]></wp:author_login><wp:author_display_name><![CDATA[Budi Santoso]]></wp:author_display_name></wp:author>
  <item>
    <title><![CDATA[${post.title}]]></title>
    <link>https://kabarlama.test/${gmt.slice(0, 4)}/${gmt.slice(5, 7)}/${post.postName}/</link>
    <dc:creator><![CDATA[budi]]></dc:creator>
    <guid isPermaLink="false">https://kabarlama.test/?p=${post.wpId}</guid>
    <content:encoded><![CDATA[<p>Bupati terpilih dilantik di gedung DPRD siang ini.</p>
<p>Pelantikan dihadiri ratusan warga dan tokoh masyarakat.</p>]]></content:encoded>
    <excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:post_id>${post.wpId}</wp:post_id>
    <wp:post_date><![CDATA[${gmt}]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[${gmt}]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[${post.postName}]]></wp:post_name>
    <wp:status><![CDATA[future]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="daerah"><![CDATA[Daerah]]></category>
  </item>
</channel>
</rss>
`;
}

/** The XXE fixture again, its external entity naming `secretFile` (a file the test wrote). */
export function xxeExport(secretFile: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE rss [ <!ENTITY rahasia SYSTEM "file://${secretFile}"> ]>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Kabar Riau Lama</title>
<item><title>&rahasia;</title><content:encoded>&rahasia;</content:encoded><wp:post_id>60</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>
`;
}
