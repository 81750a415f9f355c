/**
 * A keyboard shortcut. `primary` is Ctrl, or Cmd on a Mac (either is accepted everywhere, so a
 * Mac keyboard on a Windows laptop still works); `ctrl` is the Ctrl key only (Ctrl+Y).
 */
export type Shortcut = { key: string; modifier: 'primary' | 'ctrl'; shift: boolean };

/**
 * A user action, the one path that toolbar buttons, keyboard shortcuts and the desktop's native
 * menu all take: `run` only when `enabled`.
 */
export type Action = {
  /** Stable name; the native menu sends these (see MENU_ACTIONS in shared/ipc). */
  name: string;
  label: string;
  shortcuts: readonly Shortcut[];
  enabled: boolean;
  run: () => void;
};

/** Whether a key press is one of the action's shortcuts. */
export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  if (event.key.toLowerCase() !== shortcut.key || event.shiftKey !== shortcut.shift) return false;
  if (event.altKey) return false;
  return shortcut.modifier === 'ctrl' ? event.ctrlKey : event.ctrlKey || event.metaKey;
}

/** The shortcut as `aria-keyshortcuts` spells it, e.g. "Control+Shift+Z Meta+Shift+Z". */
export function ariaShortcuts(shortcuts: readonly Shortcut[]): string {
  return shortcuts
    .flatMap(({ key, modifier, shift }) => {
      const rest = `${shift ? 'Shift+' : ''}${key.toUpperCase()}`;
      return modifier === 'ctrl' ? [`Control+${rest}`] : [`Control+${rest}`, `Meta+${rest}`];
    })
    .join(' ');
}

/** The first shortcut as people read it on this system: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function shortcutText(shortcuts: readonly Shortcut[], isMac: boolean): string {
  const first = shortcuts[0];
  if (!first) return '';
  const key = first.key.toUpperCase();
  if (isMac && first.modifier === 'primary') return `⌘${first.shift ? '⇧' : ''}${key}`;
  return `Ctrl+${first.shift ? 'Shift+' : ''}${key}`;
}

/** Whether keys typed now belong to a text field (where Ctrl+Z undoes typing, not the board). */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof Element && !!target.closest('input, textarea, select, [contenteditable]')
  );
}

/**
 * Whether board shortcuts may act: not while typing, not while a dialog is open (it has its own
 * keys), not while a card is lifted (its keys move the card).
 */
export function boardTakesKeys(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open], [aria-roledescription][aria-pressed="true"]')) {
    return false;
  }
  return !isTyping(target);
}
