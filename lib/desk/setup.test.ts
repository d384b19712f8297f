import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceSetupLink, SETUP_HOURS } from './setup';
import { testDesk } from './test-support';
import { tokenHash } from './tokens';

type Desk = Awaited<ReturnType<typeof testDesk>>;
let desk: Desk;

beforeEach(async () => {
  desk = await testDesk();
});
afterEach(() => desk.close());

describe('the setup link at the server start', () => {
  it('is printed while no admin exists; only its hash is stored, valid for SETUP_HOURS', async () => {
    const lines: string[] = [];
    await announceSetupLink(desk.accounts, 'https://warta.example', desk.deps.now(), (line) =>
      lines.push(line),
    );
    expect(lines).toHaveLength(1);
    const url = /https:\/\/\S+/.exec(lines[0]!)?.[0];
    const token = new URL(url!).searchParams.get('token')!;
    expect(await desk.accounts.setupTokenValid(token, desk.deps.now())).toBe(false);
    expect(await desk.accounts.setupTokenValid(tokenHash(token), desk.deps.now())).toBe(true);
    desk.advance(SETUP_HOURS * 60);
    expect(await desk.accounts.setupTokenValid(tokenHash(token), desk.deps.now())).toBe(false);
  });

  it('is not printed once an admin exists', async () => {
    await desk.person('kepala@warta.id', 'admin');
    const lines: string[] = [];
    await announceSetupLink(desk.accounts, 'https://warta.example', desk.deps.now(), (line) =>
      lines.push(line),
    );
    expect(lines).toEqual([]);
  });
});
