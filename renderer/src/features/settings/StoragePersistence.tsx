import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { persistence, type Persistence } from '../../db/storagePersistence';
import { platform } from '../../platform/platform';

// In the browser a promise to keep the data is not the whole story: the browser may clear it
// also when someone clears its data, or by its own rules, and it takes no automatic backups.
const WEB_NOTE: Record<Persistence, string> = {
  persistent: 'files.storagePersistent',
  'best-effort': 'files.storageBestEffort',
  unknown: 'files.storageUnknown',
};

/**
 * Whether the browser promised to keep the workshops, said where the facilitator can see it;
 * in the browser, also that it may clear them anyway and that a backup file is the safe copy.
 */
export function StoragePersistence({ web = platform.kind === 'web' }: { web?: boolean }) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(persistence.subscribe, persistence.get);
  return (
    <p className={`storage-persistence storage-${state}`} data-state={state}>
      {web ? `${t(WEB_NOTE[state])} ${t('files.storageReminder')}` : t(`storage.${state}`)}
    </p>
  );
}
