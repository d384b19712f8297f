import { strings } from '../../strings';
import {
  articlePath,
  authorPath,
  feedPath,
  pagePath,
  sectionFeedPath,
  sectionPath,
} from '../../urls';
import type { ArticleKeys, ContentChange } from '../ingest-port';
import type { PublishLog } from '../log';
import { errorMessage } from '../runtime/publisher';

export interface CrawlerNotifierOptions {
  /** The public origin (siteConfig.url): what the URLs sent to crawlers start with. */
  siteUrl: string;
  indexNow?: { key: string; endpoint: string };
  websubHub?: string;
  log: PublishLog;
  /** Attempts per notification, and the first retry delay (doubling each time). */
  attempts?: number;
  retryDelayMs?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** A crawler endpoint's refusal that retrying will not change (bad key, bad request). */
class PermanentFailure extends Error {}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref?.());

/**
 * Tells search engines (IndexNow) and feed subscribers (a WebSub hub) what changed. Runs in the
 * background: a failure is logged and retried with backoff, and never blocks or fails publishing.
 */
export class CrawlerNotifier {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly options: CrawlerNotifierOptions) {}

  get enabled(): boolean {
    return !!(this.options.indexNow || this.options.websubHub);
  }

  /** Starts the notifications for a batch of changes and returns at once. */
  notify(changes: readonly ContentChange[]): void {
    const { indexNow, websubHub } = this.options;
    const pages = this.changedPages(changes);
    if (indexNow && pages.length > 0)
      this.track(this.deliver('IndexNow', () => this.indexNow(indexNow, pages)));
    const feeds = this.changedFeeds(changes);
    if (websubHub) {
      for (const feed of feeds)
        this.track(this.deliver(`WebSub ${feed}`, () => this.websub(websubHub, feed)));
    }
  }

  /** Resolves when every notification started so far has succeeded or given up (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private track(task: Promise<void>): void {
    this.pending.add(task);
    void task.finally(() => this.pending.delete(task));
  }

  private url(path: string): string {
    return new URL(path, this.options.siteUrl).toString();
  }

  /** Listed articles (now or before: a withdrawal must be recrawled), authors, standing pages. */
  private changedPages(changes: readonly ContentChange[]): string[] {
    const urls = new Set<string>();
    for (const change of changes) {
      if (change.kind === 'article') {
        const versions = [change.before, change.after].filter((v): v is ArticleKeys => !!v);
        if (!versions.some((v) => v.listed)) continue;
        for (const v of versions) urls.add(this.url(articlePath({ id: change.id, slug: v.slug })));
      } else if (change.kind === 'author') urls.add(this.url(authorPath(change.id)));
      else if (change.kind === 'page') urls.add(this.url(pagePath(change.id)));
      else urls.add(this.url(sectionPath(change.id)));
    }
    return [...urls];
  }

  /** The site feeds and the section feeds of listed articles that changed. */
  private changedFeeds(changes: readonly ContentChange[]): string[] {
    const feeds = new Set<string>();
    for (const change of changes) {
      if (change.kind !== 'article') continue;
      const versions = [change.before, change.after].filter((v): v is ArticleKeys => !!v);
      if (!versions.some((v) => v.listed)) continue;
      for (const format of ['rss', 'atom', 'json'] as const) feeds.add(this.url(feedPath(format)));
      for (const v of versions) feeds.add(this.url(sectionFeedPath(v.section)));
    }
    return [...feeds];
  }

  private async deliver(target: string, send: () => Promise<void>): Promise<void> {
    const attempts = this.options.attempts ?? 5;
    let delay = this.options.retryDelayMs ?? 2_000;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await send();
        return;
      } catch (error) {
        this.options.log.warn(
          strings.publishing.notifyFailed(target, attempt, errorMessage(error)),
        );
        if (error instanceof PermanentFailure) break;
        if (attempt < attempts) await sleep(delay);
        delay *= 2;
      }
    }
    this.options.log.error(strings.publishing.notifyGaveUp(target));
  }

  private async post(endpoint: string, init: RequestInit): Promise<void> {
    const doFetch = this.options.fetch ?? fetch;
    const response = await doFetch(endpoint, {
      ...init,
      method: 'POST',
      redirect: 'error',
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
    });
    await response.body?.cancel();
    if (response.ok) return;
    const message = `HTTP ${response.status}`;
    // 429 and 5xx are worth another try; other refusals (bad key, bad request) are not.
    if (response.status === 429 || response.status >= 500) throw new Error(message);
    throw new PermanentFailure(message);
  }

  private indexNow(config: { key: string; endpoint: string }, urlList: string[]): Promise<void> {
    const site = new URL(this.options.siteUrl);
    return this.post(config.endpoint, {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify({
        host: site.host,
        key: config.key,
        keyLocation: this.url(`/${config.key}.txt`),
        urlList,
      }),
    });
  }

  private websub(hub: string, feedUrl: string): Promise<void> {
    return this.post(hub, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': feedUrl }).toString(),
    });
  }
}
