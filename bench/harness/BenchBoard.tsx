import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import type { PlacementsRepo } from '../../renderer/src/db/placementsRepo';
import { BoardWorkspace } from '../../renderer/src/features/board/BoardWorkspace';
import { matrixCards } from '../../renderer/src/features/board/matrixCards';
import { moveModelCommand } from '../../renderer/src/features/board/placementCommands';
import { useBoardDrag } from '../../renderer/src/features/board/useBoardDrag';
import { useHistory } from '../../renderer/src/features/board/useHistory';
import { useSaveStatus } from '../../renderer/src/features/board/useSaveStatus';

type Props = {
  repo: PlacementsRepo;
  workshopId: string;
  titleOf: (modelId: string) => string;
};

const noStep = () => undefined;

/**
 * BoardScreen's drag wiring (live placements, save status, undo history, useBoardDrag) around
 * the real BoardWorkspace, minus the header and dialogs, on the bench's own database.
 */
export function BenchBoard({ repo, workshopId, titleOf }: Props) {
  const placements = useLiveQuery(() => repo.listForWorkshop(workshopId), [repo, workshopId]);
  const { track } = useSaveStatus();
  const history = useHistory(track, noStep);
  const [focusModelId, setFocusModelId] = useState<string | null>(null);
  const [, setDetailsId] = useState<string | null>(null);
  const placedIds = useMemo(() => new Set(placements?.map((p) => p.modelId)), [placements]);
  const drag = useBoardDrag({
    workshopId,
    repo,
    placedIds,
    run: history.run,
    focusCard: setFocusModelId,
  });
  const cards = useMemo(() => matrixCards(placements ?? [], titleOf), [placements, titleOf]);
  const { run } = history;
  const returnToTray = useCallback(
    (modelId: string) => {
      setFocusModelId(modelId);
      run(moveModelCommand(repo, workshopId, modelId, null)).catch(() => undefined);
    },
    [run, repo, workshopId],
  );

  if (placements === undefined) return null;
  return (
    <div className="board">
      <BoardWorkspace
        contextProps={drag.contextProps}
        cards={cards}
        placedIds={placedIds}
        focusModelId={focusModelId}
        titleOf={titleOf}
        onShowDetails={setDetailsId}
        onReturnToTray={returnToTray}
      />
    </div>
  );
}
