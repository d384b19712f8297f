import { expect, test } from '@playwright/test';
import { addEditor, posted, realtimeChromium, signIn } from './support/desk-editor';

/**
 * Typing into the desk's body editor holding a 20,000-character article, on the production
 * build: every keystroke's events (Event Timing: keydown, keypress, beforeinput, input, keyup,
 * 16 ms and over) handled within MAX_INPUT_DELAY_MS. The figures are printed and attached to
 * the report (docs/benchmarks.md has the latest).
 */

/** The typing budget: no keystroke's event handled later than this. */
const MAX_INPUT_DELAY_MS = 100;

const realtime = realtimeChromium();
if (realtime) test.use({ launchOptions: { executablePath: realtime } });

test.beforeAll(addEditor);

test('typing in a 20,000-character body: no input event handled later than 100 ms', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/ruang-redaksi/artikel/baru');
  const paragraph =
    'Hujan deras sejak pagi membuat air sungai naik dan merendam permukiman warga di tepian. ';
  const long = Array.from({ length: 240 }, (_, i) => (i % 4 === 3 ? `${paragraph}\n\n` : paragraph))
    .join('')
    .slice(0, 20_000);
  const body = page.getByLabel('Isi', { exact: true });
  await body.fill(long);
  expect((await posted(page)).length).toBe(20_000);
  await body.click();
  await page.keyboard.press('Control+End');
  // The body is in; its first preview drawn: from here on, only typing is measured.
  await expect(page.locator('[data-pratinjau-isi] p').first()).toBeVisible();
  await page.evaluate(() => {
    const w = window as unknown as {
      inputEvents: { name: string; duration: number; processing: number; delay: number }[];
    };
    w.inputEvents = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (!['keydown', 'keypress', 'keyup', 'input', 'beforeinput'].includes(entry.name))
          continue;
        w.inputEvents.push({
          name: entry.name,
          duration: entry.duration,
          processing: entry.processingEnd - entry.processingStart,
          delay: entry.processingStart - entry.startTime,
        });
      }
    }).observe({
      type: 'event',
      durationThreshold: 16,
    } as PerformanceObserverInit);
  });
  const typed = ' Banjir susulan diperkirakan terjadi malam ini di Pekanbaru dan Kampar.';
  // Three bursts with pauses between them, so the preview is drawn again while typing goes on.
  for (let burst = 0; burst < 3; burst++) {
    await page.keyboard.type(typed, { delay: 20 });
    await page.waitForTimeout(700);
  }
  expect((await posted(page)).length).toBe(20_000 + typed.length * 3);
  const events = await page.evaluate(
    () =>
      (
        window as unknown as {
          inputEvents: { name: string; duration: number; processing: number; delay: number }[];
        }
      ).inputEvents,
  );
  const max = (key: 'duration' | 'processing' | 'delay') =>
    Math.max(0, ...events.map((event) => event[key]));
  const priority = realtime ? 'Chromium at real-time priority' : 'Chromium at normal priority';
  const figures = `${priority}, ${typed.length * 3} keystrokes into 20,000 characters: ${events.length} events of 16 ms or more; max duration ${max('duration')} ms, processing ${max('processing').toFixed(1)} ms, input delay ${max('delay').toFixed(1)} ms`;
  test.info().annotations.push({ type: 'typing', description: figures });
  console.log(figures);
  expect(max('duration')).toBeLessThanOrEqual(MAX_INPUT_DELAY_MS);
});
