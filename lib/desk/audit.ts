import type { AccountsStore } from '../store/accounts-port';

/** The audit log's actions, as the people page shows them. */
export const AUDIT = {
  signIn: 'masuk',
  signOut: 'keluar',
  signOutEverywhere: 'keluar dari semua perangkat',
  firstAdmin: 'admin pertama dibuat',
  setupLink: 'tautan penyiapan dibuat',
  personAdded: 'orang ditambahkan',
  roleChanged: 'peran diubah',
  disabled: 'dinonaktifkan',
  enabled: 'diaktifkan',
  signedOutByAdmin: 'dikeluarkan dari semua perangkat',
  articleCreated: 'artikel dibuat',
  articleSaved: 'artikel disimpan',
  articleSubmitted: 'artikel diajukan',
  articlePublished: 'artikel diterbitkan',
  articleRestored: 'artikel dipulihkan',
  articleScheduled: 'artikel dijadwalkan',
  articleCorrected: 'artikel diralat',
  articleWithdrawn: 'artikel ditarik',
  slugChanged: 'slug diubah',
} as const;

/** Who acts: a signed-in person, or the server or command line (id ''). */
export interface Actor {
  id: string;
  email: string;
}

export const SERVER_ACTOR: Actor = { id: '', email: '' };

export function record(
  accounts: AccountsStore,
  actor: Actor,
  at: Date,
  action: string,
  target = '',
  detail = '',
): Promise<void> {
  return accounts.audit({ at, actorId: actor.id, actorEmail: actor.email, action, target, detail });
}
