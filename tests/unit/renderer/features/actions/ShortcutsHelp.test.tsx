// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuAction } from '../../../../../shared/ipc/channels';
import { stubDialogs } from '../participants/harness';
import { renderInEnglish } from '../catalogue/renderInEnglish';

const menu = vi.hoisted(() => ({ listeners: new Set<(name: MenuAction) => void>() }));
vi.mock('../../../../../renderer/src/platform/platform', () => ({
  platform: {
    onMenuAction: (listener: (name: MenuAction) => void) => {
      menu.listeners.add(listener);
      return () => menu.listeners.delete(listener);
    },
  },
}));
const { shortcutLabel } = await import('../../../../../renderer/src/features/actions/action');
const { actionRegistry } =
  await import('../../../../../renderer/src/features/actions/actionRegistry');
const { ShortcutsButton, ShortcutsHelpProvider, ShortcutsPanel } =
  await import('../../../../../renderer/src/features/actions/ShortcutsHelp');
const { useActionKeys } =
  await import('../../../../../renderer/src/features/actions/useActionKeys');
const { useBoardActions } =
  await import('../../../../../renderer/src/features/board/useBoardActions');
type ChangeHistory =
  import('../../../../../renderer/src/features/history/useChangeHistory').ChangeHistory;

stubDialogs();
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const history = {
  undo: vi.fn(async () => undefined),
  redo: vi.fn(async () => undefined),
  canUndo: true,
  canRedo: false,
} as unknown as ChangeHistory;

/** The board's real actions, registered as the board registers them, beside a text field. */
function Board() {
  useActionKeys(useBoardActions(history));
  return <input aria-label="Note" />;
}

async function renderApp() {
  const user = userEvent.setup();
  await renderInEnglish(
    <ShortcutsHelpProvider>
      <ShortcutsButton />
      <Board />
    </ShortcutsHelpProvider>,
  );
  return user;
}

const panel = () => screen.queryByRole('dialog', { name: 'Keyboard shortcuts' });

describe('the keyboard shortcuts panel', () => {
  it('opens with ? and lists every registered action that has a shortcut, grouped', async () => {
    const user = await renderApp();
    expect(panel()).toBeNull();
    await user.keyboard('?');
    const dialog = panel();
    if (!dialog) throw new Error('the panel did not open');

    const withShortcuts = actionRegistry.current().filter((a) => a.shortcuts.length > 0);
    expect(withShortcuts.map((a) => a.name).sort()).toEqual(['redo', 'shortcuts', 'undo']);
    for (const action of withShortcuts) {
      const row = dialog.querySelector(`[data-action="${action.name}"]`);
      expect(row?.querySelector('dt')?.textContent).toBe(action.label);
      expect([...(row?.querySelectorAll('kbd') ?? [])].map((k) => k.textContent)).toEqual(
        action.shortcuts.map((s) => shortcutLabel(s, false)),
      );
    }
    expect(dialog.querySelector('[data-action="redo"] dd')?.textContent).toBe(
      'Ctrl+Shift+Z or Ctrl+Y',
    );
    expect(
      within(dialog)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Edit', 'Help']);
    // The harmless button has the focus, in the dialog.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
  });

  it('shows a Mac’s keys on a Mac', async () => {
    function MacBoard() {
      useActionKeys(useBoardActions(history));
      return <ShortcutsPanel onClose={() => undefined} isMac />;
    }
    await renderInEnglish(<MacBoard />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.querySelector('[data-action="undo"] dd')?.textContent).toBe('⌘Z');
    expect(dialog.querySelector('[data-action="redo"] dd')?.textContent).toBe('⌘⇧Z or ⌃Y');
  });

  it('does not open on ? typed in a text field', async () => {
    const user = await renderApp();
    const note = screen.getByRole('textbox', { name: 'Note' });
    await user.type(note, 'Why?');
    expect(note).toHaveProperty('value', 'Why?');
    expect(panel()).toBeNull();
  });

  it('opens from its button and closes with Escape (the dialog’s cancel)', async () => {
    const user = await renderApp();
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Shift+?');
    await user.click(button);
    const dialog = panel();
    if (!dialog) throw new Error('the panel did not open');
    fireEvent(dialog, new Event('cancel', { cancelable: true }));
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('opens from the desktop menu, also while typing; the menu’s Undo then undoes the typing', async () => {
    await renderApp();
    const note = screen.getByRole('textbox', { name: 'Note' });
    note.focus();
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    for (const listener of menu.listeners) listener('undo');
    expect(execCommand).toHaveBeenCalledTimes(1);
    expect(history.undo).not.toHaveBeenCalled();
    for (const listener of menu.listeners) listener('shortcuts');
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
    expect(execCommand).toHaveBeenCalledTimes(1);
  });
});
