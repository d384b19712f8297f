import { contentRoot } from '../../lib/content/paths';
import { publishUrls, runPublishCli } from '../../lib/publishing/endpoint/cli';

/**
 * npm run publish -- [--dry-run] <file…>: publish content files to the running site(s);
 * npm run publish -- --pratinjau <id>: a signed draft preview link and when it expires.
 */
void runPublishCli(process.argv.slice(2), {
  secret: process.env.WARTA_PUBLISH_SECRET?.trim() || undefined,
  previewSecret: process.env.WARTA_PREVIEW_SECRET?.trim() || undefined,
  urls: publishUrls(),
  contentDir: contentRoot(),
  print: (line) => console.log(line),
}).then((code) => process.exit(code));
