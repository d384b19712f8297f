/** A bounded load loop for the failure tests: loopback only, stops after `durationMs`. */
export interface LoadReport {
  requests: number;
  /** Network errors and responses with status >= 500, with what was seen. */
  failures: string[];
  statuses: Record<number, number>;
}

/** Starts the load; `report` fills in as it runs, `done` resolves when it has stopped. */
export function startLoad(options: {
  urls: string[];
  concurrency: number;
  durationMs: number;
  maxRequests?: number;
}): { report: LoadReport; done: Promise<LoadReport> } {
  for (const url of options.urls) {
    const { hostname } = new URL(url);
    if (hostname !== '127.0.0.1') throw new Error(`load only on loopback, not ${hostname}`);
  }
  const report: LoadReport = { requests: 0, failures: [], statuses: {} };
  const deadline = Date.now() + options.durationMs;
  const maxRequests = options.maxRequests ?? 200_000;
  let next = 0;
  const worker = async () => {
    while (Date.now() < deadline && report.requests < maxRequests) {
      const url = options.urls[next++ % options.urls.length]!;
      report.requests++;
      try {
        const response = await fetch(url, {
          redirect: 'manual',
          // Generous: other work on a shared machine can slow a render to seconds; a client
          // that gives up is still counted as a failure.
          signal: AbortSignal.timeout(30_000),
          headers: { 'accept-encoding': 'gzip' },
        });
        await response.arrayBuffer();
        report.statuses[response.status] = (report.statuses[response.status] ?? 0) + 1;
        if (response.status >= 500) report.failures.push(`${response.status} ${url}`);
      } catch (error) {
        report.failures.push(`${error instanceof Error ? error.message : error} ${url}`);
      }
    }
  };
  const done = Promise.all(Array.from({ length: options.concurrency }, worker)).then(() => report);
  return { report, done };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
