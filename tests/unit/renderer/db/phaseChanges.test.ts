import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invert } from '../../../../shared/domain/changes';
import { phaseChange } from '../../../../shared/domain/phase';
import { addMinute, pause, start } from '../../../../shared/domain/timer';
import { createChangesRepo } from '../../../../renderer/src/db/changesRepo';
import { WorkshopDatabase } from '../../../../renderer/src/db/db';
import { createPhaseTimerRepo } from '../../../../renderer/src/db/phaseTimerRepo';
import { createWorkshopsRepo } from '../../../../renderer/src/db/workshopsRepo';

let database: WorkshopDatabase;
let workshopId: string;
const row = async () => (await database.workshops.get(workshopId))!;

beforeEach(async () => {
  database = new WorkshopDatabase(`phases-${crypto.randomUUID()}`);
  const draft = { title: 'T', organisation: '', date: '2026-12-02' };
  workshopId = (await createWorkshopsRepo(database).create(draft, 1)).id;
});
afterEach(() => database.delete());

describe('phase.set through the changes repository', () => {
  it('stores the phase, reads where it came from, and is undone exactly', async () => {
    const repo = createChangesRepo(database);
    expect((await row()).phase).toBeUndefined();

    const change = await repo.record(() => phaseChange(workshopId, 'discuss'), 50);
    expect(change).toEqual({ kind: 'phase.set', workshopId, from: 'prepare', to: 'discuss' });
    expect((await row()).phase).toBe('discuss');
    expect((await row()).updatedAt).toBe(50);

    expect((await repo.applyIfCurrent(invert(change), 60)).ok).toBe(true);
    expect((await row()).phase).toBe('prepare');
    expect((await repo.applyIfCurrent(change, 70)).ok).toBe(true);
    expect((await row()).phase).toBe('discuss');
  });

  it('skips an undo when the facilitator has moved on since, writing nothing', async () => {
    const repo = createChangesRepo(database);
    const toExplore = await repo.record(() => phaseChange(workshopId, 'explore'), 50);
    await repo.record(() => phaseChange(workshopId, 'place'), 60);

    const result = await repo.applyIfCurrent(invert(toExplore), 70);
    expect(result).toEqual({ ok: false, reason: 'moved-since' });
    expect((await row()).phase).toBe('place');
    expect((await row()).updatedAt).toBe(60);
  });

  it('leaves the timer as it is', async () => {
    await createPhaseTimerRepo(database).press(workshopId, 'prepare', start, 10);
    const timer = (await row()).timer;
    await createChangesRepo(database).record(() => phaseChange(workshopId, 'explore'));
    expect((await row()).timer).toEqual(timer);
  });
});

describe('the phase timer repository', () => {
  it('writes presses as data, against the timer as stored', async () => {
    const timers = createPhaseTimerRepo(database);
    await timers.press(workshopId, 'explore', start, 1_000);
    expect((await row()).timer).toEqual({
      phase: 'explore',
      durationMs: 10 * 60_000,
      startedAt: 1_000,
      pausedRemainingMs: null,
    });
    await timers.press(workshopId, 'explore', addMinute, 61_000);
    await timers.press(workshopId, 'explore', pause, 121_000);
    expect((await row()).timer).toMatchObject({ startedAt: null, pausedRemainingMs: 9 * 60_000 });
  });

  it('is not an edit of the workshop: its last-changed time stays', async () => {
    await createPhaseTimerRepo(database).press(workshopId, 'prepare', start, 99_000);
    expect((await row()).updatedAt).toBe(1);
  });

  it('starts a fresh time box in a phase other than the stored timer’s', async () => {
    const timers = createPhaseTimerRepo(database);
    await timers.press(workshopId, 'explore', start, 1_000);
    await timers.press(workshopId, 'discuss', start, 5_000);
    expect((await row()).timer).toMatchObject({
      phase: 'discuss',
      durationMs: 20 * 60_000,
      startedAt: 5_000,
    });
  });

  it('refuses a workshop that does not exist', async () => {
    await expect(createPhaseTimerRepo(database).press('nope', 'prepare', start)).rejects.toThrow();
    expect(await database.workshops.count()).toBe(1);
  });
});
