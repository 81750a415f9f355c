import { useEffect, useRef } from 'react';
import { platform } from '../../platform/platform';
import { boardTakesKeys, isTyping, matchesShortcut, type Action } from './action';

/**
 * Runs actions from their keyboard shortcuts and, on the desktop, from the native menu. Both
 * go through the same `Action` as the toolbar, so a disabled action is disabled everywhere.
 */
export function useActionKeys(actions: readonly Action[]): void {
  // The listeners are installed once; they read the newest actions through this ref.
  const current = useRef(actions);
  useEffect(() => {
    current.current = actions;
  });

  useEffect(() => {
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
      // The menu's Undo while typing means "undo my typing", as in every other app.
      if (isTyping(document.activeElement)) {
        document.execCommand(name);
        return;
      }
      if (!boardTakesKeys(document.activeElement)) return;
      const action = current.current.find((candidate) => candidate.name === name);
      if (action?.enabled) action.run();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, []);
}
