import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkshopDatabase } from '../../../../../renderer/src/db/db';
import { createPlacementsRepo } from '../../../../../renderer/src/db/placementsRepo';
import { createWorkshopsRepo } from '../../../../../renderer/src/db/workshopsRepo';
import { moveModelCommand } from '../../../../../renderer/src/features/board/placementCommands';

let database: WorkshopDatabase;
beforeEach(() => {
  database = new WorkshopDatabase(`cmd-${crypto.randomUUID()}`);
});
afterEach(() => database.delete());

async function setUp() {
  const repo = createPlacementsRepo(database);
  const { id } = await createWorkshopsRepo(database).create({
    title: 'T',
    organisation: '',
    date: '2026-11-30',
  });
  const where = async () => (await repo.positionOf(id, 'm')) ?? null;
  return { repo, id, where };
}

describe('moveModelCommand', () => {
  it('applies and reverts placing, moving and returning to the tray', async () => {
    const { repo, id, where } = await setUp();

    const place = moveModelCommand(repo, id, 'm', { x: 0.2, y: 0.8 });
    expect(place.name).toBe('place');
    await place.apply();
    expect(await where()).toEqual({ x: 0.2, y: 0.8 });

    const move = moveModelCommand(repo, id, 'm', { x: 0.9, y: 0.1 });
    await move.apply();
    expect(await where()).toEqual({ x: 0.9, y: 0.1 });
    await move.revert();
    expect(await where()).toEqual({ x: 0.2, y: 0.8 });

    const back = moveModelCommand(repo, id, 'm', null);
    expect(back.name).toBe('return-to-tray');
    await back.apply();
    expect(await where()).toBeNull();
    await back.revert();
    expect(await where()).toEqual({ x: 0.2, y: 0.8 });
  });

  it('reverts to where the model really was when it ran, not where the screen thought', async () => {
    const { repo, id, where } = await setUp();
    // The command is built while the screen still shows the model in the tray…
    const command = moveModelCommand(repo, id, 'm', { x: 0.9, y: 0.9 });
    // …but another change placed it before the command ran.
    await repo.place(id, 'm', { x: 0.1, y: 0.1 });
    await command.apply();
    await command.revert();
    expect(await where()).toEqual({ x: 0.1, y: 0.1 });
  });
});
