import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { databaseBlocked } from '../db/watchDatabase';

/** Tells the user when another, older window keeps the database from opening. */
export function DatabaseBlockedBanner() {
  const { t } = useTranslation();
  const blocked = useSyncExternalStore(databaseBlocked.subscribe, databaseBlocked.get);
  if (!blocked) return null;
  return (
    <p role="alert" className="banner">
      {t('save.blocked')}
    </p>
  );
}
