import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountsStore, NewUser } from './accounts-port';
import { accountsOf } from './kysely/accounts';
import type { KyselyContentStore } from './kysely/store';
import { enginesFor } from './test-support/engines';

const T0 = new Date('2026-01-05T03:00:00.000Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

const person = (id: string, email: string, role: NewUser['role'] = 'penulis'): NewUser => ({
  id,
  email,
  name: `Nama ${id}`,
  role,
  passwordHash: `$argon2id$hash-of-${id}`,
  createdAt: T0,
});

/** One suite, both engines: the desk's accounts must not depend on the engine. */
describe.each(enginesFor('accounts'))('the desk accounts on $name', ({ open }) => {
  let store: KyselyContentStore;
  let accounts: AccountsStore;

  beforeAll(async () => {
    store = await open();
    accounts = accountsOf(store);
  }, 60_000);

  afterAll(async () => {
    await store?.close();
  });

  describe('people', () => {
    it('creates a user, found by email in any case and by id, without its hash by id', async () => {
      expect(await accounts.createUser(person('u1', 'Sari@Warta.ID'))).toBe('created');
      const byEmail = await accounts.userByEmail('  sari@warta.id ');
      expect(byEmail).toMatchObject({
        id: 'u1',
        email: 'sari@warta.id',
        role: 'penulis',
        disabled: false,
        passwordHash: '$argon2id$hash-of-u1',
      });
      expect(byEmail?.createdAt).toEqual(T0);
      const byId = await accounts.userById('u1');
      expect(byId).toMatchObject({ id: 'u1', name: 'Nama u1' });
      expect(byId).not.toHaveProperty('passwordHash');
    });

    it('refuses a second account for the same email, whatever its case', async () => {
      expect(await accounts.createUser(person('u1b', 'SARI@warta.id'))).toBe('taken');
    });

    it('changes role, disabled and password; lists by email; counts active admins', async () => {
      await accounts.createUser(person('u2', 'adi@warta.id', 'editor'));
      expect(await accounts.countActiveAdmins()).toBe(0);
      expect(await accounts.setRole('u2', 'admin')).toBe(true);
      expect(await accounts.countActiveAdmins()).toBe(1);
      expect(await accounts.setDisabled('u2', true)).toBe(true);
      expect(await accounts.countActiveAdmins()).toBe(0);
      expect((await accounts.userById('u2'))?.disabled).toBe(true);
      await accounts.setDisabled('u2', false);
      expect(await accounts.setPasswordHash('u2', 'new')).toBe(true);
      expect((await accounts.userByEmail('adi@warta.id'))?.passwordHash).toBe('new');
      expect(await accounts.setRole('nobody', 'admin')).toBe(false);
      expect((await accounts.users()).map((u) => u.email)).toEqual([
        'adi@warta.id',
        'sari@warta.id',
      ]);
    });
  });

  describe('sessions', () => {
    it('finds a session until it expires, with its user', async () => {
      await accounts.createSession({
        tokenHash: 'h1',
        userId: 'u1',
        createdAt: T0,
        expiresAt: minutes(60),
      });
      const found = await accounts.activeSession('h1', minutes(59));
      expect(found?.user.email).toBe('sari@warta.id');
      expect(found?.session.expiresAt).toEqual(minutes(60));
      expect(await accounts.activeSession('h1', minutes(60))).toBeUndefined();
      expect(await accounts.activeSession('unknown', T0)).toBeUndefined();
    });

    it("ends with its user's disabling, and one or all of a user's sessions can be ended", async () => {
      for (const hash of ['h2', 'h3'])
        await accounts.createSession({
          tokenHash: hash,
          userId: 'u1',
          createdAt: T0,
          expiresAt: minutes(60),
        });
      await accounts.setDisabled('u1', true);
      expect(await accounts.activeSession('h2', T0)).toBeUndefined();
      await accounts.setDisabled('u1', false);
      expect(await accounts.activeSession('h2', T0)).toBeDefined();
      await accounts.deleteSession('h2');
      expect(await accounts.activeSession('h2', T0)).toBeUndefined();
      expect(await accounts.activeSession('h3', T0)).toBeDefined();
      expect(await accounts.deleteUserSessions('u1')).toBe(2);
      expect(await accounts.activeSession('h3', T0)).toBeUndefined();
    });

    it('deletes expired sessions only', async () => {
      await accounts.createSession({
        tokenHash: 'old',
        userId: 'u2',
        createdAt: T0,
        expiresAt: minutes(1),
      });
      await accounts.createSession({
        tokenHash: 'new',
        userId: 'u2',
        createdAt: T0,
        expiresAt: minutes(90),
      });
      expect(await accounts.deleteExpiredSessions(minutes(2))).toBe(1);
      expect(await accounts.activeSession('new', minutes(2))).toBeDefined();
    });
  });

  describe('sign-in attempts', () => {
    const email = { scope: 'email', key: 'sari@warta.id' } as const;
    const address = { scope: 'address', key: '203.0.113.9' } as const;

    it('counts attempts per key since an instant, clears one key, prunes old ones', async () => {
      await accounts.recordAttempt([email, address], minutes(0));
      await accounts.recordAttempt([email, address], minutes(5));
      await accounts.recordAttempt([address], minutes(10));
      expect(await accounts.countAttempts(email, minutes(0))).toBe(2);
      expect(await accounts.countAttempts(email, minutes(1))).toBe(1);
      expect(await accounts.countAttempts(address, minutes(0))).toBe(3);
      expect(await accounts.countAttempts({ scope: 'email', key: '203.0.113.9' }, T0)).toBe(0);
      await accounts.clearAttempts(email);
      expect(await accounts.countAttempts(email, T0)).toBe(0);
      expect(await accounts.countAttempts(address, T0)).toBe(3);
      await accounts.pruneAttempts(minutes(6));
      expect(await accounts.countAttempts(address, T0)).toBe(1);
    });

    it('forgets one attempt under every key it was recorded with, and no other', async () => {
      const other = { scope: 'email', key: 'adi@warta.id' } as const;
      const first = await accounts.recordAttempt([other, address], minutes(20));
      const second = await accounts.recordAttempt([other, address], minutes(20));
      expect(first).not.toBe(second);
      await accounts.forgetAttempt(first);
      expect(await accounts.countAttempts(other, minutes(20))).toBe(1);
      expect(await accounts.countAttempts(address, minutes(20))).toBe(1);
    });
  });

  describe('audit log', () => {
    it('keeps who did what to whom and when, newest first', async () => {
      await accounts.audit({
        at: minutes(1),
        actorId: 'u2',
        actorEmail: 'adi@warta.id',
        action: 'peran',
        target: 'sari@warta.id',
        detail: 'penulis → editor',
      });
      await accounts.audit({
        at: minutes(2),
        actorId: '',
        actorEmail: '',
        action: 'tambah',
        target: 'baru@warta.id',
        detail: '',
      });
      const log = await accounts.auditLog(10);
      expect(log.map((e) => e.action)).toEqual(['tambah', 'peran']);
      expect(log[1]).toMatchObject({ actorEmail: 'adi@warta.id', target: 'sari@warta.id' });
      expect(log[1]?.at).toEqual(minutes(1));
      expect(await accounts.auditLog(1)).toHaveLength(1);
    });
  });

  describe('the first admin', () => {
    it('is created once, with a valid unexpired setup token that is then used up', async () => {
      await accounts.setRole('u2', 'editor');
      await accounts.putSetupToken('expired', T0, minutes(1));
      await accounts.putSetupToken('good', T0, minutes(60));
      await accounts.putSetupToken('other', T0, minutes(60));
      expect(await accounts.setupTokenValid('good', minutes(2))).toBe(true);
      expect(await accounts.setupTokenValid('expired', minutes(2))).toBe(false);
      const admin = person('a1', 'kepala@warta.id', 'admin');
      expect(await accounts.createFirstAdmin(admin, 'expired', minutes(2))).toBe('invalid');
      expect(await accounts.createFirstAdmin(admin, 'nope', minutes(2))).toBe('invalid');
      expect(await accounts.createFirstAdmin(admin, 'good', minutes(2))).toBe('created');
      expect((await accounts.userByEmail('kepala@warta.id'))?.role).toBe('admin');
      // Every link is used up once the admin exists.
      expect(await accounts.setupTokenValid('other', minutes(2))).toBe(false);
      expect(await accounts.createFirstAdmin(admin, 'good', minutes(2))).toBe('invalid');
    });

    it('is refused while an active admin exists', async () => {
      await accounts.putSetupToken('late', T0, minutes(60));
      const second = person('a2', 'kedua@warta.id', 'admin');
      expect(await accounts.createFirstAdmin(second, 'late', minutes(2))).toBe('exists');
      expect(await accounts.userByEmail('kedua@warta.id')).toBeUndefined();
    });
  });
});
