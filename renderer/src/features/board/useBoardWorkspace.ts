import { useCallback, useMemo, useState } from 'react';
import type { Placement } from '@shared/domain/workshop';
import type { PlacementsRepo } from '../../db/placementsRepo';
import { matrixCards } from './matrixCards';
import { moveModelCommand, type Command } from './placementCommands';
import { useBoardDrag } from './useBoardDrag';

type Options = {
  workshopId: string;
  repo: PlacementsRepo;
  /** Undefined while the live query loads. */
  placements: readonly Placement[] | undefined;
  run: (command: Command) => Promise<void>;
  /** A model's title, or undefined for a model the catalogue does not know (not drawn). */
  cardTitle: (modelId: string) => string | undefined;
  onShowDetails: (modelId: string) => void;
};

/**
 * The board's drag wiring, shared by the board screen and the bench harness so the bench
 * measures exactly what users run: placed ids, cards in plan order, drag handling, focus that
 * follows keyboard drops, and returning a card to the tray. Everything handed to
 * BoardWorkspace is memoised, so unrelated board state does not redraw the cards.
 */
export function useBoardWorkspace(options: Options) {
  const { workshopId, repo, placements, run, cardTitle, onShowDetails } = options;
  const [focusModelId, setFocusModelId] = useState<string | null>(null);
  const placedIds = useMemo(() => new Set(placements?.map((p) => p.modelId)), [placements]);
  const drag = useBoardDrag({ workshopId, repo, placedIds, run, focusCard: setFocusModelId });
  const cards = useMemo(() => matrixCards(placements ?? [], cardTitle), [placements, cardTitle]);
  const titleOf = useCallback((modelId: string) => cardTitle(modelId) ?? modelId, [cardTitle]);

  const returnToTray = useCallback(
    (modelId: string) => {
      setFocusModelId(modelId);
      run(moveModelCommand(repo, workshopId, modelId, null)).catch(() => undefined);
    },
    [run, repo, workshopId],
  );

  const workspace = useMemo(
    () => ({
      contextProps: drag.contextProps,
      cards,
      placedIds,
      focusModelId,
      titleOf,
      onShowDetails,
      onReturnToTray: returnToTray,
    }),
    [drag.contextProps, cards, placedIds, focusModelId, titleOf, onShowDetails, returnToTray],
  );
  return { workspace, placedIds, titleOf, returnToTray };
}
