import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { MouseEvent } from 'react';
import type { Position } from '@shared/domain/matrix';
import { QUADRANTS, type Quadrant } from '@shared/domain/quadrant';
import type { VoteValue } from '@shared/domain/vote';
import { useLocale, useText } from '../i18n/text';
import { positionInBox, QUADRANT_CENTRES } from '../state/matrixSpace';
import { boardLabels } from './boardLabels';
import { MatrixFrame } from './MatrixFrame';
import type { ModelInPlay } from './PlacingBoard';

export const MATRIX_DROP_ID = 'participant-matrix';

type Props = {
  models: readonly ModelInPlay[];
  answers: ReadonlyMap<string, VoteValue>;
  unsaved: ReadonlySet<string>;
  editable: boolean;
  selected: ModelInPlay | null;
  draggingId: string | null;
  onSelect: (modelId: string) => void;
  onPlace: (modelId: string, position: Position) => void;
};

/** The person's own resource/impact matrix, with the board's axes and quadrant names. */
export function PhoneMatrix(props: Props) {
  const { models, answers, unsaved, editable, selected, draggingId, onSelect, onPlace } = props;
  const t = useText();
  const { board, quadrant } = boardLabels(useLocale());
  const { setNodeRef } = useDroppable({ id: MATRIX_DROP_ID, disabled: !editable });

  // A tap lands where the finger is; Enter or Space on a quadrant lands in its centre.
  const placeIn = (event: MouseEvent<HTMLButtonElement>, area: Quadrant) => {
    if (!selected) return;
    const matrix = event.currentTarget.parentElement?.getBoundingClientRect();
    const tapped = event.detail > 0 && matrix;
    onPlace(
      selected.id,
      tapped
        ? positionInBox({ x: event.clientX, y: event.clientY }, matrix)
        : QUADRANT_CENTRES[area],
    );
  };

  return (
    <MatrixFrame labels={board}>
      <div
        ref={setNodeRef}
        className="pp-matrix"
        role="group"
        aria-label={board.matrixLabel}
        aria-describedby="pp-matrix-axes"
      >
        {QUADRANTS.map((area) =>
          selected ? (
            <button
              key={area}
              type="button"
              className={`pp-quadrant pp-quadrant-target pp-${area}`}
              onClick={(event) => placeIn(event, area)}
            >
              {t('placeIn', { quadrant: quadrant[area] })}
            </button>
          ) : (
            <div key={area} className={`pp-quadrant pp-${area}`}>
              {quadrant[area]}
            </div>
          ),
        )}
        {models.map((model) => {
          const value = answers.get(model.id);
          if (value === undefined || value === 'skip') return null;
          return (
            <PlacedMarker
              key={model.id}
              model={model}
              position={value}
              unsaved={unsaved.has(model.id)}
              editable={editable}
              hidden={draggingId === model.id}
              selected={selected?.id === model.id}
              onSelect={onSelect}
            />
          );
        })}
      </div>
      <p id="pp-matrix-axes" className="pp-visually-hidden">
        {board.matrixAxes}
      </p>
    </MatrixFrame>
  );
}

type MarkerProps = {
  model: ModelInPlay;
  position: Position;
  unsaved: boolean;
  editable: boolean;
  hidden: boolean;
  selected: boolean;
  onSelect: (modelId: string) => void;
};

function PlacedMarker({
  model,
  position,
  unsaved,
  editable,
  hidden,
  selected,
  onSelect,
}: MarkerProps) {
  const t = useText();
  const { attributes, listeners, setNodeRef } = useDraggable({
    id: `placed:${model.id}`,
    data: { modelId: model.id },
    disabled: !editable,
  });
  const label = unsaved ? `${model.title} (${t('unsaved')})` : model.title;
  return (
    <button
      ref={setNodeRef}
      type="button"
      {...attributes}
      {...listeners}
      className="pp-marker pp-placed"
      data-model={model.id}
      data-x={position.x}
      data-y={position.y}
      data-selected={selected || undefined}
      data-unsaved={unsaved || undefined}
      aria-label={label}
      disabled={!editable}
      style={{
        left: `${position.x * 100}%`,
        top: `${(1 - position.y) * 100}%`,
        opacity: hidden ? 0.3 : 1,
      }}
      onClick={() => onSelect(model.id)}
    >
      {model.number}
    </button>
  );
}
