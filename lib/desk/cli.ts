import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue } from '../content/errors';
import type { AccountsStore } from '../store/accounts-port';
import { strings } from '../strings';
import type { Actor } from './audit';
import { type ExportSource, exportFolder } from './folder-export';
import { addPerson, changeRole, setActive } from './people';
import { issueSetupLink, SETUP_HOURS } from './setup';

/**
 * `npm run desk -- …` (scripts/dev/desk.ts): people and the first admin's link from the command
 * line, through the same rules as the admin's page (./people.ts). The password is read from
 * standard input, never from the command line (which other users of the machine can see).
 * `export <folder>` writes the store's content as the Markdown folder (./folder-export.ts).
 */
export interface DeskCliDeps {
  accounts: AccountsStore;
  /** The content store, for `export`. */
  content: ExportSource;
  siteUrl: string;
  now: () => Date;
  /** Who runs the command, as the audit log names them. */
  actor: Actor;
  readPassword: () => Promise<string>;
  print: (line: string) => void;
  printError: (line: string) => void;
}

const t = strings.desk;

export async function runDeskCli(argv: string[], deps: DeskCliDeps): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { role: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    deps.printError(error instanceof Error ? error.message : String(error));
    deps.printError(t.cli.usage);
    return 2;
  }
  const { positionals, values } = parsed;
  const [command, sub, ...rest] = positionals;
  const usage = () => {
    deps.printError(t.cli.usage);
    return 2;
  };
  if (values.help) {
    deps.print(t.cli.usage);
    return 0;
  }
  const now = deps.now();

  if (command === 'setup-link' && sub === undefined) {
    const url = await issueSetupLink(deps.accounts, deps.siteUrl, now, deps.actor);
    if (!url) {
      deps.printError(t.cli.adminExists);
      return 1;
    }
    deps.print(t.cli.setupLink(url, SETUP_HOURS));
    return 0;
  }
  if (command === 'export') {
    if (!sub || rest.length) return usage();
    const report = await exportFolder(deps.content, path.resolve(sub), now);
    for (const issue of report.refused) deps.printError(t.cli.exportRefused(formatIssue(issue)));
    deps.print(t.cli.exported(report));
    return report.refused.length ? 1 : 0;
  }
  if (command !== 'user') return usage();

  switch (sub) {
    case 'add': {
      const [email] = rest;
      if (!email || rest.length !== 1 || !values.role) return usage();
      const password = await deps.readPassword();
      const outcome = await addPerson(
        deps.accounts,
        deps.actor,
        {
          email,
          name: values.name ?? email.split('@')[0] ?? email,
          role: values.role as 'penulis',
          password,
        },
        now,
      );
      if (!outcome.ok) {
        deps.printError(outcome.message);
        return 1;
      }
      deps.print(t.cli.added(email.trim().toLowerCase(), values.role));
      return 0;
    }
    case 'list': {
      const people = await deps.accounts.users();
      if (!people.length) deps.print(t.cli.noUsers);
      for (const person of people) {
        const state = person.disabled ? ` (${t.disabled})` : '';
        deps.print(`${person.email}\t${person.role}\t${person.name}${state}`);
      }
      return 0;
    }
    case 'role': {
      const [email, role] = rest;
      if (!email || !role || rest.length !== 2) return usage();
      const outcome = await changeRole(deps.accounts, deps.actor, email, role, now);
      if (!outcome.ok) {
        deps.printError(outcome.message);
        return 1;
      }
      deps.print(t.cli.roleChanged(email.trim().toLowerCase(), role));
      return 0;
    }
    case 'disable':
    case 'enable': {
      const [email] = rest;
      if (!email || rest.length !== 1 || !email.includes('@')) return usage();
      const outcome = await setActive(deps.accounts, deps.actor, email, sub === 'enable', now);
      if (!outcome.ok) {
        deps.printError(outcome.message);
        return 1;
      }
      const shown = email.trim().toLowerCase();
      deps.print(
        sub === 'enable' ? t.cli.enabled(shown) : t.cli.disabled(shown, outcome.sessionsEnded ?? 0),
      );
      return 0;
    }
    default:
      return usage();
  }
}

/** The password from standard input: the first line of what is piped in, or typed. */
export async function readPasswordFrom(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    const newline = text.search(/\r?\n/);
    if (newline >= 0) return text.slice(0, newline);
  }
  return text;
}
