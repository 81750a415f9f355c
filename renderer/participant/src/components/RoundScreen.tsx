import type { ChangeMessage } from '../connection/useSession';
import { useLocale, useText } from '../i18n/text';
import type { PageState } from '../state/pageState';
import { modelTitle } from './modelTitle';
import { PlacingBoard, type ModelInPlay } from './PlacingBoard';
import { PooledView } from './PooledView';

type Props = { state: PageState; send: (message: ChangeMessage) => void };

/**
 * What the facilitator has released, and nothing more: the round's models and the person's own
 * matrix while a round runs, and the group's pooled view once it is shown to everyone.
 */
export function RoundScreen({ state, send }: Props) {
  const t = useText();
  const locale = useLocale();
  const view = state.view;
  if (!view) return null;
  const round = view.round;
  const models: ModelInPlay[] = view.models.map((id, index) => ({
    id,
    number: index + 1,
    title: modelTitle(id, index + 1, locale, t),
  }));
  const showPooled = view.pooled !== null;
  const showBoard = round !== null && !(round.status === 'revealed' && showPooled);

  return (
    <section className="pp-round" aria-labelledby="pp-round-heading">
      <h1 id="pp-round-heading">
        {round ? t('roundHeading', { round: round.number }) : t('waiting')}
      </h1>
      {round?.status === 'locked' && <p className="pp-banner">{t('locked')}</p>}
      {round?.status === 'revealed' && <p className="pp-banner">{t('revealed')}</p>}
      {showBoard && round && (
        <PlacingBoard state={state} round={round.number} models={models} send={send} />
      )}
      {view.pooled ? (
        <PooledView pooled={view.pooled} models={models} />
      ) : (
        round?.status === 'revealed' && <p>{t('pooledWaiting')}</p>
      )}
    </section>
  );
}
