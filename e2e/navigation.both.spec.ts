import type { Page } from '@playwright/test';
import { expect, test } from './support/site';

/**
 * Finding your way, at 390 px (phone project: the <details> menu) and 1280 px (desktop
 * project: the section bar and the header search), with JavaScript off so nothing depends on it.
 */

test.use({ javaScriptEnabled: false });

const isPhone = (page: Page) => (page.viewportSize()?.width ?? 1280) < 900;

test('a reader reaches a section through the menu and sees it marked', async ({ page }) => {
  await page.goto('/');
  let nav;
  if (isPhone(page)) {
    const toggle = page.locator('summary', { hasText: 'Menu' });
    await expect(toggle).toBeVisible();
    nav = page.getByRole('navigation', { name: 'Menu rubrik' });
    await expect(nav).toBeHidden();
    await toggle.click();
    await expect(nav).toBeVisible();
  } else {
    await expect(page.locator('summary', { hasText: 'Menu' })).toBeHidden();
    nav = page.getByRole('navigation', { name: 'Rubrik' });
  }
  await nav.getByRole('link', { name: 'Ekonomi' }).click();
  await expect(page).toHaveURL('/kanal/ekonomi');
  await expect(page.locator('h1')).toHaveText('Ekonomi');
  await expect(
    page.getByRole('navigation', { name: 'Rubrik' }).getByRole('link', { name: 'Ekonomi' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(
    page.getByRole('navigation', { name: 'Rubrik' }).getByRole('link', { name: 'Beranda' }),
  ).not.toHaveAttribute('aria-current');
});

test('the phone menu opens and closes from the keyboard', async ({ page }) => {
  test.skip(!isPhone(page), 'the menu exists on narrow screens only');
  await page.goto('/kanal/riau');
  const toggle = page.locator('summary', { hasText: 'Menu' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const nav = page.getByRole('navigation', { name: 'Menu rubrik' });
  await expect(nav).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Riau' })).toHaveAttribute('aria-current', 'page');
  // The standing pages and the search box are in the menu too.
  await expect(page.getByRole('link', { name: 'Redaksi' }).first()).toBeVisible();
  await expect(page.locator('#cari-menu')).toBeVisible();
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(nav).toBeHidden();
});

test('the section bar is visible and scrolls sideways on a phone', async ({ page }) => {
  await page.goto('/');
  const bar = page.getByRole('navigation', { name: 'Rubrik' });
  await expect(bar.getByRole('link', { name: 'Beranda' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page itself never scrolls sideways').toBe(0);
});

test('search submits a GET request to /cari with q', async ({ page }) => {
  await page.goto('/');
  let input;
  if (isPhone(page)) {
    await page.locator('summary', { hasText: 'Menu' }).click();
    input = page.locator('#cari-menu');
  } else {
    input = page.locator('#cari-header');
  }
  await expect(input).toHaveAttribute('name', 'q');
  await input.fill('korea utara');
  await input.press('Enter');
  await expect(page).toHaveURL('/cari?q=korea+utara');
});

test('breadcrumbs lead from an article back to its section and home', async ({ page, site }) => {
  const { path, section } = site.article;
  await page.goto(path);
  const crumbs = page.getByRole('navigation', { name: 'Jejak navigasi' });
  await crumbs.getByRole('link', { name: section.name, exact: true }).click();
  await expect(page).toHaveURL(section.path);
  await expect(page.locator('h1')).toHaveText(section.name);
  await page
    .getByRole('navigation', { name: 'Jejak navigasi' })
    .getByRole('link', { name: 'Beranda' })
    .click();
  await expect(page).toHaveURL('/');
});

test('the footer links to every section and the newsroom pages', async ({ page }) => {
  await page.goto('/');
  const footer = page.getByRole('contentinfo');
  for (const name of [
    'Nasional',
    'Riau',
    'Internasional',
    'Ekonomi',
    'Olahraga',
    'Redaksi',
    'Kontak',
  ]) {
    await expect(footer.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(footer).toContainText(/© \d{4} /);
  await footer.getByRole('link', { name: 'Redaksi', exact: true }).click();
  await expect(page).toHaveURL('/redaksi');
  await expect(page.locator('h1')).toHaveText('Redaksi');
});
