import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import type { ChangesRepo } from '../../renderer/src/db/changesRepo';
import type { PlacementsRepo } from '../../renderer/src/db/placementsRepo';
import { BoardWorkspace } from '../../renderer/src/features/board/BoardWorkspace';
import type { Spot } from '../../renderer/src/features/board/useBoardDrag';
import { useBoardWorkspace } from '../../renderer/src/features/board/useBoardWorkspace';
import { useSaveStatus } from '../../renderer/src/features/board/useSaveStatus';
import { useChangeHistory } from '../../renderer/src/features/history/useChangeHistory';

type Props = {
  repo: PlacementsRepo;
  changes: ChangesRepo;
  workshopId: string;
  titleOf: (modelId: string) => string;
};

const noStep = () => undefined;
const noDetails = () => undefined;

/**
 * BoardScreen's drag wiring (live placements, save status, undo history, useBoardWorkspace)
 * around the real BoardWorkspace, minus the header and dialogs, on the bench's own database.
 */
export function BenchBoard({ repo, changes, workshopId, titleOf }: Props) {
  const placements = useLiveQuery(() => repo.listForWorkshop(workshopId), [repo, workshopId]);
  const { track } = useSaveStatus();
  const history = useChangeHistory(track, noStep, changes);
  const { record } = history;
  const onMove = useCallback(
    (modelId: string, to: Spot) => {
      void record(() => ({ kind: 'placement.set', workshopId, modelId, from: null, to })).catch(
        () => undefined,
      );
    },
    [record, workshopId],
  );
  const { workspace } = useBoardWorkspace({
    placements,
    onMove,
    cardTitle: titleOf,
    onShowDetails: noDetails,
  });

  if (placements === undefined) return null;
  return (
    <div className="board">
      <BoardWorkspace {...workspace} />
    </div>
  );
}
