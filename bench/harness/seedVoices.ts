import { MODELS } from '@shared/catalogue';
import { clampPosition, type Position } from '@shared/domain/matrix';
import type { Participant } from '@shared/domain/participant';
import type { Round } from '@shared/domain/round';
import type { Vote, VoteValue } from '@shared/domain/vote';
import { BUILT_IN_GROUP_IDS, defaultSetup, type Placement } from '@shared/domain/workshop';
import type { WorkshopDatabase } from '../../renderer/src/db/db';

export const POOLED_WORKSHOP_ID = 'pooled-bench';
export const PARTICIPANTS = 60;
export const ROUNDS = 2;
/** Agreed cards on the group's matrix (the ones a facilitator drags). */
export const AGREED = 10;

/** What the seed wrote, for checking that the page shows all of it. */
export type SeedSummary = {
  participants: number;
  models: number;
  /** Votes with a position (drawn as dots) and "don't know" votes, per round. */
  placed: Record<number, number>;
  skipped: Record<number, number>;
};

/** A small deterministic generator (mulberry32): the same workshop on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Box–Muller: the noise around a model's cluster.
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, normal };
}

type Opinion = { centres: Position[]; sd: number; skip: number };

/**
 * How the group sees each model: most models one cluster with some noise, about a quarter
 * contested (two camps), a few hardly known (diffuse, more "don't know").
 */
function opinions(random: ReturnType<typeof generator>): Opinion[] {
  return MODELS.map((_, index) => {
    const kind = index % 8;
    const centre = { x: 0.1 + 0.8 * random.next(), y: 0.1 + 0.8 * random.next() };
    if (kind === 1 || kind === 5) {
      const other = { x: 0.1 + 0.8 * random.next(), y: 0.1 + 0.8 * random.next() };
      return { centres: [centre, other], sd: 0.08, skip: 0.06 };
    }
    if (kind === 7) return { centres: [centre], sd: 0.22, skip: 0.2 };
    return { centres: [centre], sd: 0.06 + 0.06 * random.next(), skip: 0.04 };
  });
}

/**
 * The votes of both rounds: in round 1 each participant answers near their camp's view; in the
 * revision round everyone moves some way towards it (so medians drift and spreads shrink), and a
 * few change their mind about answering at all.
 */
function votesFor(participants: readonly Participant[]): Vote[] {
  const random = generator(20261130);
  const views = opinions(random);
  const votes: Vote[] = [];
  participants.forEach((participant, p) => {
    MODELS.forEach((model, m) => {
      const view = views[m];
      if (!view) return;
      const camp = view.centres[p % 5 < 3 ? 0 : view.centres.length - 1] ?? view.centres[0]!;
      let value: VoteValue =
        random.next() < view.skip
          ? 'skip'
          : clampPosition({
              x: camp.x + view.sd * random.normal(),
              y: camp.y + view.sd * random.normal(),
            });
      for (let round = 1; round <= ROUNDS; round++) {
        if (round > 1) {
          const pull = 0.3 + 0.4 * random.next();
          if (value === 'skip') value = random.next() < 0.3 ? camp : 'skip';
          else if (random.next() < 0.02) value = 'skip';
          else {
            value = clampPosition({
              x: value.x + pull * (camp.x - value.x),
              y: value.y + pull * (camp.y - value.y),
            });
          }
        }
        const base = { workshopId: POOLED_WORKSHOP_ID, participantId: participant.id };
        votes.push({ ...base, round, modelId: model.id, value, updatedAt: round });
      }
    });
  });
  return votes;
}

/**
 * Writes the pooled-view workshop into `db` (the app's own database, which the app's hooks and
 * repositories read): 60 participants, two revealed rounds of votes on all 25 models, and
 * AGREED cards on the group's matrix. One transaction: thousands of strict writes would take
 * long and measure nothing.
 */
export async function seedVoices(db: WorkshopDatabase): Promise<SeedSummary> {
  const tables = [db.workshops, db.placements, db.participants, db.rounds, db.votes];
  const participants: Participant[] = Array.from({ length: PARTICIPANTS }, (_, index) => ({
    id: `p${String(index + 1).padStart(2, '0')}`,
    workshopId: POOLED_WORKSHOP_ID,
    name: `Person ${index + 1}`,
    groupId: BUILT_IN_GROUP_IDS[index % BUILT_IN_GROUP_IDS.length] ?? 'other',
    createdAt: index,
    removedAt: null,
  }));
  const rounds: Round[] = Array.from({ length: ROUNDS }, (_, index) => ({
    workshopId: POOLED_WORKSHOP_ID,
    number: index + 1,
    state: 'revealed',
    startedAt: index * 10,
    lockedAt: index * 10 + 1,
    revealedAt: index * 10 + 2,
  }));
  const votes = votesFor(participants);
  const placements: Placement[] = MODELS.slice(0, AGREED).map((model, index) => ({
    workshopId: POOLED_WORKSHOP_ID,
    modelId: model.id,
    position: {
      x: 0.1 + (0.8 * index) / AGREED,
      y: 0.15 + (0.7 * ((index * 3) % AGREED)) / AGREED,
    },
    updatedAt: 0,
  }));
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
    await db.workshops.put({
      id: POOLED_WORKSHOP_ID,
      title: 'Pooled bench',
      organisation: 'Bench',
      date: '2026-01-01',
      setup: defaultSetup(),
      createdAt: 0,
      updatedAt: 0,
    });
    await db.participants.bulkPut(participants);
    await db.rounds.bulkPut(rounds);
    await db.votes.bulkPut(votes);
    await db.placements.bulkPut(placements);
  });
  const count = (round: number, skip: boolean) =>
    votes.filter((v) => v.round === round && (v.value === 'skip') === skip).length;
  return {
    participants: PARTICIPANTS,
    models: MODELS.length,
    placed: { 1: count(1, false), 2: count(2, false) },
    skipped: { 1: count(1, true), 2: count(2, true) },
  };
}
