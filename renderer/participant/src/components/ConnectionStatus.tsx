import type { ParticipantPageKey } from '@shared/i18n/features/participantPage';
import { useText } from '../i18n/text';
import type { PageState } from '../state/pageState';

function statusKey(state: PageState): ParticipantPageKey | null {
  switch (state.connection) {
    case 'idle':
      return null;
    case 'connecting':
      return 'connection_connecting';
    case 'reconnecting':
      return 'connection_reconnecting';
    case 'ended':
      return 'connection_ended';
    case 'connected':
      return state.view?.hostPresent === false ? 'connection_hostAway' : 'connection_connected';
  }
}

/** Where the connection stands, in words and a colour, announced when it changes. */
export function ConnectionStatus({ state }: { state: PageState }) {
  const t = useText();
  const key = statusKey(state);
  if (!key) return null;
  return (
    <p className="pp-status" data-status={key} role="status">
      <span className="pp-status-dot" aria-hidden="true" />
      {t(key)}
      {state.seat !== null && state.connection === 'connected' && (
        <span className="pp-seat"> · {t('seat', { seat: state.seat })}</span>
      )}
    </p>
  );
}
