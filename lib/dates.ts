import { siteConfig } from './site-config';

const { locale, timeZone, timeZoneLabel, utcOffset } = siteConfig;

const dateTimeParts = new Intl.DateTimeFormat(locale, {
  timeZone,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const dateOnly = new Intl.DateTimeFormat(locale, {
  timeZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const shortDateTime = new Intl.DateTimeFormat(locale, {
  timeZone,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** "Senin, 23 Desember 2024 10.15 WIB": the Indonesian press style for a publication time. */
export function formatDateTimeWib(date: Date): string {
  const p = dateTimeParts.formatToParts(date);
  const d = `${part(p, 'weekday')}, ${part(p, 'day')} ${part(p, 'month')} ${part(p, 'year')}`;
  return `${d} ${part(p, 'hour')}.${part(p, 'minute')} ${timeZoneLabel}`;
}

/** "23 Des 2024 10.15 WIB": compact form for lists. */
export function formatShortDateTimeWib(date: Date): string {
  const p = shortDateTime.formatToParts(date);
  return `${part(p, 'day')} ${part(p, 'month')} ${part(p, 'year')} ${part(p, 'hour')}.${part(p, 'minute')} ${timeZoneLabel}`;
}

/** "23 Desember 2024". */
export function formatDateWib(date: Date): string {
  return dateOnly.format(date);
}

/** ISO 8601 in WIB with its offset, "2024-12-23T10:15:00+07:00", as crawlers want it. */
export function toIsoWib(date: Date): string {
  const offsetMs = offsetMinutes(utcOffset) * 60_000;
  const shifted = new Date(date.getTime() + offsetMs);
  return shifted.toISOString().replace(/\.\d{3}Z$/, utcOffset);
}

function offsetMinutes(offset: string): number {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match) throw new Error(`Bad UTC offset ${offset}`);
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3]));
}
