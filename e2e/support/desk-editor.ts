import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { strings } from '../../lib/strings';

/**
 * What the body editor's specs share: their editor, added with `npm run desk` on the store the
 * server reads (the default SQLite file of content/), signing in, the text the form posts.
 */

const PASSWORD = 'kata-sandi-e2e-yang-panjang';
const EDITOR = 'e2e-penyunting@warta.test';

export function addEditor() {
  try {
    execFileSync('npx', ['tsx', 'scripts/dev/desk.ts', 'user', 'add', EDITOR, '--role', 'editor'], {
      input: `${PASSWORD}\n`,
      stdio: ['pipe', 'ignore', 'pipe'],
    });
  } catch (error) {
    // Added by an earlier run: the email is taken, the password the same.
    if (!String((error as { stderr?: unknown }).stderr).includes(strings.desk.emailTaken))
      throw error;
  }
}

export async function signIn(page: Page) {
  await page.setExtraHTTPHeaders({ 'x-real-ip': `198.51.100.${Math.floor(Math.random() * 250)}` });
  await page.goto('/ruang-redaksi/masuk');
  await page.getByLabel('Email', { exact: true }).fill(EDITOR);
  await page.getByLabel('Kata sandi', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(/\/ruang-redaksi$/);
}

/** The editor's text as the form will post it: the hidden `Isi` textarea's. */
export const posted = (page: Page) => page.locator('textarea[name=body]').inputValue();

/**
 * Chromium at real-time priority where the machine allows it (root, chrt), as
 * scripts/bench/lighthouse.ts does: on 2 cores shared with the servers and the other worker, a
 * browser waiting for a CPU measures the machine, not the editor (a plain <input> then shows
 * keystrokes of 170 ms); the phone the budget is for has its own CPU.
 */
export function realtimeChromium(): string | undefined {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/chrt') || !existsSync(chromium)) {
    return undefined;
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'warta-typing-')), 'chromium');
  writeFileSync(file, `#!/bin/sh\nexec chrt -r 1 ${JSON.stringify(chromium)} "$@"\n`);
  chmodSync(file, 0o755);
  return file;
}
