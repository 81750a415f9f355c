import type { Locale } from '@shared/catalogue/types';
import { formatLocalDate } from '@shared/i18n/dates';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "30 november 2026, 14:05:09": when a backup was taken, in local time. Seconds included so two
 * backups taken in the same minute (a safety copy right before a restore) read differently.
 */
export function formatBackupTime(iso: string, locale: Locale): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return `${formatLocalDate(moment, locale)}, ${formatClockTime(moment.getTime())}`;
}

/** "14:05:09": a time of today, in local time (the same in both languages). */
export function formatClockTime(ms: number): string {
  const moment = new Date(ms);
  return `${pad(moment.getHours())}:${pad(moment.getMinutes())}:${pad(moment.getSeconds())}`;
}

/** "12,3 kB" / "1.2 MB": a file size in the user's number format. */
export function formatBytes(bytes: number, locale: Locale): string {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [bytes / 1000, 'kilobyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}
