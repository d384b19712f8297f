import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strings } from '../strings';
import { readPasswordFrom, runDeskCli } from './cli';
import { PASSWORD, testDesk } from './test-support';

type Desk = Awaited<ReturnType<typeof testDesk>>;
let desk: Desk;
let out: string[];
let err: string[];

beforeEach(async () => {
  desk = await testDesk();
  out = [];
  err = [];
});
afterEach(() => desk.close());

function run(argv: string[], password = PASSWORD) {
  return runDeskCli(argv, {
    accounts: desk.accounts,
    content: desk.store,
    siteUrl: 'https://warta.example',
    now: desk.deps.now,
    actor: { id: '', email: 'baris-perintah:uji' },
    readPassword: () => Promise.resolve(password),
    print: (line) => out.push(line),
    printError: (line) => err.push(line),
  });
}

describe('npm run desk', () => {
  it('adds a person with the password from standard input, hashed', async () => {
    expect(
      await run(['user', 'add', 'Sari@Warta.id', '--role', 'editor', '--name', 'Sari N.']),
    ).toBe(0);
    expect(out).toEqual([strings.desk.cli.added('sari@warta.id', 'editor')]);
    const sari = await desk.accounts.userByEmail('sari@warta.id');
    expect(sari).toMatchObject({ name: 'Sari N.', role: 'editor' });
    expect(sari?.passwordHash).toMatch(/^\$argon2id\$/);
    const log = await desk.accounts.auditLog(5);
    expect(log[0]).toMatchObject({ actorEmail: 'baris-perintah:uji', target: 'sari@warta.id' });
  });

  it('refuses a bad role, a short password, a taken email, missing arguments', async () => {
    expect(await run(['user', 'add', 'a@warta.id', '--role', 'raja'])).toBe(1);
    expect(await run(['user', 'add', 'a@warta.id', '--role', 'penulis'], 'pendek')).toBe(1);
    expect(await run(['user', 'add', 'a@warta.id', '--role', 'penulis'])).toBe(0);
    expect(await run(['user', 'add', 'A@warta.id', '--role', 'penulis'])).toBe(1);
    expect(err).toContain(strings.desk.emailTaken);
    expect(await run(['user', 'add', 'b@warta.id'])).toBe(2);
    expect(await run(['user'])).toBe(2);
    expect(await run(['apa'])).toBe(2);
    expect(await run(['user', 'add', '--peran', 'x'])).toBe(2);
  });

  it('lists, changes roles, disables and enables, keeping one admin', async () => {
    await run(['user', 'add', 'kepala@warta.id', '--role', 'admin']);
    await run(['user', 'add', 'sari@warta.id', '--role', 'penulis']);
    out = [];
    expect(await run(['user', 'list'])).toBe(0);
    expect(out).toEqual(['kepala@warta.id\tadmin\tkepala', 'sari@warta.id\tpenulis\tsari']);
    expect(await run(['user', 'role', 'sari@warta.id', 'editor'])).toBe(0);
    expect((await desk.accounts.userByEmail('sari@warta.id'))?.role).toBe('editor');
    expect(await run(['user', 'role', 'kepala@warta.id', 'editor'])).toBe(1);
    expect(err).toContain(strings.desk.lastAdmin);
    expect(await run(['user', 'disable', 'sari@warta.id'])).toBe(0);
    expect((await desk.accounts.userByEmail('sari@warta.id'))?.disabled).toBe(true);
    expect(await run(['user', 'enable', 'sari@warta.id'])).toBe(0);
    expect(await run(['user', 'disable', 'tidak-ada@warta.id'])).toBe(1);
  });

  it('makes a setup link while there is no admin, and refuses once there is', async () => {
    expect(await run(['setup-link'])).toBe(0);
    expect(out[0]).toMatch(/https:\/\/warta\.example\/ruang-redaksi\/siapkan\?token=/);
    await run(['user', 'add', 'kepala@warta.id', '--role', 'admin']);
    expect(await run(['setup-link'])).toBe(1);
    expect(err).toEqual([strings.desk.cli.adminExists]);
  });

  it('exports the store as the Markdown folder and says how many files it wrote', async () => {
    const folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'warta-cli-export-')), 'konten');
    expect(await run(['export', folder])).toBe(0);
    const written = {
      articles: 0,
      pages: 0,
      authors: 2,
      created: 3,
      changed: 0,
      unchanged: 0,
      refused: [],
    };
    expect(out).toEqual([strings.desk.cli.exported(written)]);
    expect((await readdir(folder)).sort()).toEqual(['authors', 'sections.yaml']);
    out = [];
    expect(await run(['export', folder])).toBe(0);
    expect(out).toEqual([strings.desk.cli.exported({ ...written, created: 0, unchanged: 3 })]);
    expect(await run(['export'])).toBe(2);
    expect(await run(['export', folder, 'lain'])).toBe(2);
  });

  it('reads the first line of standard input as the password', async () => {
    expect(await readPasswordFrom(Readable.from(['rahasia-sekali\n', 'lain\n']))).toBe(
      'rahasia-sekali',
    );
    expect(await readPasswordFrom(Readable.from(['tanpa-baris-baru']))).toBe('tanpa-baris-baru');
    expect(await readPasswordFrom(Readable.from([Buffer.from('windows\r\n')]))).toBe('windows');
  });
});
