/** Droppable ids of the board. */
export const MATRIX_DROP_ID = 'matrix';
export const TRAY_DROP_ID = 'tray';

/** What every draggable card carries, read back when it is dropped. */
export type CardDragData = { modelId: string };

/** Whether dnd-kit handed back the data of one of our cards. */
export function isCardDragData(data: unknown): data is CardDragData {
  return (
    typeof data === 'object' &&
    data !== null &&
    'modelId' in data &&
    typeof data.modelId === 'string'
  );
}

/** Draggable id of a card; the same model is one draggable wherever it sits. */
export const cardDragId = (modelId: string) => `model:${modelId}`;
