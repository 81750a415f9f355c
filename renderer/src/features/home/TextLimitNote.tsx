import { useTranslation } from 'react-i18next';
import type { LimitedText } from './useLimitedText';

/** From this many characters left, screen readers hear how many remain. */
export const NEAR_LIMIT = 20;

type Props = { id: string; field: LimitedText; cutMessage: string };

/** The ids of a field's note, for the input's `aria-describedby`. */
export function limitNoteIds(id: string, field: LimitedText): string {
  return field.cut ? `${id}-count ${id}-cut` : `${id}-count`;
}

/**
 * Under a length-limited field: a counter ("123 / 200") and a polite status that speaks only
 * when it matters — that a paste was cut, or near the limit how many characters are left —
 * so screen reader users are not read a number at every keystroke.
 */
export function TextLimitNote({ id, field, cutMessage }: Props) {
  const { t } = useTranslation();
  const left = field.max - field.used;
  return (
    <p className="field-note">
      <span id={`${id}-count`} className={left <= NEAR_LIMIT ? 'field-count near' : 'field-count'}>
        {t('home.charCount', { used: field.used, max: field.max })}
      </span>
      {/* Always in the page, so the status is announced when its text changes. */}
      <span id={`${id}-cut`} role="status" className="field-cut">
        {field.cut ? (
          cutMessage
        ) : left <= NEAR_LIMIT ? (
          <span className="visually-hidden">{t('home.charsLeft', { count: left })}</span>
        ) : null}
      </span>
    </p>
  );
}
