import { strings } from '../../strings';
import type { Actor } from '../audit';
import type { SignedIn } from '../auth';
import { addPerson, changeRole, type Outcome, setActive, signOutPerson } from '../people';
import { csrfToken } from '../tokens';
import { deskDocument, PeopleView } from '../views';
import { type DeskDeps, gate } from './shared';

const t = strings.desk;
const AUDIT_SHOWN = 100;

// ---- /ruang-redaksi/orang ----

async function peoplePage(
  deps: DeskDeps,
  signedIn: SignedIn,
  outcome?: Outcome,
  status = 200,
): Promise<Response> {
  const [people, audit] = await Promise.all([
    deps.accounts.users(),
    deps.accounts.auditLog(AUDIT_SHOWN),
  ]);
  return deskDocument(
    t.peopleHeading,
    <PeopleView
      user={signedIn.user}
      csrf={csrfToken(signedIn.token)}
      people={people}
      audit={audit}
      notice={outcome?.ok ? outcome.message : undefined}
      problem={outcome && !outcome.ok ? outcome.message : undefined}
    />,
    status,
  );
}

export async function peopleGet(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'manage-people');
  if (checked.kind === 'answer') return checked.response;
  return peoplePage(deps, checked.signedIn);
}

export async function peopleSubmit(request: Request, deps: DeskDeps): Promise<Response> {
  const checked = await gate(request, deps, 'manage-people');
  if (checked.kind === 'answer') return checked.response;
  const { signedIn } = checked;
  const form = checked.form ?? new Map<string, string>();
  const actor: Actor = { id: signedIn.user.id, email: signedIn.user.email };
  const who = form.get('orang') ?? '';
  const now = deps.now();
  let outcome: Outcome;
  switch (form.get('aksi')) {
    case 'tambah':
      outcome = await addPerson(
        deps.accounts,
        actor,
        {
          email: form.get('email') ?? '',
          name: form.get('name') ?? '',
          role: (form.get('peran') ?? '') as 'penulis',
          password: form.get('password') ?? '',
        },
        now,
      );
      break;
    case 'peran':
      outcome = await changeRole(deps.accounts, actor, who, form.get('peran') ?? '', now);
      break;
    case 'nonaktifkan':
      outcome = await setActive(deps.accounts, actor, who, false, now);
      break;
    case 'aktifkan':
      outcome = await setActive(deps.accounts, actor, who, true, now);
      break;
    case 'keluarkan':
      outcome = await signOutPerson(deps.accounts, actor, who, now);
      break;
    default:
      outcome = { ok: false, message: t.refusedToken };
  }
  // A disabled or demoted self loses the page on the next request, not in the middle of this one.
  return peoplePage(deps, signedIn, outcome, outcome.ok ? 200 : 422);
}
