import { useEffect, useRef } from 'react';
import { platform } from '../../platform/platform';
import { boardTakesKeys, isTyping, matchesShortcut, type Action } from './action';
import { actionRegistry } from './actionRegistry';

/** Menu actions that, while typing, mean the field's own command ("undo my typing"). */
const EDITING_COMMANDS = new Set(['undo', 'redo']);

/**
 * Runs actions from their keyboard shortcuts and, on the desktop, from the native menu. Both
 * go through the same `Action` as the toolbar, so a disabled action is disabled everywhere.
 * The actions are also registered for the shortcuts panel while the caller is on screen.
 */
export function useActionKeys(actions: readonly Action[]): void {
  // The listeners are installed once; they read the newest actions through this ref.
  const current = useRef(actions);
  const source = useRef(Symbol('actions'));
  useEffect(() => {
    current.current = actions;
    actionRegistry.set(source.current, actions);
  }, [actions]);

  useEffect(() => {
    const key = source.current;
    const onKey = (event: KeyboardEvent) => {
      if (!boardTakesKeys(event.target)) return;
      const action = current.current.find((candidate) =>
        candidate.shortcuts.some((shortcut) => matchesShortcut(event, shortcut)),
      );
      if (!action) return;
      event.preventDefault();
      if (action.enabled) action.run();
    };
    window.addEventListener('keydown', onKey);
    const stopMenu = platform.onMenuAction((name) => {
      const action = current.current.find((candidate) => candidate.name === name);
      // Another screen's action (every screen with actions hears the menu).
      if (!action) return;
      // The menu's Undo while typing means "undo my typing", as in every other app.
      if (isTyping(document.activeElement) && EDITING_COMMANDS.has(name)) {
        document.execCommand(name);
        return;
      }
      // Undo and Redo act on the board only when its keys would; any other action (the
      // shortcuts panel) also while typing, but not over a dialog.
      const free = EDITING_COMMANDS.has(name)
        ? boardTakesKeys(document.activeElement)
        : !document.querySelector('dialog[open]');
      if (free && action.enabled) action.run();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
      actionRegistry.remove(key);
    };
  }, []);
}
