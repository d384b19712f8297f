import { describe, expect, it } from 'vitest';
import { can, type Permission } from './roles';

describe('roles', () => {
  const all: Permission[] = [
    'use-desk',
    'edit-own-drafts',
    'submit-for-review',
    'edit-any-article',
    'publish',
    'schedule',
    'correct',
    'withdraw',
    'manage-people',
  ];
  const allowed = (role: 'penulis' | 'editor' | 'admin') => all.filter((p) => can(role, p));

  it('a writer works on their own drafts and submits them for review', () => {
    expect(allowed('penulis')).toEqual(['use-desk', 'edit-own-drafts', 'submit-for-review']);
  });

  it('an editor also edits any article, publishes, schedules, corrects and withdraws', () => {
    expect(allowed('editor')).toEqual(all.filter((p) => p !== 'manage-people'));
  });

  it('only an admin manages people and roles', () => {
    expect(allowed('admin')).toEqual(all);
  });
});
