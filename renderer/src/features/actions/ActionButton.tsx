import { ariaShortcuts, IS_MAC, shortcutText, type Action } from './action';

/** A toolbar button for an action: its label, its shortcut on hover and for screen readers. */
export function ActionButton({ action, className }: { action: Action; className?: string }) {
  const shortcut = shortcutText(action.shortcuts, IS_MAC);
  return (
    <button
      type="button"
      className={className}
      onClick={action.run}
      disabled={!action.enabled}
      title={shortcut ? `${action.label} (${shortcut})` : action.label}
      aria-keyshortcuts={ariaShortcuts(action.shortcuts) || undefined}
    >
      {action.label}
    </button>
  );
}
