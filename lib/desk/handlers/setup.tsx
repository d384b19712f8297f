import { deskPaths } from '../../desk-paths';
import { strings } from '../../strings';
import { readForm, seeOther } from '../http';
import { fromThisSite } from '../origin';
import { completeSetup } from '../setup';
import { tokenHash } from '../tokens';
import { deskDocument, SetupView } from '../views';
import { type DeskDeps, problem } from './shared';

const t = strings.desk;

// ---- /ruang-redaksi/siapkan ----

export async function setupPage(request: Request, deps: DeskDeps): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  if ((await deps.accounts.countActiveAdmins()) > 0) {
    return deskDocument(t.setupTitle, <SetupView token="" state="exists" />);
  }
  const valid =
    token.length > 0 && (await deps.accounts.setupTokenValid(tokenHash(token), deps.now()));
  return deskDocument(
    t.setupTitle,
    <SetupView token={valid ? token : ''} state={valid ? 'form' : 'invalid'} />,
    valid ? 200 : 404,
  );
}

export async function setupSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  if (!fromThisSite(request.headers, deps.siteOrigin)) return problem(t.refusedOrigin, 403);
  const form = await readForm(request);
  if (form === 'too-large') return problem(t.tooLarge, 413);
  const token = form.get('token') ?? '';
  const outcome = await completeSetup(
    deps.accounts,
    token,
    {
      email: form.get('email') ?? '',
      name: form.get('name') ?? '',
      password: form.get('password') ?? '',
    },
    deps.now(),
  );
  switch (outcome.kind) {
    case 'created':
      return seeOther(deskPaths.signIn);
    case 'problem':
      return deskDocument(
        t.setupTitle,
        <SetupView token={token} state="form" problem={outcome.message} />,
        422,
      );
    case 'exists':
      return deskDocument(t.setupTitle, <SetupView token="" state="exists" />, 409);
    case 'invalid':
      return deskDocument(t.setupTitle, <SetupView token="" state="invalid" />, 404);
  }
}
