import { describe, expect, it } from 'vitest';
import { formatDateTimeWib, formatDateWib, formatShortDateTimeWib, toIsoWib } from './dates';

const seedTime = new Date('2024-12-23T14:30:00+07:00');

describe('dates in WIB', () => {
  it('formats the Indonesian press style', () => {
    expect(formatDateTimeWib(seedTime)).toBe('Senin, 23 Desember 2024 14.30 WIB');
    expect(formatDateTimeWib(new Date('2024-12-22T23:05:00Z'))).toBe(
      'Senin, 23 Desember 2024 06.05 WIB',
    );
  });

  it('formats short and date-only forms', () => {
    expect(formatShortDateTimeWib(seedTime)).toBe('23 Des 2024 14.30 WIB');
    expect(formatDateWib(seedTime)).toBe('23 Desember 2024');
  });

  it('serialises instants with the +07:00 offset', () => {
    expect(toIsoWib(seedTime)).toBe('2024-12-23T14:30:00+07:00');
    expect(toIsoWib(new Date('2024-12-31T20:00:00Z'))).toBe('2025-01-01T03:00:00+07:00');
  });
});
