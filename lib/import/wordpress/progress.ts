import { strings } from '../../strings';

/**
 * The import's progress line: posts done of all, with the time left, at most four times a second
 * (a terminal replaces each line with the next).
 */

const s = strings.wordpressImport;

/** Counts a post done and, now and then, says so through `progress`. */
export function progressMeter(progress: (line: string) => void, total: number): () => void {
  const started = Date.now();
  let done = 0;
  let lastProgress = 0;
  return () => {
    done += 1;
    if (Date.now() - lastProgress > 250) {
      lastProgress = Date.now();
      progress(s.progress(done, total, minutesLeft(started, done, total)));
    }
  };
}

function minutesLeft(started: number, done: number, total: number): string {
  if (done === 0 || total === 0) return '?';
  const ms = ((Date.now() - started) / done) * (total - done);
  return ms < 60_000 ? s.seconds(Math.ceil(ms / 1000)) : s.minutes(Math.ceil(ms / 60_000));
}
