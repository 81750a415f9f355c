// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSaveStatus } from '../../../../../renderer/src/features/board/useSaveStatus';

afterEach(cleanup);

/** A write the test finishes (or fails) when it chooses. */
function write() {
  let succeed!: () => void;
  let fail!: (error: unknown) => void;
  const promise = new Promise<void>((resolve, reject) => {
    succeed = resolve;
    fail = reject;
  });
  return { run: () => promise, succeed, fail };
}

function setUp() {
  const { result } = renderHook(() => useSaveStatus());
  /** Starts tracking a write; the returned promise never rejects, it hands back the outcome. */
  const start = (w: ReturnType<typeof write>) => {
    let outcome!: Promise<unknown>;
    act(() => {
      outcome = result.current.track(w.run).then(
        () => 'ok',
        (error: unknown) => error,
      );
    });
    return outcome;
  };
  return { status: () => result.current.status, start };
}

describe('useSaveStatus', () => {
  it('shows saved, then saving while a write runs, then saved again', async () => {
    const { status, start } = setUp();
    expect(status()).toEqual({ state: 'saved' });

    const w = write();
    const done = start(w);
    expect(status()).toEqual({ state: 'saving' });

    await act(async () => {
      w.succeed();
      await done;
    });
    expect(status()).toEqual({ state: 'saved' });
  });

  it('keeps showing saving until every running write has finished', async () => {
    const { status, start } = setUp();
    const first = write();
    const second = write();
    const firstDone = start(first);
    const secondDone = start(second);

    await act(async () => {
      first.succeed();
      await firstDone;
    });
    expect(status()).toEqual({ state: 'saving' });

    await act(async () => {
      second.succeed();
      await secondDone;
    });
    expect(status()).toEqual({ state: 'saved' });
  });

  it('shows a failed write and hands the error back to the caller', async () => {
    const { status, start } = setUp();
    const error = new Error('QuotaExceededError');
    const w = write();
    const done = start(w);

    await act(async () => {
      w.fail(error);
      expect(await done).toBe(error);
    });
    expect(status()).toEqual({ state: 'failed', error });
  });

  it('does not hide a failure when an older write finishes after it', async () => {
    const { status, start } = setUp();
    const error = new Error('disk full');
    const older = write();
    const newer = write();
    const olderDone = start(older);
    const newerDone = start(newer);

    await act(async () => {
      newer.fail(error);
      await newerDone;
    });
    await act(async () => {
      older.succeed();
      await olderDone;
    });
    expect(status()).toEqual({ state: 'failed', error });
  });

  it('keeps the failure on screen until a write started after it succeeds', async () => {
    const { status, start } = setUp();
    const error = new Error('disk full');
    const failing = write();
    const failed = start(failing);
    await act(async () => {
      failing.fail(error);
      await failed;
    });

    const retry = write();
    const retried = start(retry);
    expect(status()).toEqual({ state: 'failed', error });

    await act(async () => {
      retry.succeed();
      expect(await retried).toBe('ok');
    });
    expect(status()).toEqual({ state: 'saved' });
  });

  it('shows the newest failure when a write started after another fails too', async () => {
    const { status, start } = setUp();
    const first = write();
    const firstDone = start(first);
    await act(async () => {
      first.fail(new Error('first'));
      await firstDone;
    });

    const second = write();
    const secondDone = start(second);
    const latest = new Error('second');
    await act(async () => {
      second.fail(latest);
      await secondDone;
    });
    expect(status()).toEqual({ state: 'failed', error: latest });
  });

  it('does not let an older write that succeeds last hide a newer failure', async () => {
    const { status, start } = setUp();
    const a = write();
    const b = write();
    const c = write();
    const aDone = start(a);
    const bDone = start(b);
    const cDone = start(c);
    await act(async () => {
      c.fail(new Error('c failed'));
      await cDone;
    });
    await act(async () => {
      a.fail(new Error('a failed'));
      await aDone;
    });
    await act(async () => {
      b.succeed();
      await bDone;
    });
    expect(status().state).toBe('failed');
  });
});
