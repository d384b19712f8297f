import os from 'node:os';
import { contentRoot } from '../../lib/content/paths';
import { readPasswordFrom, runDeskCli } from '../../lib/desk/cli';
import { siteConfig } from '../../lib/site-config';
import { closeStores, openAccounts, openStore } from '../../lib/store';
import { strings } from '../../lib/strings';

/**
 * npm run desk -- user add <email> --role <penulis|editor|admin> [--name <nama>] (password on
 * standard input), user list, user role <email> <role>, user disable|enable <email>, setup-link,
 * export <folder>. Works on the store the server uses (WARTA_DATABASE_URL or the SQLite file for
 * content/), as it stands: nothing is ingested first.
 */
/** Typed at a terminal: read key by key without echo, up to Enter (Ctrl-C stops). */
function typedPassword(): Promise<string> {
  process.stderr.write(strings.desk.cli.passwordPrompt);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let typed = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\u0003') process.exit(130);
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.off('data', onData);
          stdin.pause();
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        typed = char === '\u007f' || char === '\b' ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function main(): Promise<number> {
  const accounts = await openAccounts(contentRoot());
  return runDeskCli(process.argv.slice(2), {
    accounts,
    content: (await openStore(contentRoot())).store,
    siteUrl: siteConfig.url,
    now: () => new Date(),
    actor: { id: '', email: `baris-perintah:${os.userInfo().username}` },
    readPassword: () => (process.stdin.isTTY ? typedPassword() : readPasswordFrom(process.stdin)),
    print: (line) => console.log(line),
    printError: (line) => console.error(line),
  }).finally(closeStores);
}

void main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
