import { createReadStream } from 'node:fs';
import type { Attachment } from './body';
import { readWxr } from './wxr-reader';
import type { WxrAuthor, WxrItem, WxrSite, WxrTerm } from './wxr-records';

/**
 * The import's first pass over the export: what posts refer to (the site, its authors, terms and
 * attachments) and how many posts and pages there are to map in the second.
 */

/** An attachment with what its old addresses need. */
export type ExportAttachment = Attachment & { link: string; guid: string; parent: number };

export interface FirstPass {
  site?: WxrSite;
  authors: Map<string, WxrAuthor>;
  terms: WxrTerm[];
  attachments: Map<number, ExportAttachment>;
  posts: number;
  error?: string;
}

export async function firstPass(file: string): Promise<FirstPass> {
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
