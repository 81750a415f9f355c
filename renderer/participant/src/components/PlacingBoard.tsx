import {
  DndContext,
  DragOverlay,
  getClientRect,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useState } from 'react';
import type { Position } from '@shared/domain/matrix';
import type { ChangeMessage } from '../connection/useSession';
import { useText } from '../i18n/text';
import { dropPoint } from '../state/dropPoint';
import { positionInBox } from '../state/matrixSpace';
import {
  canChange,
  shownAnswers,
  shownReady,
  unsavedModels,
  type PageState,
} from '../state/pageState';
import { ModelLists } from './ModelLists';
import { MATRIX_DROP_ID, PhoneMatrix } from './PhoneMatrix';

export type ModelInPlay = { id: string; number: number; title: string };

type Props = {
  state: PageState;
  round: number;
  models: readonly ModelInPlay[];
  send: (message: ChangeMessage) => void;
};

// The finger's point decides where a touch or mouse drag lands; a keyboard drag has none.
const detectDrop: CollisionDetection = (args) => {
  const byPointer = pointerWithin(args);
  return byPointer.length > 0 ? byPointer : rectIntersection(args);
};

/**
 * The person's own matrix and the round's models: drag a model on (touch, mouse, keyboard), or
 * tap it and then tap a spot; move, take back, "don't know", and say when done.
 */
export function PlacingBoard({ state, round, models, send }: Props) {
  const t = useText();
  const answers = shownAnswers(state);
  const unsaved = unsavedModels(state);
  const editable = canChange(state);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [draggingId, setDraggingId] = useState<string | null>(null);
  const selected = editable ? (models.find((model) => model.id === selectedId) ?? null) : null;
  const dragging = models.find((model) => model.id === draggingId) ?? null;

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    // A short press starts a drag, so the page still scrolls under a sweeping finger.
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    // Enter stays free for tap-then-tap selection.
    useSensor(KeyboardSensor, {
      keyboardCodes: { start: ['Space'], end: ['Space'], cancel: ['Escape'] },
    }),
  );

  const putAt = (modelId: string, position: Position) => {
    const current = answers.get(modelId);
    const placed = current !== undefined && current !== 'skip';
    send({ type: placed ? 'move' : 'place', round, modelId, position });
    setSelectedId(null);
  };

  const onDragStart = (event: DragStartEvent) => {
    setDraggingId(String(event.active.data.current?.modelId ?? ''));
    setSelectedId(null);
  };
  const onDragEnd = (event: DragEndEvent) => {
    setDraggingId(null);
    const modelId = event.active.data.current?.modelId;
    if (typeof modelId !== 'string' || event.over?.id !== MATRIX_DROP_ID) return;
    const point = dropPoint(
      event.activatorEvent,
      event.delta,
      event.active.rect.current.translated,
    );
    if (point) putAt(modelId, positionInBox(point, event.over.rect));
  };

  const ready = shownReady(state);
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={detectDrop}
      measuring={{ draggable: { measure: getClientRect } }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDraggingId(null)}
    >
      {editable && <p className="pp-hint">{t('instructions')}</p>}
      {selected && (
        <div className="pp-selection" role="status">
          <p>{t('selected', { title: selected.title })}</p>
          <button type="button" className="pp-secondary" onClick={() => setSelectedId(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
      <PhoneMatrix
        models={models}
        answers={answers}
        unsaved={unsaved}
        editable={editable}
        selected={selected}
        draggingId={draggingId}
        onSelect={(id) => setSelectedId((current) => (current === id ? null : id))}
        onPlace={putAt}
      />
      <ModelLists
        models={models}
        answers={answers}
        unsaved={unsaved}
        editable={editable}
        selectedId={selected?.id ?? null}
        draggingId={draggingId}
        onSelect={(id) => setSelectedId((current) => (current === id ? null : id))}
        onSkip={(modelId) => send({ type: 'skip', round, modelId })}
        onRemove={(modelId) => send({ type: 'remove', round, modelId })}
      />
      <button
        type="button"
        className="pp-ready"
        aria-pressed={ready}
        disabled={!editable}
        onClick={() => send({ type: 'ready', round, ready: !ready })}
      >
        {ready ? `✓ ${t('ready')}` : t('ready')}
      </button>
      <DragOverlay dropAnimation={null}>
        {dragging && (
          <span className="pp-marker pp-marker-lifted" aria-hidden="true">
            {dragging.number}
          </span>
        )}
      </DragOverlay>
    </DndContext>
  );
}
