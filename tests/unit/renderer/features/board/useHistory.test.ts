// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Command } from '../../../../../renderer/src/features/board/placementCommands';
import { useHistory } from '../../../../../renderer/src/features/board/useHistory';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

/** A promise settled from outside, to hold a write open while the user keeps going. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A command whose writes are recorded in `log` as "apply a", "revert a", … */
function command(modelId: string, log: string[], overrides: Partial<Command> = {}): Command {
  return {
    name: 'place',
    modelId,
    apply: async () => {
      log.push(`apply ${modelId}`);
    },
    revert: async () => {
      log.push(`revert ${modelId}`);
    },
    ...overrides,
  };
}

const passThrough = (write: () => Promise<void>) => write();

function setUp() {
  const onStep = vi.fn();
  const hook = renderHook(() => useHistory(passThrough, onStep));
  return { onStep, hook, history: () => hook.result.current };
}

function press(init: KeyboardEventInit, target: EventTarget = window) {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('useHistory', () => {
  it('has nothing to undo or redo at first', () => {
    const { history } = setUp();
    expect(history().canUndo).toBe(false);
    expect(history().canRedo).toBe(false);
  });

  it('runs commands one after another, in the order they were given', async () => {
    const log: string[] = [];
    const { history } = setUp();
    const slow = deferred();
    const first = command('a', log, {
      apply: async () => {
        log.push('start a');
        await slow.promise;
        log.push('apply a');
      },
    });

    let runs!: Promise<unknown>;
    act(() => {
      runs = Promise.all([history().run(first), history().run(command('b', log))]);
    });
    await act(async () => {
      await Promise.resolve();
    });
    expect(log).toEqual(['start a']);

    await act(async () => {
      slow.resolve();
      await runs;
    });
    expect(log).toEqual(['start a', 'apply a', 'apply b']);
    expect(history().canUndo).toBe(true);
  });

  it('undo pressed while a command is still saving undoes that command', async () => {
    const log: string[] = [];
    const { history } = setUp();
    const slow = deferred();
    const second = command('b', log, {
      apply: async () => {
        await slow.promise;
        log.push('apply b');
      },
    });
    await act(() => history().run(command('a', log)));

    let steps!: Promise<unknown>;
    act(() => {
      steps = Promise.all([history().run(second), history().undo()]);
    });
    await act(async () => {
      slow.resolve();
      await steps;
    });

    expect(log).toEqual(['apply a', 'apply b', 'revert b']);
    expect(history().canUndo).toBe(true);
    expect(history().canRedo).toBe(true);
  });

  it('does not record a command whose write failed, so undo reverts the one before', async () => {
    const log: string[] = [];
    const { history } = setUp();
    const failure = new Error('disk full');
    await act(() => history().run(command('a', log)));

    await act(async () => {
      await expect(
        history().run(
          command('b', log, {
            apply: () => Promise.reject(failure),
          }),
        ),
      ).rejects.toBe(failure);
    });
    await act(() => history().undo());

    expect(log).toEqual(['apply a', 'revert a']);
    expect(history().canUndo).toBe(false);
  });

  it('keeps a command on the undo stack when its revert fails', async () => {
    const log: string[] = [];
    const { history, onStep } = setUp();
    let failRevert = true;
    const a = command('a', log, {
      revert: async () => {
        if (failRevert) throw new Error('disk full');
        log.push('revert a');
      },
    });
    await act(() => history().run(a));

    await act(() => history().undo());
    expect(log).toEqual(['apply a']);
    expect(history().canUndo).toBe(true);
    expect(history().canRedo).toBe(false);
    expect(onStep).not.toHaveBeenCalled();

    failRevert = false;
    await act(() => history().undo());
    expect(log).toEqual(['apply a', 'revert a']);
    expect(history().canUndo).toBe(false);
  });

  it('redoes what was undone, newest first', async () => {
    const log: string[] = [];
    const { history } = setUp();
    await act(() => history().run(command('a', log)));
    await act(() => history().run(command('b', log)));

    await act(() => history().undo());
    await act(() => history().undo());
    expect(history().canUndo).toBe(false);
    expect(history().canRedo).toBe(true);

    await act(() => history().redo());
    expect(log.at(-1)).toBe('apply a');
    await act(() => history().redo());
    expect(log).toEqual(['apply a', 'apply b', 'revert b', 'revert a', 'apply a', 'apply b']);
    expect(history().canUndo).toBe(true);
    expect(history().canRedo).toBe(false);
  });

  it('forgets what could be redone once a new command runs', async () => {
    const log: string[] = [];
    const { history } = setUp();
    await act(() => history().run(command('a', log)));
    await act(() => history().undo());
    expect(history().canRedo).toBe(true);

    await act(() => history().run(command('b', log)));
    expect(history().canRedo).toBe(false);
    await act(() => history().redo());
    expect(log).toEqual(['apply a', 'revert a', 'apply b']);
  });

  it('does nothing when there is nothing to undo or redo', async () => {
    const { history, onStep } = setUp();
    await act(() => history().undo());
    await act(() => history().redo());
    expect(onStep).not.toHaveBeenCalled();
    expect(history().canUndo).toBe(false);
    expect(history().canRedo).toBe(false);
  });

  it('reports each undo and redo with the command, so it can be announced', async () => {
    const log: string[] = [];
    const { history, onStep } = setUp();
    const a = command('a', log);
    await act(() => history().run(a));
    expect(onStep).not.toHaveBeenCalled();

    await act(() => history().undo());
    expect(onStep).toHaveBeenLastCalledWith({ kind: 'undo', command: a });
    await act(() => history().redo());
    expect(onStep).toHaveBeenLastCalledWith({ kind: 'redo', command: a });
    expect(onStep).toHaveBeenCalledTimes(2);
  });

  it('sends every write through the save tracker', async () => {
    const log: string[] = [];
    const track = vi.fn((write: () => Promise<void>) => write());
    const { result } = renderHook(() => useHistory(track));
    const a = command('a', log);
    await act(() => result.current.run(a));
    await act(() => result.current.undo());
    await act(() => result.current.redo());
    expect(track.mock.calls.map(([write]) => write)).toEqual([a.apply, a.revert, a.apply]);
  });

  describe('keyboard shortcuts', () => {
    it('Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo; Cmd+Z undoes on a Mac', async () => {
      const log: string[] = [];
      const { history } = setUp();
      await act(() => history().run(command('a', log)));

      expect(press({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(true);
      await waitFor(() => expect(history().canRedo).toBe(true));
      expect(log).toEqual(['apply a', 'revert a']);

      expect(press({ key: 'Z', ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(true);
      await waitFor(() => expect(history().canUndo).toBe(true));
      expect(log.at(-1)).toBe('apply a');

      press({ key: 'z', metaKey: true });
      await waitFor(() => expect(history().canRedo).toBe(true));

      expect(press({ key: 'y', ctrlKey: true }).defaultPrevented).toBe(true);
      await waitFor(() => expect(history().canUndo).toBe(true));
      expect(log).toEqual(['apply a', 'revert a', 'apply a', 'revert a', 'apply a']);
    });

    it('leaves other keys and plain Z alone', async () => {
      const log: string[] = [];
      const { history } = setUp();
      await act(() => history().run(command('a', log)));

      expect(press({ key: 'z' }).defaultPrevented).toBe(false);
      expect(press({ key: 's', ctrlKey: true }).defaultPrevented).toBe(false);
      // The queue runs in order: had a key undone "a", it would show before "b" is applied.
      await act(() => history().run(command('b', log)));
      expect(log).toEqual(['apply a', 'apply b']);
    });

    it('leaves Ctrl+Z to a text field being typed in', async () => {
      const log: string[] = [];
      const { history } = setUp();
      await act(() => history().run(command('a', log)));
      const input = document.body.appendChild(document.createElement('input'));
      const textarea = document.body.appendChild(document.createElement('textarea'));

      expect(press({ key: 'z', ctrlKey: true }, input).defaultPrevented).toBe(false);
      expect(press({ key: 'y', ctrlKey: true }, textarea).defaultPrevented).toBe(false);
      await act(() => history().run(command('b', log)));
      expect(log).toEqual(['apply a', 'apply b']);
    });

    it('is off while a dialog is open', async () => {
      const log: string[] = [];
      const { history } = setUp();
      await act(() => history().run(command('a', log)));
      const dialog = document.body.appendChild(document.createElement('dialog'));
      dialog.setAttribute('open', '');

      expect(press({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(false);
      await act(() => history().run(command('b', log)));
      expect(log).toEqual(['apply a', 'apply b']);

      dialog.removeAttribute('open');
      expect(press({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(true);
      await waitFor(() => expect(log).toEqual(['apply a', 'apply b', 'revert b']));
    });

    it('is off while a card is lifted (aria-pressed="true")', async () => {
      const log: string[] = [];
      const { history } = setUp();
      await act(() => history().run(command('a', log)));
      const card = document.body.appendChild(document.createElement('div'));
      card.setAttribute('role', 'button');
      card.setAttribute('aria-pressed', 'true');

      expect(press({ key: 'z', ctrlKey: true }, card).defaultPrevented).toBe(false);
      expect(press({ key: 'y', ctrlKey: true }).defaultPrevented).toBe(false);
      await act(() => history().run(command('b', log)));
      expect(log).toEqual(['apply a', 'apply b']);
    });

    it('stops listening when the board is gone', async () => {
      const log: string[] = [];
      const { history, hook } = setUp();
      await act(() => history().run(command('a', log)));
      hook.unmount();
      expect(press({ key: 'z', ctrlKey: true }).defaultPrevented).toBe(false);
    });
  });
});
