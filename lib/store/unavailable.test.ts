import { describe, expect, it } from 'vitest';
import { StoreUnreachableError } from './postgres/open';
import { isStoreUnavailable } from './unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isStoreUnavailable', () => {
  it('recognises a PostgreSQL that is stopped, restarting or full', () => {
    expect(
      isStoreUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:55433', 'ECONNREFUSED')),
    ).toBe(true);
    expect(
      isStoreUnavailable(withCode('terminating connection due to administrator command', '57P01')),
    ).toBe(true);
    expect(isStoreUnavailable(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isStoreUnavailable(withCode('sorry, too many clients already', '53300'))).toBe(true);
    expect(isStoreUnavailable(withCode('connection failure', '08006'))).toBe(true);
    expect(isStoreUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isStoreUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(
      isStoreUnavailable(new StoreUnreachableError('postgres://u:p@h/db', new Error('x'))),
    ).toBe(true);
    expect(
      isStoreUnavailable(
        new AggregateError([withCode('connect ECONNREFUSED ::1', 'ECONNREFUSED')]),
      ),
    ).toBe(true);
    expect(
      isStoreUnavailable(new Error('query failed', { cause: withCode('reset', 'ECONNRESET') })),
    ).toBe(true);
  });

  it('leaves bugs and bad data alone: they are not an outage', () => {
    expect(
      isStoreUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBe(false);
    expect(isStoreUnavailable(withCode('syntax error at or near "FROM"', '42601'))).toBe(false);
    expect(
      isStoreUnavailable(withCode('duplicate key value violates unique constraint', '23505')),
    ).toBe(false);
    expect(isStoreUnavailable('ECONNREFUSED')).toBe(false);
    expect(isStoreUnavailable(undefined)).toBe(false);
  });
});
