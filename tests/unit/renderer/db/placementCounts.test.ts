import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupRepo } from '../../../../renderer/src/db/backupRepo';
import { WorkshopDatabase } from '../../../../renderer/src/db/db';
import { createPlacementsRepo } from '../../../../renderer/src/db/placementsRepo';
import { parseSnapshot } from '../../../../shared/io/parseSnapshot';
import { serializeSnapshot } from '../../../../shared/io/serializeSnapshot';
import { placement, snapshotOf } from '../../shared/io/snapshotFixtures';

let database: WorkshopDatabase;
beforeEach(() => {
  database = new WorkshopDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await database.delete();
});

describe('a restored file with models this version does not know', () => {
  it('is written whole, yet the start screen counts only what the board shows', async () => {
    const file = snapshotOf(2);
    file.placements.push(placement('w0', 'own-1'), placement('w0', 'own-2'), placement('w1', 'x'));
    const parsed = parseSnapshot(serializeSnapshot(file));
    if (!parsed.ok) throw new Error('refused');
    await createBackupRepo(database).restore(parsed.snapshot);

    // Kept as they are: a later version that knows them gets them back by its next backup.
    expect(await database.placements.count()).toBe(7);
    const backup = await createBackupRepo(database).snapshot();
    expect(backup.placements).toHaveLength(7);

    const counts = await createPlacementsRepo(database).countByWorkshop();
    expect(counts.get('w0')).toBe(2);
    expect(counts.get('w1')).toBe(2);
  });

  it('a workshop with only unknown or off-matrix placements counts none', async () => {
    const file = snapshotOf(1);
    file.placements = [placement('w0', 'own-1')];
    await createBackupRepo(database).restore(file);
    await database.placements.put({ ...placement('w0', 'open-data'), position: { x: 3, y: 0 } });
    const counts = await createPlacementsRepo(database).countByWorkshop();
    expect(counts.get('w0') ?? 0).toBe(0);
  });
});
