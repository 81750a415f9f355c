import { DndContext, DragOverlay, type DndContextProps } from '@dnd-kit/core';
import { memo, type ReactNode } from 'react';
import { CatalogueTray } from '../catalogue/CatalogueTray';
import { CardDragProvider } from './CardDragProvider';
import { DragPreview } from './DragPreview';
import { Matrix } from './Matrix';
import type { MatrixCard } from './matrixCards';

type Props = {
  /** From useBoardDrag. */
  contextProps: DndContextProps;
  cards: readonly MatrixCard[];
  placedIds: ReadonlySet<string>;
  focusModelId: string | null;
  titleOf: (modelId: string) => string;
  onShowDetails: (modelId: string) => void;
  onReturnToTray: (modelId: string) => void;
  /** Replaces the catalogue tray (e.g. the pooled view's "discuss next" list). */
  aside?: ReactNode;
  /** Drawn on the matrix under the cards (e.g. the pooled view's medians and spread). */
  overlay?: ReactNode;
  /** Models the participant answered "don't know" for, marked in the tray. */
  skippedIds?: ReadonlySet<string>;
};

/**
 * The drag-and-drop part of the board: the tray beside the matrix in one drag context. The bench
 * renders this same component with hundreds of synthetic cards. Memoised, so the board's save
 * status changing does not reach it.
 */
export const BoardWorkspace = memo(function BoardWorkspace(props: Props) {
  const { contextProps, cards, placedIds, focusModelId, titleOf, onShowDetails, onReturnToTray } =
    props;
  const { aside, overlay, skippedIds } = props;
  return (
    <DndContext {...contextProps}>
      <CardDragProvider>
        <main className="board-main">
          {aside ?? (
            <CatalogueTray
              placedIds={placedIds}
              skippedIds={skippedIds}
              focusModelId={focusModelId}
              onShowDetails={onShowDetails}
            />
          )}
          <Matrix
            cards={cards}
            overlay={overlay}
            focusModelId={focusModelId}
            onShowDetails={onShowDetails}
            onReturnToTray={onReturnToTray}
          />
        </main>
        <DragOverlay dropAnimation={null}>
          <DragPreview titleOf={titleOf} />
        </DragOverlay>
      </CardDragProvider>
    </DndContext>
  );
});
