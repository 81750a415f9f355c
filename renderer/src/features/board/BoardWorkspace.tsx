import { DndContext, type DndContextProps } from '@dnd-kit/core';
import { memo, useMemo } from 'react';
import { CardDragProvider } from './CardDragProvider';
import {
  BoardWorkspaceContent,
  WorkspaceContentContext,
  type WorkspaceContent,
} from './BoardWorkspaceContent';

type Props = WorkspaceContent & {
  /** From useBoardDrag; stable between drops (see there). */
  contextProps: DndContextProps;
};

/**
 * The drag-and-drop part of the board: the tray beside the matrix in one drag context. The bench
 * renders this same component with hundreds of synthetic cards. Memoised, so the board's save
 * status changing does not reach it.
 *
 * The tray and the matrix get their data through a context, and DndContext gets the same
 * children every time: new data (a drop coming back from the database) then re-renders the
 * content but not DndContext. Each render of DndContext hands out new context values, and React
 * would look through every card for components that read them.
 */
export const BoardWorkspace = memo(function BoardWorkspace({ contextProps, ...content }: Props) {
  const board = useMemo(
    () => (
      <CardDragProvider>
        <BoardWorkspaceContent />
      </CardDragProvider>
    ),
    [],
  );
  return (
    <WorkspaceContentContext value={content}>
      <DndContext {...contextProps}>{board}</DndContext>
    </WorkspaceContentContext>
  );
});
