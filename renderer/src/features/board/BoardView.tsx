import { useState, type ReactNode } from 'react';
import type { Position } from '@shared/domain/matrix';
import { ModelDetailsDialog } from '../catalogue/ModelDetailsDialog';
import { BoardWorkspace } from './BoardWorkspace';
import type { MoveModel } from './useBoardDrag';
import { useBoardWorkspace } from './useBoardWorkspace';
import { useCardTitle } from './useCardTitle';

type Props = {
  /** Where the models sit on this board: the group's positions or one participant's. */
  placements: readonly { modelId: string; position: Position }[];
  onMove: MoveModel;
  aside?: ReactNode;
  overlay?: ReactNode;
  skippedIds?: ReadonlySet<string>;
  /** Extra buttons and a note for a model's details dialog on this board. */
  details?: (modelId: string) => { actions?: ReactNode; note?: string };
};

/**
 * One board: the tray (or another side panel) beside the matrix, drag and drop reported as
 * "model M moved to spot S", and a model's details dialog. The group board, a participant's
 * board and the pooled view are all this component with other data.
 */
export function BoardView({ placements, onMove, aside, overlay, skippedIds, details }: Props) {
  const cardTitle = useCardTitle();
  const [detailsId, setDetailsId] = useState<string | null>(null);
  const { workspace, returnToTray } = useBoardWorkspace({
    placements,
    onMove,
    cardTitle,
    onShowDetails: setDetailsId,
  });
  const position = placements.find((p) => p.modelId === detailsId)?.position ?? null;
  const extra = detailsId ? details?.(detailsId) : undefined;
  return (
    <>
      <BoardWorkspace {...workspace} aside={aside} overlay={overlay} skippedIds={skippedIds} />
      {detailsId && (
        <ModelDetailsDialog
          modelId={detailsId}
          position={position}
          actions={extra?.actions}
          note={extra?.note}
          onReturnToTray={() => {
            returnToTray(detailsId);
            setDetailsId(null);
          }}
          onClose={() => setDetailsId(null)}
        />
      )}
    </>
  );
}
