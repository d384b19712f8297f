/**
 * The Indonesian words the interface prints. Content (headlines, bodies, bios) comes from
 * lib/content; dates from lib/dates; these modules hold only the chrome, one file a concern,
 * gathered here into the one `strings` every caller imports.
 */
import { content } from './content';
import { desk } from './desk';
import { publishing } from './publishing';
import { embed, reader, search, share } from './reader';
import { statusPages } from './status-pages';
import { wordpressImport } from './wordpress-import';

export const strings = {
  ...reader,
  ...statusPages,
  search,
  share,
  embed,
  content,
  desk,
  publishing,
  wordpressImport,
} as const;
