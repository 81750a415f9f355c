// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Action } from '../../../../../renderer/src/features/actions/action';

const menu = vi.hoisted(() => ({ listener: null as ((name: 'undo' | 'redo') => void) | null }));
vi.mock('../../../../../renderer/src/platform/platform', () => ({
  platform: {
    onMenuAction: (listener: (name: 'undo' | 'redo') => void) => {
      menu.listener = listener;
      return () => (menu.listener = null);
    },
  },
}));
const { useActionKeys } =
  await import('../../../../../renderer/src/features/actions/useActionKeys');

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

function setUp(enabled = { undo: true, redo: true }) {
  const undo = vi.fn();
  const redo = vi.fn();
  const actions: Action[] = [
    {
      name: 'undo',
      label: 'Undo',
      enabled: enabled.undo,
      run: undo,
      shortcuts: [{ key: 'z', modifier: 'primary', shift: false }],
    },
    {
      name: 'redo',
      label: 'Redo',
      enabled: enabled.redo,
      run: redo,
      shortcuts: [
        { key: 'z', modifier: 'primary', shift: true },
        { key: 'y', modifier: 'ctrl', shift: false },
      ],
    },
  ];
  const hook = renderHook(() => useActionKeys(actions));
  return { undo, redo, hook };
}

function press(init: KeyboardEventInit, target: EventTarget = window) {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('useActionKeys', () => {
  it('Ctrl+Z undoes; Ctrl+Shift+Z, Cmd+Shift+Z and Ctrl+Y redo; Cmd+Z undoes on a Mac', () => {
    const { undo, redo } = setUp();
    expect(press({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(press({ key: 'Z', ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(true);
    press({ key: 'Z', metaKey: true, shiftKey: true });
    press({ key: 'z', metaKey: true });
    expect(press({ key: 'y', ctrlKey: true }).defaultPrevented).toBe(true);
    expect(undo).toHaveBeenCalledTimes(2);
    expect(redo).toHaveBeenCalledTimes(3);
  });

  it('leaves other keys, plain Z, Cmd+Y and Alt combinations alone', () => {
    const { undo, redo } = setUp();
    expect(press({ key: 'z' }).defaultPrevented).toBe(false);
    expect(press({ key: 's', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press({ key: 'y', metaKey: true }).defaultPrevented).toBe(false);
    expect(press({ key: 'z', ctrlKey: true, altKey: true }).defaultPrevented).toBe(false);
    expect(undo).not.toHaveBeenCalled();
    expect(redo).not.toHaveBeenCalled();
  });

  it('does not run a disabled action', () => {
    const { undo } = setUp({ undo: false, redo: true });
    press({ key: 'z', ctrlKey: true });
    expect(undo).not.toHaveBeenCalled();
  });

  it('leaves Ctrl+Z to a text field being typed in', () => {
    const { undo, redo } = setUp();
    const input = document.body.appendChild(document.createElement('input'));
    const textarea = document.body.appendChild(document.createElement('textarea'));
    expect(press({ key: 'z', ctrlKey: true }, input).defaultPrevented).toBe(false);
    expect(press({ key: 'y', ctrlKey: true }, textarea).defaultPrevented).toBe(false);
    expect(undo).not.toHaveBeenCalled();
    expect(redo).not.toHaveBeenCalled();
  });

  it('is off while a dialog is open, and while a card is lifted', () => {
    const { undo } = setUp();
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.setAttribute('open', '');
    press({ key: 'z', ctrlKey: true });
    dialog.remove();
    const card = document.body.appendChild(document.createElement('div'));
    card.setAttribute('aria-roledescription', 'movable model');
    card.setAttribute('aria-pressed', 'true');
    press({ key: 'z', ctrlKey: true }, card);
    expect(undo).not.toHaveBeenCalled();
    // A pressed toggle button (a view switch) is not a lifted card.
    card.removeAttribute('aria-roledescription');
    press({ key: 'z', ctrlKey: true });
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('runs the native menu’s actions, but leaves Undo to a text field being typed in', () => {
    const { undo, redo } = setUp();
    menu.listener?.('redo');
    expect(redo).toHaveBeenCalledTimes(1);
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    const execCommand = vi.fn(() => true);
    document.execCommand = execCommand;
    menu.listener?.('undo');
    expect(execCommand).toHaveBeenCalledWith('undo');
    expect(undo).not.toHaveBeenCalled();
  });

  it('stops listening when the board is gone', () => {
    const { undo, hook } = setUp();
    hook.unmount();
    expect(press({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(false);
    expect(menu.listener).toBeNull();
    expect(undo).not.toHaveBeenCalled();
  });
});
