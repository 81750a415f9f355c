/**
 * A keyboard shortcut. `primary` is Ctrl, or Cmd on a Mac (either is accepted everywhere, so a
 * Mac keyboard on a Windows laptop still works); `ctrl` is the Ctrl key only (Ctrl+Y); `none` is
 * the character alone (`?`), whatever keys the keyboard layout needs to type it, so `shift` is
 * not checked for it.
 */
export type Shortcut = { key: string; modifier: 'primary' | 'ctrl' | 'none'; shift: boolean };

/** Where the shortcuts panel lists an action. */
export type ActionGroup = 'edit' | 'view' | 'help' | 'general';

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
  /** Its heading in the shortcuts panel; unset: see `groupOf`. */
  group?: ActionGroup;
};

/** The panel's heading for an action: its own, else Undo and Redo are editing, else "Other". */
export function groupOf(action: Pick<Action, 'name' | 'group'>): ActionGroup {
  if (action.group) return action.group;
  return action.name === 'undo' || action.name === 'redo' ? 'edit' : 'general';
}

/** Whether a key press is one of the action's shortcuts. */
export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  if (shortcut.modifier === 'none') {
    return event.key === shortcut.key && !event.ctrlKey && !event.metaKey && !event.altKey;
  }
  if (event.key.toLowerCase() !== shortcut.key || event.shiftKey !== shortcut.shift) return false;
  if (event.altKey) return false;
  return shortcut.modifier === 'ctrl' ? event.ctrlKey : event.ctrlKey || event.metaKey;
}

/** The shortcut as `aria-keyshortcuts` spells it, e.g. "Control+Shift+Z Meta+Shift+Z". */
export function ariaShortcuts(shortcuts: readonly Shortcut[]): string {
  return shortcuts
    .flatMap(({ key, modifier, shift }) => {
      // `?` is typed with Shift on most layouts; ARIA spells the character with its Shift.
      if (modifier === 'none') return [key === '?' ? 'Shift+?' : key.toUpperCase()];
      const rest = `${shift ? 'Shift+' : ''}${key.toUpperCase()}`;
      return modifier === 'ctrl' ? [`Control+${rest}`] : [`Control+${rest}`, `Meta+${rest}`];
    })
    .join(' ');
}

/** One shortcut as people read it on this system: "Ctrl+Shift+Z" or "⌘⇧Z", "⌃Y", "?". */
export function shortcutLabel(shortcut: Shortcut, isMac: boolean): string {
  const key = shortcut.key.toUpperCase();
  if (shortcut.modifier === 'none') return shortcut.key;
  if (isMac && shortcut.modifier === 'primary') return `⌘${shortcut.shift ? '⇧' : ''}${key}`;
  if (isMac) return `⌃${shortcut.shift ? '⇧' : ''}${key}`;
  return `Ctrl+${shortcut.shift ? 'Shift+' : ''}${key}`;
}

/** The first shortcut as people read it on this system: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function shortcutText(shortcuts: readonly Shortcut[], isMac: boolean): string {
  const first = shortcuts[0];
  return first ? shortcutLabel(first, isMac) : '';
}

/** Whether this system is a Mac, whose keys read ⌘ instead of Ctrl. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

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
