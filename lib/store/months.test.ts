import { describe, expect, it } from 'vitest';
import { isMonth, monthOf, monthRange } from './months';

describe('months of publication (site time, WIB)', () => {
  it('puts an instant in its month as readers in Jakarta see it', () => {
    expect(monthOf(new Date('2024-11-30T16:59:59Z'))).toBe('2024-11');
    expect(monthOf(new Date('2024-11-30T17:00:00Z'))).toBe('2024-12');
    expect(monthOf(new Date('2024-12-31T16:59:59Z'))).toBe('2024-12');
  });

  it('gives a month its instants, December to January included', () => {
    expect(monthRange('2024-12')).toEqual({
      start: '2024-11-30T17:00:00.000Z',
      end: '2024-12-31T17:00:00.000Z',
    });
    expect(monthRange('2025-01').start).toBe('2024-12-31T17:00:00.000Z');
  });

  it('knows a month key from anything else', () => {
    expect(isMonth('2024-12')).toBe(true);
    for (const bad of ['2024-13', '2024-1', '24-12', '2024-00', '2024-12-01'])
      expect(isMonth(bad)).toBe(false);
  });
});
