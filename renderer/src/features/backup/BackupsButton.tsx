import { useTranslation } from 'react-i18next';
// Loaded with the start screen, so the lazily loaded restore screen has its styles at once.
import './backup.css';

/** The start screen's way to the backups. */
export function BackupsButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="backups-open" onClick={onClick}>
      {t('backup.open')}
    </button>
  );
}
