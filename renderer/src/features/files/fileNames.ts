import type { Workshop } from '@shared/domain/workshop';
import {
  MAX_FILE_NAME_BYTES,
  sanitizeFileName,
  sanitizeFileStem,
  utf8Length,
} from '@shared/io/fileName';

const FALLBACK = 'klimatverkstad';

/**
 * `${title} ${date} ${what}${extension}`, safe on every OS: the title is cut so the date, the
 * kind of file and the extension always fit, and a title with nothing usable left becomes
 * "klimatverkstad".
 */
export function workshopFileName(
  workshop: Pick<Workshop, 'title' | 'date'>,
  extension: string,
  what = '',
): string {
  const tail = [workshop.date, what].filter(Boolean).join(' ');
  const stem = sanitizeFileStem(
    workshop.title,
    MAX_FILE_NAME_BYTES - utf8Length(` ${tail}${extension}`),
    FALLBACK,
  );
  return sanitizeFileName(`${stem} ${tail}`, extension, FALLBACK);
}

/** `klimatverkstad-workshops-2026-12-02.json`: several workshops, named by the day. */
export function severalWorkshopsFileName(now: Date): string {
  return `klimatverkstad-workshops-${now.toLocaleDateString('sv-SE')}.json`;
}
