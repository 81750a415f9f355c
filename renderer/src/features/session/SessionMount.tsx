import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storedSession } from './sessionStore';

// Loaded when first used: the protocol's schemas and the QR code stay out of the first screen.
const SessionArea = lazy(() =>
  import('./SessionArea').then((module) => ({ default: module.SessionArea })),
);

/**
 * Where the board offers participants' own devices. A session this tab was hosting comes back
 * by itself after a reload, so the page reconnects while participants wait.
 */
export function SessionMount({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(() => storedSession(workshopId) !== null);
  if (!shown) {
    return (
      <button type="button" onClick={() => setShown(true)}>
        {t('session.devicesButton')}
      </button>
    );
  }
  return (
    <Suspense fallback={null}>
      <SessionArea workshopId={workshopId} onClose={() => setShown(false)} />
    </Suspense>
  );
}
