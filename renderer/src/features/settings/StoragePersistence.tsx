import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { persistence } from '../../db/storagePersistence';

/** Whether the browser promised to keep the workshops, said where the facilitator can see it. */
export function StoragePersistence() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(persistence.subscribe, persistence.get);
  return (
    <p className={`storage-persistence storage-${state}`} data-state={state}>
      {t(`storage.${state}`)}
    </p>
  );
}
