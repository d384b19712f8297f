import { siteConfig } from '../../site-config';
import { indexNowEndpoint, indexNowKey, websubHubUrl } from './config';
import { CrawlerNotifier } from './notifier';
import { consoleLog } from '../log';

const KEY = Symbol.for('warta.publishing.crawlerNotifier');
type Holder = { [KEY]?: CrawlerNotifier };

/** The process's crawler notifier, configured from the environment (off when nothing is set). */
export function crawlerNotifier(
  env: Readonly<Record<string, string | undefined>> = process.env,
): CrawlerNotifier {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const key = indexNowKey(env);
    holder[KEY] = new CrawlerNotifier({
      siteUrl: siteConfig.url,
      indexNow: key ? { key, endpoint: indexNowEndpoint(env) } : undefined,
      websubHub: websubHubUrl(env),
      log: consoleLog,
    });
  }
  return holder[KEY];
}
