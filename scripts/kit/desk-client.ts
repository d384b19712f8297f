import { spawn } from 'node:child_process';
import { deskPaths } from '../../lib/desk-paths';

/**
 * The newsroom desk driven over HTTP as a browser drives it, for the cluster tests and
 * `npm run bench:desk-publish`: an account made with the project's command (`npm run desk`), a
 * sign-in, and plain form POSTs with the session's cookie and form token, sent from this site
 * (Sec-Fetch-Site and Origin). A session is the store's, so it may be used on any instance.
 */

/** A signed-in person: the Cookie header the desk set, and the form token its pages carry. */
export interface DeskSession {
  cookie: string;
  csrf: string;
}

export interface Answer {
  status: number;
  location: string;
  text: string;
}

async function answerOf(response: Response): Promise<Answer> {
  return {
    status: response.status,
    location: response.headers.get('location') ?? '',
    text: await response.text(),
  };
}

/** Headers of a form sent from a page of `base`. */
function fromThisSite(base: string, session?: DeskSession): Record<string, string> {
  return {
    'sec-fetch-site': 'same-origin',
    origin: new URL(base).origin,
    ...(session && { cookie: session.cookie }),
  };
}

/** Adds a person with `npm run desk -- user add` on the store `env` names, the password on stdin. */
export function addDeskAccount(
  env: NodeJS.ProcessEnv,
  email: string,
  role: 'penulis' | 'editor' | 'admin',
  password: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'desk', '--', 'user', 'add', email, '--role', role], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.stdin.end(`${password}\n`);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run desk: exit ${code}\n${out}`)),
    );
  });
}

/** GET a desk page (signed in when `session` is given). */
export async function deskGet(base: string, path: string, session?: DeskSession) {
  const response = await fetch(new URL(path, base), {
    headers: session ? { cookie: session.cookie } : {},
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  return answerOf(response);
}

/** POST a form (URL-encoded) from a page of `base`. */
export async function deskPost(
  base: string,
  path: string,
  fields: Record<string, string>,
  session?: DeskSession,
): Promise<Answer> {
  const response = await fetch(new URL(path, base), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...fromThisSite(base, session),
    },
    body: new URLSearchParams({ ...(session && { csrf: session.csrf }), ...fields }).toString(),
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  return answerOf(response);
}

/** The form token on a desk page. */
export function formTokenOf(html: string): string {
  const match = /name="csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no form token on the page');
  return match[1];
}

/** Signs in at `base`: the session cookie, and the form token of the page it lands on. */
export async function signIn(base: string, email: string, password: string): Promise<DeskSession> {
  const response = await fetch(new URL(deskPaths.signIn, base), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...fromThisSite(base) },
    body: new URLSearchParams({ email, password }).toString(),
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.includes('warta-redaksi='));
  if (response.status !== 303 || !cookie) {
    throw new Error(`sign-in at ${base}: ${response.status} ${await response.text()}`);
  }
  const session = { cookie: cookie.split(';')[0]!, csrf: '' };
  const home = await deskGet(base, deskPaths.home, session);
  return { ...session, csrf: formTokenOf(home.text) };
}

/** The revision an article's editor is based on (its hidden `basis`), as the page opened now. */
export async function editorBasis(base: string, editorPath: string, session: DeskSession) {
  const page = await deskGet(base, editorPath, session);
  const match = /name="basis" value="(\d+)"/.exec(page.text);
  if (page.status !== 200 || !match) throw new Error(`${editorPath}: ${page.status}`);
  return match[1]!;
}

/**
 * A press of the editor's button `aksi` (simpan, terbitkan, ralat…) on the form at `editorPath`
 * with `fields`, based on `basis` (the page's, read before when not given). A 303 leads to the
 * article's editor: its id is in `location`.
 */
export async function pressButton(
  base: string,
  session: DeskSession,
  editorPath: string,
  aksi: string,
  fields: Record<string, string>,
  basis?: string,
): Promise<Answer & { id?: string }> {
  const based = basis ?? (await editorBasis(base, editorPath, session));
  const answer = await deskPost(base, editorPath, { ...fields, aksi, basis: based }, session);
  const id = /^\/ruang-redaksi\/artikel\/([a-z0-9-]+)\?/.exec(answer.location)?.[1];
  return { ...answer, id };
}

/** Uploads an image (multipart, as the editor's upload form sends it); the answer's page. */
export async function uploadImage(
  base: string,
  session: DeskSession,
  image: { bytes: Uint8Array; name: string; type: string },
  text: { alt: string; caption?: string; credit: string },
): Promise<Answer & { src?: string }> {
  const form = new FormData();
  form.set('csrf', session.csrf);
  form.set('alt', text.alt);
  form.set('caption', text.caption ?? '');
  form.set('credit', text.credit);
  form.set('gambar', new File([new Uint8Array(image.bytes)], image.name, { type: image.type }));
  const response = await fetch(new URL(deskPaths.upload, base), {
    method: 'POST',
    headers: fromThisSite(base, session),
    body: form,
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  const answer = await answerOf(response);
  const src = /\/images\/desk\/\d{4}\/\d{2}\/[0-9a-f]{16}\.(?:jpg|png|webp)/.exec(answer.text)?.[0];
  return { ...answer, src };
}
