import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The field's accessible name, e.g. "New name for Anna". */
  label: string;
  initial: string;
  placeholder?: string;
  /** What Enter and Escape do, and anything else to know; read with the field. */
  hint: string;
  /** A problem with what was typed, shown under the field; null when there is none. */
  error: string | null;
  onSave: (value: string) => void;
  onCancel: () => void;
};

/**
 * A name edited in place: Enter or Save saves, Escape or Cancel cancels. The field has the
 * focus, with its text selected, as soon as it appears.
 */
export function RenameField({ label, initial, placeholder, hint, error, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const errorId = useId();

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onSave(value);
    } else if (event.key === 'Escape') {
      // Escape would otherwise also close the whole dialog.
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <span className="rename-field">
      <input
        ref={input}
        value={value}
        placeholder={placeholder}
        aria-label={label}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" onClick={() => onSave(value)}>
        {t('participants.save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('participants.cancel')}
      </button>
      <span id={hintId} className="participants-hint">
        {hint}
      </span>
      {error && (
        <span id={errorId} role="alert" className="participants-field-error">
          {error}
        </span>
      )}
    </span>
  );
}
