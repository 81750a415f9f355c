import { useTranslation } from 'react-i18next';
import { describeError } from '../../ui/describeError';
import type { SaveStatus } from './useSaveStatus';

/** "Saving…" / "Saved" / what went wrong, announced politely to screen readers. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const text =
    status.state === 'failed'
      ? describeError(status.error, t)
      : t(status.state === 'saving' ? 'save.saving' : 'save.saved');
  return (
    <p role="status" className={`save-indicator save-${status.state}`} data-state={status.state}>
      {text}
    </p>
  );
}
