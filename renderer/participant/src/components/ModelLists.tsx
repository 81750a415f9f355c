import { useDraggable } from '@dnd-kit/core';
import type { VoteValue } from '@shared/domain/vote';
import { useText } from '../i18n/text';
import type { ModelInPlay } from './PlacingBoard';

type Props = {
  models: readonly ModelInPlay[];
  answers: ReadonlyMap<string, VoteValue>;
  unsaved: ReadonlySet<string>;
  editable: boolean;
  selectedId: string | null;
  draggingId: string | null;
  onSelect: (modelId: string) => void;
  onSkip: (modelId: string) => void;
  onRemove: (modelId: string) => void;
};

/** The round's models: those still to place, then those on the matrix or marked "don't know". */
export function ModelLists(props: Props) {
  const { models, answers, unsaved, editable, onRemove } = props;
  const t = useText();
  const open = models.filter((model) => !answers.has(model.id));
  const answered = models.filter((model) => answers.has(model.id));
  return (
    <>
      <h2>{t('toPlace')}</h2>
      {open.length === 0 ? (
        <p className="pp-hint">{t('allDone')}</p>
      ) : (
        <ul className="pp-list" aria-label={t('toPlace')}>
          {open.map((model) => (
            <OpenModel key={model.id} model={model} {...props} />
          ))}
        </ul>
      )}
      {answered.length > 0 && (
        <>
          <h2>{t('onMatrix')}</h2>
          <ul className="pp-list" aria-label={t('onMatrix')}>
            {answered.map((model) => {
              const skipped = answers.get(model.id) === 'skip';
              return (
                <li key={model.id} className="pp-row" data-model={model.id}>
                  <span className="pp-marker pp-marker-static" aria-hidden="true">
                    {model.number}
                  </span>
                  <span className="pp-row-title">
                    {model.title}
                    {skipped && <span className="pp-tag"> · {t('skipped')}</span>}
                    {unsaved.has(model.id) && <span className="pp-tag"> · {t('unsaved')}</span>}
                  </span>
                  <button
                    type="button"
                    className="pp-secondary"
                    disabled={!editable}
                    onClick={() => onRemove(model.id)}
                    aria-label={t(skipped ? 'undoSkip' : 'remove', { title: model.title })}
                  >
                    {skipped ? '↺' : '✕'}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

function OpenModel({
  model,
  editable,
  selectedId,
  draggingId,
  onSelect,
  onSkip,
}: Props & { model: ModelInPlay }) {
  const t = useText();
  const { attributes, listeners, setNodeRef } = useDraggable({
    id: `open:${model.id}`,
    data: { modelId: model.id },
    disabled: !editable,
  });
  const selected = selectedId === model.id;
  return (
    <li className="pp-row" data-model={model.id} data-selected={selected || undefined}>
      <button
        ref={setNodeRef}
        type="button"
        {...attributes}
        {...listeners}
        className="pp-chip"
        disabled={!editable}
        aria-label={t('select', { title: model.title })}
        style={{ opacity: draggingId === model.id ? 0.3 : 1 }}
        onClick={() => onSelect(model.id)}
      >
        <span className="pp-marker pp-marker-static" aria-hidden="true">
          {model.number}
        </span>
        <span className="pp-row-title">{model.title}</span>
      </button>
      <button
        type="button"
        className="pp-secondary"
        disabled={!editable}
        aria-label={t('dontKnowFor', { title: model.title })}
        onClick={() => onSkip(model.id)}
      >
        {t('dontKnow')}
      </button>
    </li>
  );
}
