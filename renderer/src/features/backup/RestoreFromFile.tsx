import { useTranslation } from 'react-i18next';

type Props = { disabled: boolean; onPick: (file: File) => void };

/**
 * The native file input, named by its label so screen readers and tests find it as
 * "Restore from file…"; the label is what sighted users see and click.
 */
export function RestoreFromFile({ disabled, onPick }: Props) {
  const { t } = useTranslation();
  return (
    <label className={`file-pick${disabled ? ' disabled' : ''}`}>
      <input
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that picking the same file again (after fixing it) fires a change.
          event.target.value = '';
          if (file) onPick(file);
        }}
      />
      {t('backup.fromFile')}
    </label>
  );
}
