import { deskPaths } from '../../desk-paths';
import type { DeskUser } from '../../store/accounts-port';
import { strings } from '../../strings';
import { DeskPage, Messages } from './parts';

/** A refusal or failure on a desk page, with the way back to the desk's home. */

const t = strings.desk;

export function ProblemView({
  message,
  user,
  csrf,
  details,
}: {
  message: string;
  user?: DeskUser;
  csrf?: string;
  /** What exactly is wrong, one line each (a preview's problems). */
  details?: string[];
}) {
  return (
    <DeskPage user={user} csrf={csrf} narrow>
      <Messages problem={message} />
      {details && details.length > 0 && (
        <ul className="desk-field-problems">
          {details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <p>
        <a href={deskPaths.home}>{t.name}</a>
      </p>
    </DeskPage>
  );
}
