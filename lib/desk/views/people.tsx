import { deskPaths } from '../../desk-paths';
import { formatDateTimeWib } from '../../dates';
import type { DeskUser, StoredAuditEntry } from '../../store/accounts-port';
import { strings } from '../../strings';
import { AccountFields, Csrf, DeskPage, DeskTable, Messages, RoleSelect } from './parts';

/** The admins' page: people and their roles, adding a person, and the audit log. */

const t = strings.desk;

function PersonRow({ person, csrf }: { person: DeskUser; csrf: string }) {
  return (
    <tr>
      <td>{person.name}</td>
      <td>{person.email}</td>
      <td>
        <form className="desk-form--inline" method="post" action={deskPaths.people}>
          <Csrf token={csrf} />
          <input type="hidden" name="aksi" value="peran" />
          <input type="hidden" name="orang" value={person.id} />
          <label>
            <span className="desk-skip">{t.role}</span>
            <RoleSelect name="peran" value={person.role} />
          </label>
          <button type="submit" className="desk-button--quiet">
            {t.changeRoleButton}
          </button>
        </form>
      </td>
      <td>
        <p>{person.disabled ? t.disabled : t.active}</p>
        <form className="desk-form--inline" method="post" action={deskPaths.people}>
          <Csrf token={csrf} />
          <input type="hidden" name="orang" value={person.id} />
          <button
            type="submit"
            name="aksi"
            value={person.disabled ? 'aktifkan' : 'nonaktifkan'}
            className="desk-button--quiet"
          >
            {person.disabled ? t.enableButton : t.disableButton}
          </button>
          <button type="submit" name="aksi" value="keluarkan" className="desk-button--quiet">
            {t.signOutUserButton}
          </button>
        </form>
      </td>
    </tr>
  );
}

function AddPersonForm({ csrf }: { csrf: string }) {
  return (
    <form className="desk-form" method="post" action={deskPaths.people}>
      <Csrf token={csrf} />
      <input type="hidden" name="aksi" value="tambah" />
      <AccountFields forSelf={false} />
      <button type="submit">{t.addPersonButton}</button>
    </form>
  );
}

function AuditRow({ entry }: { entry: StoredAuditEntry }) {
  return (
    <tr>
      <td>
        <time dateTime={entry.at.toISOString()}>{formatDateTimeWib(entry.at)}</time>
      </td>
      <td>{entry.actorEmail || t.auditSystem}</td>
      <td>{entry.detail ? `${entry.action} (${entry.detail})` : entry.action}</td>
      <td>{entry.target || null}</td>
    </tr>
  );
}

export function PeopleView({
  user,
  csrf,
  people,
  audit,
  notice,
  problem,
}: {
  user: DeskUser;
  csrf: string;
  people: DeskUser[];
  audit: StoredAuditEntry[];
  notice?: string;
  problem?: string;
}) {
  return (
    <DeskPage user={user} csrf={csrf} heading={t.peopleHeading}>
      <Messages notice={notice} problem={problem} />
      <DeskTable headings={[t.name_, t.email, t.role, t.status]}>
        {people.map((person) => (
          <PersonRow key={person.id} person={person} csrf={csrf} />
        ))}
      </DeskTable>

      <h2>{t.addPersonHeading}</h2>
      <AddPersonForm csrf={csrf} />

      <h2>{t.auditHeading}</h2>
      <DeskTable headings={[t.auditWhen, t.auditWho, t.auditWhat, t.auditTarget]}>
        {audit.map((entry) => (
          <AuditRow key={entry.id} entry={entry} />
        ))}
      </DeskTable>
    </DeskPage>
  );
}
