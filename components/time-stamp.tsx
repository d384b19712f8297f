import { formatDateTimeWib, formatShortDateTimeWib, toIsoWib } from '@/lib/dates';

interface TimeStampProps {
  date: Date;
  /** "long": Senin, 23 Desember 2024 14.30 WIB; "short": 23 Des 2024 14.30 WIB. */
  format?: 'long' | 'short';
  className?: string;
}

export function TimeStamp({ date, format = 'short', className }: TimeStampProps) {
  const text = format === 'long' ? formatDateTimeWib(date) : formatShortDateTimeWib(date);
  return (
    <time dateTime={toIsoWib(date)} className={className}>
      {text}
    </time>
  );
}
