import { afterEach, describe, expect, it, vi } from 'vitest';
import { now } from './now';

describe('now()', () => {
  afterEach(() => vi.useRealTimers());

  it('is the machine clock when nothing is set', () => {
    vi.useFakeTimers({ now: new Date('2026-01-02T03:04:05Z') });
    expect(now({}).toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  it('WARTA_NOW alone fixes it, however much time passes', () => {
    vi.useFakeTimers({ now: new Date('2026-01-02T03:04:05Z') });
    const env = { WARTA_NOW: '2024-12-24T12:00:00+07:00' };
    expect(now(env).toISOString()).toBe('2024-12-24T05:00:00.000Z');
    vi.advanceTimersByTime(90_000);
    expect(now(env).toISOString()).toBe('2024-12-24T05:00:00.000Z');
  });

  it('with WARTA_CLOCK_START it starts at WARTA_NOW at that instant and runs', () => {
    vi.useFakeTimers({ now: new Date('2026-01-02T03:04:05Z') });
    const env = {
      WARTA_NOW: '2024-12-24T12:00:00+07:00',
      WARTA_CLOCK_START: '2026-01-02T03:04:00Z',
    };
    // Five seconds have passed since the clock started.
    expect(now(env).toISOString()).toBe('2024-12-24T05:00:05.000Z');
    vi.advanceTimersByTime(61_000);
    expect(now(env).toISOString()).toBe('2024-12-24T05:01:06.000Z');
  });

  it('names the variable that is not an instant', () => {
    expect(() => now({ WARTA_NOW: 'besok' })).toThrow(/WARTA_NOW/);
    expect(() => now({ WARTA_NOW: '2024-12-24T12:00:00Z', WARTA_CLOCK_START: 'tadi' })).toThrow(
      /WARTA_CLOCK_START/,
    );
  });
});
