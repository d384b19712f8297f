/**
 * The desk's pages for `BENCH_DESK=1 npm run bench:lighthouse`: a session of BENCH_DESK_EMAIL
 * (password BENCH_DESK_PASSWORD; add the person with `npm run desk -- user add`), signed in
 * through the sign-in form as a browser would, and the pages audited with it.
 */

/** The session cookie (`name=value`) of a sign-in through the desk's form. */
export async function deskSession(base: string): Promise<string> {
  const email = process.env.BENCH_DESK_EMAIL;
  const password = process.env.BENCH_DESK_PASSWORD;
  if (!email || !password)
    throw new Error('BENCH_DESK=1 needs BENCH_DESK_EMAIL and BENCH_DESK_PASSWORD');
  const response = await fetch(new URL('/ruang-redaksi/masuk', base), {
    method: 'POST',
    body: new URLSearchParams({ email, password }),
    headers: { origin: new URL(base).origin, 'sec-fetch-site': 'same-origin' },
    redirect: 'manual',
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 303 || !cookie) {
    throw new Error(`signing in as ${email} answered ${response.status}, no session`);
  }
  return cookie;
}

/**
 * The sign-in page (signed out), the article list and an article's editor (the list's first
 * article; the new article's editor on an empty desk), as [name, path, signed in].
 */
export async function deskTemplates(
  base: string,
  cookie: string,
): Promise<[string, string, boolean][]> {
  const list = await (await fetch(new URL('/ruang-redaksi', base), { headers: { cookie } })).text();
  const first = /href="(\/ruang-redaksi\/artikel\/[0-9a-f]{8})"/.exec(list)?.[1];
  return [
    ['desk-sign-in', '/ruang-redaksi/masuk', false],
    ['desk-list', '/ruang-redaksi', true],
    ['desk-editor', first ?? '/ruang-redaksi/artikel/baru', true],
  ];
}
