import { expect, test } from '@playwright/test';
import { strings } from '../lib/strings';
import { addEditor, posted, signIn } from './support/desk-editor';

/**
 * The desk's body editor on the production build: CodeMirror over the `Isi` textarea, its
 * toolbar, the live preview through the article page's renderer, the Markdown kept byte for
 * byte, the phone's tabs; and, without JavaScript, the textarea as before and the form's
 * `Pratinjau artikel`. Typing latency: desk-editor-typing.spec.ts.
 */

const e = strings.desk.editor;

test.beforeAll(addEditor);

test.describe('with JavaScript', () => {
  test('Isi is the editor: what is typed is what the form holds, byte for byte, saved and reopened', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await signIn(page);
    await page.goto('/ruang-redaksi/artikel/baru');
    const body = page.getByLabel('Isi', { exact: true });
    await expect(body).toHaveAttribute('contenteditable', 'true');
    await expect(page.locator('textarea[name=body]')).toBeHidden();
    // Markdown a re-serialising editor would change: odd list markers and spacing, escapes,
    // the project's directives, trailing spaces, a table.
    const markdown = [
      'Paragraf  dengan   spasi ganda,\\*bintang\\* dan _miring_ dan __tebal__.',
      '',
      '* satu',
      '+ dua',
      '',
      '1) pertama',
      '',
      '::baca-juga{id=b7e41f09}',
      '',
      '::embed{url="https://www.youtube.com/watch?v=aBcDeFgHiJk" title="Rekaman warga"}',
      '',
      ':::galeri{title="Suasana"}',
      '::foto{src="/images/articles/1e6f4a27.jpg" alt="Tenda"}',
      ':::',
      '',
      '| a | b |',
      '|---|:-:|',
      '| 1 | 2 |',
      'baris dengan spasi di akhir   ',
    ].join('\n');
    await body.fill(markdown);
    expect(await posted(page)).toBe(markdown);

    // The toolbar: real buttons with Indonesian names; a shortcut where one is standard.
    const toolbar = page.getByRole('toolbar', { name: e.toolbar });
    await expect(toolbar.getByRole('button', { name: 'Baca Juga', exact: true })).toBeVisible();
    await page.keyboard.press('Control+End');
    await toolbar.getByRole('button', { name: e.commands.embed, exact: true }).click();
    await page.keyboard.type('https://youtu.be/aBcDeFgHiJk');
    expect(await posted(page)).toBe(
      `${markdown}\n\n::embed{url="https://youtu.be/aBcDeFgHiJk" title=""}\n`,
    );
    // Undone (the block and what was typed into it may be one step or two).
    for (let i = 0; i < 2 && (await posted(page)) !== markdown; i++) {
      await page.keyboard.press('Control+z');
    }
    expect(await posted(page)).toBe(markdown);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Control+b');
    expect((await posted(page)).startsWith('**Paragraf  dengan')).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await posted(page)).toBe(markdown);

    // The live preview: the article page's rendering of the body, beside the editor.
    const preview = page.getByRole('region', { name: e.previewHeading });
    await expect(preview).toBeVisible();
    await expect(preview.locator('em', { hasText: 'miring' })).toBeVisible();
    await expect(preview.locator('figure.embed[data-embed=youtube]')).toBeVisible();
    await expect(preview.locator('figure.gallery img[alt=Tenda]')).toBeVisible();
    await expect(preview.locator('table')).toBeVisible();

    // Saved and reopened: the stored Markdown is exactly what was typed.
    await page.getByLabel('Judul', { exact: true }).fill('Uji penyunting');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(page).toHaveURL(/\/ruang-redaksi\/artikel\/[0-9a-f]{8}\?ok=disimpan$/);
    expect(await posted(page)).toBe(markdown);

    // The desk's scripts only, from the desk's own paths.
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts)
      expect(script).toMatch(
        /^\/ruang-redaksi\/(autosimpan\.js|aset\/penyunting\.[0-9a-f]{12}\.js)$/,
      );
  });
});

test.describe('on a phone, with JavaScript', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the editor and its preview are two tabs that fit 390 px', async ({ page }) => {
    await signIn(page);
    await page.goto('/ruang-redaksi/artikel/baru');
    const body = page.getByLabel('Isi', { exact: true });
    await body.fill('Air **naik**.');
    const tabs = page.getByRole('group', { name: e.views });
    const preview = page.getByRole('region', { name: e.previewHeading });
    await expect(preview).toBeHidden();
    await tabs.getByRole('button', { name: e.preview, exact: true }).click();
    await expect(tabs.getByRole('button', { name: e.preview, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(preview.locator('strong', { hasText: 'naik' })).toBeVisible();
    await expect(body).toBeHidden();
    await tabs.getByRole('button', { name: e.write, exact: true }).click();
    await expect(body).toBeVisible();
    for (const right of await page
      .locator('main button:visible, main .cm-editor, main input:visible')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().right)))
      expect(right).toBeLessThanOrEqual(390);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the body is the textarea, and Pratinjau artikel opens the form’s article as its page', async ({
    page,
    context,
  }) => {
    await signIn(page);
    await page.goto('/ruang-redaksi/artikel/baru');
    await expect(page.getByLabel('Isi', { exact: true })).toBeVisible();
    await expect(page.getByRole('toolbar')).toBeHidden();
    await page.getByLabel('Judul', { exact: true }).fill('Pratinjau dari formulir');
    await page.getByLabel('Ringkasan', { exact: true }).fill('Ringkasan pratinjau.');
    await page.getByLabel('Rubrik', { exact: true }).selectOption({ label: 'Riau' });
    await page
      .getByLabel('Isi', { exact: true })
      .fill('Paragraf **pratinjau** yang belum disimpan.');
    await page.getByLabel('Nurul Hasanah', { exact: true }).check();
    await page.getByLabel('Dateline', { exact: true }).fill('PEKANBARU, RIAU24.COM');
    await page.getByLabel('Path gambar', { exact: true }).fill('/images/articles/1e6f4a27.jpg');
    await page.getByLabel('Teks alternatif (alt)', { exact: true }).fill('Gedung pemerintahan');
    await page.getByLabel('Kredit foto', { exact: true }).fill('Ilustrasi Riau24');
    const answers: { status: number; cacheControl: string }[] = [];
    context.on('response', (response) => {
      if (new URL(response.url()).pathname === '/ruang-redaksi/pratinjau')
        answers.push({
          status: response.status(),
          cacheControl: response.headers()['cache-control'] ?? '',
        });
    });
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: e.previewPage, exact: true }).click(),
    ]);
    await tab.waitForLoadState();
    expect(answers).toEqual([{ status: 200, cacheControl: 'private, no-store, max-age=0' }]);
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Pratinjau dari formulir');
    await expect(tab.locator('article strong', { hasText: /^pratinjau$/ })).toBeVisible();
    await expect(tab.getByText(strings.previewMarker, { exact: true })).toBeVisible();
    // Nothing was saved: the editor is still the new article's.
    await expect(page).toHaveURL(/\/ruang-redaksi\/artikel\/baru$/);
  });
});
