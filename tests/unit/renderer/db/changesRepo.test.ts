import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invert, type AtomicChange, type Change } from '../../../../shared/domain/changes';
import { createChangesRepo } from '../../../../renderer/src/db/changesRepo';
import { WorkshopDatabase } from '../../../../renderer/src/db/db';
import { createWorkshopsRepo } from '../../../../renderer/src/db/workshopsRepo';

let database: WorkshopDatabase;
let repo: ReturnType<typeof createChangesRepo>;
let workshopId: string;

beforeEach(async () => {
  database = new WorkshopDatabase(`changes-${crypto.randomUUID()}`);
  repo = createChangesRepo(database);
  workshopId = (
    await createWorkshopsRepo(database).create(
      { title: 'T', organisation: '', date: '2026-12-02' },
      1,
    )
  ).id;
});
afterEach(() => database.delete());

/** Every row of the stores changes touch, timestamps left out (they record when, not what). */
async function state() {
  const strip = <T extends object>(rows: T[]) =>
    rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'updatedAt')),
    );
  const workshop = await database.workshops.get(workshopId);
  return {
    setup: workshop?.setup,
    placements: strip(await database.placements.toArray()),
    participants: await database.participants.toArray(),
    rounds: await database.rounds.toArray(),
    votes: strip(await database.votes.toArray()),
  };
}

/** A seeded generator, so a failing sequence can be replayed. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomChange(random: () => number): AtomicChange {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const spot = () => (random() < 0.25 ? null : { x: random() * 1.4 - 0.2, y: random() });
  const modelId = pick(['a', 'b', 'c']);
  const participantId = pick(['p1', 'p2']);
  switch (pick(['placement', 'vote', 'participant', 'round', 'setup'] as const)) {
    case 'placement':
      return { kind: 'placement.set', workshopId, modelId, from: null, to: spot() };
    case 'vote':
      return {
        kind: 'vote.set',
        workshopId,
        round: pick([1, 2]),
        participantId,
        modelId,
        from: null,
        to: random() < 0.2 ? 'skip' : spot(),
      };
    case 'participant':
      return {
        kind: 'participant.set',
        workshopId,
        participantId,
        from: null,
        to:
          random() < 0.2
            ? null
            : {
                name: pick(['', 'Ann', 'مالمو']),
                groupId: pick(['council', 'other']),
                createdAt: 5,
                removedAt: random() < 0.3 ? 9 : null,
              },
      };
    case 'round':
      return {
        kind: 'round.set',
        workshopId,
        round: pick([1, 2]),
        from: null,
        to:
          random() < 0.2
            ? null
            : {
                state: pick(['open', 'locked', 'revealed'] as const),
                startedAt: 1,
                lockedAt: null,
                revealedAt: null,
              },
      };
    case 'setup':
      return {
        kind: 'setup.set',
        workshopId,
        from: { groups: [], anonymous: false, consensusShare: 0.75 },
        to: {
          groups: [{ id: 'council', name: pick(['', 'Rådet']) }],
          anonymous: random() < 0.5,
          consensusShare: pick([0.6, 0.75, 0.9]),
        },
      };
  }
}

describe('changesRepo', () => {
  it('records where a change started from the database, not from the caller', async () => {
    await repo.record(() => ({
      kind: 'placement.set',
      workshopId,
      modelId: 'a',
      from: null,
      to: { x: 0.2, y: 0.3 },
    }));
    const change = await repo.record(() => ({
      kind: 'placement.set',
      workshopId,
      modelId: 'a',
      from: { x: 0.9, y: 0.9 },
      to: { x: 2, y: -1 },
    }));
    expect(change).toMatchObject({ from: { x: 0.2, y: 0.3 }, to: { x: 1, y: 0 } });
  });

  it('refuses a change to a workshop that does not exist, and writes nothing', async () => {
    const before = await state();
    await expect(
      repo.record(() => ({
        kind: 'placement.set',
        workshopId: 'nope',
        modelId: 'a',
        from: null,
        to: { x: 0.5, y: 0.5 },
      })),
    ).rejects.toThrow(/does not exist/);
    expect(await state()).toEqual(before);
  });

  it('applying random sequences of changes and then reverting them all restores the start', async () => {
    for (let seed = 1; seed <= 25; seed++) {
      const random = mulberry32(seed);
      const start = await state();
      const recorded: Change[] = [];
      for (let i = 0; i < 30; i++) {
        const atom = randomChange(random);
        recorded.push(
          random() < 0.2
            ? await repo.record(() => ({
                kind: 'batch',
                workshopId,
                label: 'round.revision',
                changes: [atom, randomChange(random)],
              }))
            : await repo.record(() => atom),
        );
      }
      for (const change of recorded.reverse()) {
        expect(await repo.applyIfCurrent(invert(change)), `seed ${seed}`).toMatchObject({
          ok: true,
        });
      }
      expect(await state(), `seed ${seed}`).toEqual(start);
    }
  });

  it('skips an undo whose target moved since, writing nothing (a batch as a whole)', async () => {
    const batch = await repo.record(() => ({
      kind: 'batch',
      workshopId,
      label: 'median.acceptAll',
      changes: [
        { kind: 'placement.set', workshopId, modelId: 'a', from: null, to: { x: 0.1, y: 0.9 } },
        { kind: 'placement.set', workshopId, modelId: 'b', from: null, to: { x: 0.2, y: 0.8 } },
      ],
    }));
    // Someone moves a afterwards. Undo reverts b first (reverse order), then finds a moved:
    // b's part must be rolled back too.
    await repo.record(() => ({
      kind: 'placement.set',
      workshopId,
      modelId: 'a',
      from: null,
      to: { x: 0.7, y: 0.7 },
    }));
    const before = await state();
    expect(await repo.applyIfCurrent(invert(batch))).toEqual({ ok: false, reason: 'moved-since' });
    expect(await state()).toEqual(before);
  });

  it('marks the workshop as changed with every change', async () => {
    await repo.record(
      () => ({
        kind: 'placement.set',
        workshopId,
        modelId: 'a',
        from: null,
        to: { x: 0.5, y: 0.5 },
      }),
      777,
    );
    expect((await database.workshops.get(workshopId))?.updatedAt).toBe(777);
  });
});
