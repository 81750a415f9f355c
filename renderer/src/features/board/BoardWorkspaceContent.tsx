import { DragOverlay } from '@dnd-kit/core';
import { createContext, useContext, type ReactNode } from 'react';
import { CatalogueTray } from '../catalogue/CatalogueTray';
import { DragPreview } from './DragPreview';
import { Matrix } from './Matrix';
import type { MatrixCard } from './matrixCards';

export type WorkspaceContent = {
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

/** What BoardWorkspace hands its content past dnd-kit's DndContext (see there). */
export const WorkspaceContentContext = createContext<WorkspaceContent | null>(null);

/** The tray (or another side panel) beside the matrix, and the card under the pointer. */
export function BoardWorkspaceContent() {
  const content = useContext(WorkspaceContentContext);
  if (!content) throw new Error('BoardWorkspaceContent belongs inside BoardWorkspace');
  const { cards, placedIds, focusModelId, titleOf, onShowDetails, onReturnToTray } = content;
  const { aside, overlay, skippedIds } = content;
  return (
    <>
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
        {/*
          dnd-kit measures the overlay's only child: this box fills the overlay, which takes the
          lifted card's own box, so a keyboard drop lands on the card's exact point whatever the
          size of the preview drawn inside it (a marker, or a label drawn away from its point).
        */}
        <div className="drag-preview-box">
          <DragPreview titleOf={titleOf} />
        </div>
      </DragOverlay>
    </>
  );
}
