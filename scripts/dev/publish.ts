import { contentRoot } from '../../lib/content/paths';
import { publishUrls, runPublishCli } from '../../lib/publishing/publish-cli';

/** npm run publish -- [--dry-run] <file…>: publish content files to the running site(s). */
void runPublishCli(process.argv.slice(2), {
  secret: process.env.WARTA_PUBLISH_SECRET?.trim() || undefined,
  urls: publishUrls(),
  contentDir: contentRoot(),
  print: (line) => console.log(line),
}).then((code) => process.exit(code));
