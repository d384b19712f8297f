import type { Role } from '../store/accounts-port';

/**
 * What each role may do. A writer (`penulis`) works on their own drafts and submits them for
 * review; an editor edits any article, publishes, schedules, corrects and withdraws; an admin
 * does what an editor does and manages people and roles. Every change the desk accepts is
 * checked against this table on the server.
 */
export type Permission =
  | 'use-desk'
  | 'edit-own-drafts'
  | 'submit-for-review'
  | 'edit-any-article'
  | 'publish'
  | 'schedule'
  | 'correct'
  | 'withdraw'
  /** The content folder's refused files on the list: editors fix or publish them, writers cannot. */
  | 'see-content-problems'
  | 'manage-people';

const WRITER: readonly Permission[] = ['use-desk', 'edit-own-drafts', 'submit-for-review'];
const EDITOR: readonly Permission[] = [
  ...WRITER,
  'edit-any-article',
  'publish',
  'schedule',
  'correct',
  'withdraw',
  'see-content-problems',
];

const PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  penulis: new Set(WRITER),
  editor: new Set(EDITOR),
  admin: new Set<Permission>([...EDITOR, 'manage-people']),
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].has(permission);
}
