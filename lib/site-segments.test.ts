import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_SEGMENTS } from './site-segments';

/** A first segment as a slug could spell it (letters, digits, hyphens): the ones to reserve. */
const slugShaped = (name: string) => /^[a-z0-9-]+$/.test(name);

describe('the site’s own first path segments', () => {
  it('hold every route folder of app/ a slug could spell', () => {
    const routes = readdirSync(path.resolve('app'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => decodeURIComponent(entry.name))
      .filter(slugShaped);
    expect(routes.length).toBeGreaterThan(8);
    for (const route of routes) expect(SITE_SEGMENTS, route).toContain(route);
  });

  it('hold every folder the site serves from public/, built ones included', () => {
    const folders = readdirSync(path.resolve('public'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    for (const folder of ['images', 'assets', 'icons', ...folders])
      expect(SITE_SEGMENTS, folder).toContain(folder);
  });
});
