import { useCallback, useMemo, useState } from 'react';
import type { Position } from '@shared/domain/matrix';
import { matrixCards } from './matrixCards';
import { useBoardDrag, type MoveModel } from './useBoardDrag';

type Options = {
  /** Where models sit on this board (the group's positions, or one participant's). */
  placements: readonly { modelId: string; position: Position }[] | undefined;
  onMove: MoveModel;
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
  const { placements, onMove, cardTitle, onShowDetails } = options;
  const [focusModelId, setFocusModelId] = useState<string | null>(null);
  const placedIds = useMemo(() => new Set(placements?.map((p) => p.modelId)), [placements]);
  const drag = useBoardDrag({ placedIds, onMove, focusCard: setFocusModelId });
  const cards = useMemo(() => matrixCards(placements ?? [], cardTitle), [placements, cardTitle]);
  const titleOf = useCallback((modelId: string) => cardTitle(modelId) ?? modelId, [cardTitle]);

  const returnToTray = useCallback(
    (modelId: string) => {
      setFocusModelId(modelId);
      onMove(modelId, null);
    },
    [onMove],
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
