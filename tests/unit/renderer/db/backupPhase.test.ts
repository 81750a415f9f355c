import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupRepo } from '../../../../renderer/src/db/backupRepo';
import { createChangesRepo } from '../../../../renderer/src/db/changesRepo';
import { WorkshopDatabase } from '../../../../renderer/src/db/db';
import { createPhaseTimerRepo } from '../../../../renderer/src/db/phaseTimerRepo';
import { createWorkshopsRepo } from '../../../../renderer/src/db/workshopsRepo';
import { phaseChange } from '../../../../shared/domain/phase';
import { pause, start } from '../../../../shared/domain/timer';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { serializeSnapshot } from '../../../../shared/io/serializeSnapshot';

const databases: WorkshopDatabase[] = [];
const fresh = () => {
  const database = new WorkshopDatabase(`backup-phase-${crypto.randomUUID()}`);
  databases.push(database);
  return database;
};
let source: WorkshopDatabase;
beforeEach(() => {
  source = fresh();
});
afterEach(async () => {
  await Promise.all(databases.splice(0).map((d) => d.delete()));
});

describe('a backup of workshops in a phase, with a timer', () => {
  it('restores each workshop in its phase with its timer, running or paused', async () => {
    const workshops = createWorkshopsRepo(source);
    const draft = { title: 'T', organisation: '', date: '2026-12-02' };
    const a = (await workshops.create(draft, 1)).id;
    const b = (await workshops.create(draft, 2)).id;
    const untouched = (await workshops.create(draft, 3)).id;
    await createChangesRepo(source).record(() => phaseChange(a, 'discuss'), 10);
    await createChangesRepo(source).record(() => phaseChange(b, 'explore'), 10);
    const timers = createPhaseTimerRepo(source);
    await timers.press(a, 'discuss', start, 1_000);
    await timers.press(b, 'explore', start, 1_000);
    await timers.press(b, 'explore', pause, 61_000);

    const text = serializeSnapshot(await createBackupRepo(source).snapshot(100));
    const parsed = parseSnapshot(text);
    if (!parsed.ok) throw new Error(parsed.detail);
    const target = fresh();
    await createBackupRepo(target).restore(parsed.snapshot);

    expect(await target.workshops.get(a)).toMatchObject({
      phase: 'discuss',
      timer: { phase: 'discuss', startedAt: 1_000, pausedRemainingMs: null },
    });
    expect((await target.workshops.get(b))?.timer).toMatchObject({
      startedAt: null,
      pausedRemainingMs: 9 * 60_000,
    });
    const plain = await target.workshops.get(untouched);
    expect(plain).not.toHaveProperty('phase');
    expect(plain).not.toHaveProperty('timer');
    expect(await target.workshops.toArray()).toEqual(await source.workshops.toArray());
  });
});
