import { describe, expect, it } from 'vitest';
import { fromThisSite } from './origin';

const site = 'https://warta.example';
const headers = (values: Record<string, string>) => new Headers(values);

describe('fromThisSite', () => {
  it('takes a form a browser marks same-origin', () => {
    expect(fromThisSite(headers({ 'sec-fetch-site': 'same-origin', host: 'a' }), site)).toBe(true);
  });

  it.each(['cross-site', 'same-site', 'none'])('refuses Sec-Fetch-Site: %s', (value) => {
    const sent = headers({
      'sec-fetch-site': value,
      origin: 'https://warta.example',
      host: 'warta.example',
    });
    expect(fromThisSite(sent, site)).toBe(false);
  });

  it('without Sec-Fetch-Site, takes an Origin of the requested host or the site', () => {
    expect(
      fromThisSite(headers({ origin: 'http://localhost:3000', host: 'localhost:3000' }), site),
    ).toBe(true);
    expect(
      fromThisSite(headers({ origin: 'https://warta.example', host: '10.0.0.5:3000' }), site),
    ).toBe(true);
  });

  it('refuses another origin, a null origin, or none at all', () => {
    expect(
      fromThisSite(headers({ origin: 'https://jahat.example', host: 'warta.example' }), site),
    ).toBe(false);
    expect(
      fromThisSite(
        headers({ origin: 'https://warta.example.jahat.example', host: 'warta.example' }),
        site,
      ),
    ).toBe(false);
    expect(fromThisSite(headers({ origin: 'null', host: 'warta.example' }), site)).toBe(false);
    expect(fromThisSite(headers({ host: 'warta.example' }), site)).toBe(false);
    expect(fromThisSite(headers({ origin: 'bukan url', host: 'warta.example' }), site)).toBe(false);
  });
});
