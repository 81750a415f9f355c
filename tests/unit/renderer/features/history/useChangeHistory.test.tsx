// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Change } from '../../../../../shared/domain/changes';
import type { Position } from '../../../../../shared/domain/matrix';
import { createChangesRepo, type ChangesRepo } from '../../../../../renderer/src/db/changesRepo';
import { WorkshopDatabase } from '../../../../../renderer/src/db/db';
import { createPlacementsRepo } from '../../../../../renderer/src/db/placementsRepo';
import { createWorkshopsRepo } from '../../../../../renderer/src/db/workshopsRepo';
import { useChangeHistory } from '../../../../../renderer/src/features/history/useChangeHistory';

let database: WorkshopDatabase;
let repo: ChangesRepo;
let workshopId: string;

beforeEach(async () => {
  database = new WorkshopDatabase(`history-${crypto.randomUUID()}`);
  repo = createChangesRepo(database);
  const draft = { title: 'T', organisation: '', date: '2026-12-02' };
  workshopId = (await createWorkshopsRepo(database).create(draft)).id;
});
afterEach(async () => {
  cleanup();
  await database.delete();
});

const place = (modelId: string, to: Position | null) => (): Change => ({
  kind: 'placement.set',
  workshopId,
  modelId,
  from: null,
  to,
});
const where = async (modelId: string) =>
  (await createPlacementsRepo(database).positionOf(workshopId, modelId)) ?? null;

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => (resolve = res));
  return { promise, resolve };
}

function setUp(changes: ChangesRepo = repo) {
  const onStep = vi.fn();
  const track = vi.fn((write: () => Promise<void>) => write());
  const hook = renderHook(() => useChangeHistory(track, onStep, changes));
  return { onStep, track, history: () => hook.result.current };
}

describe('useChangeHistory', () => {
  it('has nothing to undo or redo at first', () => {
    const { history } = setUp();
    expect(history().canUndo).toBe(false);
    expect(history().canRedo).toBe(false);
  });

  it('undoes and redoes a move exactly, and reports each step', async () => {
    const { history, onStep } = setUp();
    await act(() => history().record(place('a', { x: 0.2, y: 0.8 })));
    await act(() => history().record(place('a', { x: 0.6, y: 0.4 })));

    await act(() => history().undo());
    expect(await where('a')).toEqual({ x: 0.2, y: 0.8 });
    await act(() => history().undo());
    expect(await where('a')).toBeNull();
    expect(history().canUndo).toBe(false);
    await act(() => history().redo());
    expect(await where('a')).toEqual({ x: 0.2, y: 0.8 });
    expect(onStep.mock.calls.map(([e]) => [e.kind, e.skipped])).toEqual([
      ['undo', false],
      ['undo', false],
      ['redo', false],
    ]);
    expect(onStep.mock.calls[0]?.[0].change).toMatchObject({
      modelId: 'a',
      to: { x: 0.6, y: 0.4 },
    });
  });

  it('undo pressed while a change is still saving undoes that change', async () => {
    const slow = deferred();
    const slowRepo: ChangesRepo = {
      ...repo,
      record: async (build, now) => {
        await slow.promise;
        return repo.record(build, now);
      },
    };
    const { history } = setUp(slowRepo);
    let steps!: Promise<unknown>;
    act(() => {
      steps = Promise.all([history().record(place('a', { x: 0.1, y: 0.1 })), history().undo()]);
    });
    await act(async () => {
      slow.resolve();
      await steps;
    });
    expect(await where('a')).toBeNull();
    expect(history().canRedo).toBe(true);
  });

  it('does not record a change whose write failed, so undo reverts the one before', async () => {
    const { history } = setUp();
    await act(() => history().record(place('a', { x: 0.3, y: 0.3 })));
    await act(async () => {
      await expect(
        history().record(() => ({ ...place('b', { x: 1, y: 1 })(), workshopId: 'gone' })),
      ).rejects.toThrow();
    });
    await act(() => history().undo());
    expect(await where('a')).toBeNull();
    expect(history().canUndo).toBe(false);
  });

  it('skips an undo whose target was moved since, says so, and changes nothing', async () => {
    const { history, onStep } = setUp();
    await act(() => history().record(place('a', { x: 0.3, y: 0.3 })));
    // Moved elsewhere, outside this history (another window, or later a participant's phone).
    await repo.record(place('a', { x: 0.9, y: 0.9 }));

    await act(() => history().undo());
    expect(await where('a')).toEqual({ x: 0.9, y: 0.9 });
    expect(onStep).toHaveBeenCalledWith(expect.objectContaining({ kind: 'undo', skipped: true }));
    expect(history().canUndo).toBe(false);
    expect(history().canRedo).toBe(false);
  });

  it('does not record a drop where the card already lay', async () => {
    const { history } = setUp();
    await act(() => history().record(place('a', { x: 0.3, y: 0.3 })));
    await act(() => history().record(place('a', { x: 0.3, y: 0.3 })));
    await act(() => history().undo());
    expect(history().canUndo).toBe(false);
    expect(await where('a')).toBeNull();
  });

  it('forgets what could be redone once a new change is made', async () => {
    const { history } = setUp();
    await act(() => history().record(place('a', { x: 0.3, y: 0.3 })));
    await act(() => history().undo());
    expect(history().canRedo).toBe(true);
    await act(() => history().record(place('b', { x: 0.5, y: 0.5 })));
    expect(history().canRedo).toBe(false);
  });

  it('sends every write through the save tracker', async () => {
    const { history, track } = setUp();
    await act(() => history().record(place('a', { x: 0.3, y: 0.3 })));
    await act(() => history().undo());
    await act(() => history().redo());
    expect(track).toHaveBeenCalledTimes(3);
  });
});
