import { MODELS } from '../../../../shared/catalogue';
import type { Position } from '../../../../shared/domain/matrix';
import { quartiles } from '../../../../shared/domain/pooling';
import type { Participant } from '../../../../shared/domain/participant';
import type { Round, RoundState } from '../../../../shared/domain/round';
import type { Vote, VoteValue } from '../../../../shared/domain/vote';
import { defaultSetup } from '../../../../shared/domain/workshop';
import type { PlanVoices } from '../../../../shared/plan/planVoices';

/** Names that must never reach the plan (participants are counted, not named). */
export const NAMES = [
  'Anna Lindqvist',
  'Björn Åkesson',
  'Cecilia Öberg',
  'David Nyström',
  'Elin Håkansson',
  'Fredrik Sjöberg',
  'Greta Holm',
  'Hassan Ali',
  'Ida Karlsson',
];
const GROUPS = ['companies', 'companies', 'council', 'officials', 'companies'];

export function participant(
  index: number,
  groupId = GROUPS[index % GROUPS.length] ?? 'other',
  removedAt: number | null = null,
): Participant {
  return {
    id: `p${index + 1}`,
    workshopId: 'w1',
    name: NAMES[index % NAMES.length] ?? '',
    groupId,
    createdAt: index,
    removedAt,
  };
}

export function round(number: number, state: RoundState): Round {
  return {
    workshopId: 'w1',
    number,
    state,
    startedAt: number * 1000,
    lockedAt: state === 'open' ? null : number * 1000 + 10,
    revealedAt: state === 'revealed' ? number * 1000 + 20 : null,
  };
}

export function vote(
  participantId: string,
  modelId: string,
  value: VoteValue,
  roundNumber = 2,
): Vote {
  return { workshopId: 'w1', round: roundNumber, participantId, modelId, value, updatedAt: 1 };
}

/** A small deterministic generator (mulberry32), so the fixture is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/**
 * All 25 catalogue models placed by the group, and nine participants (one removed, votes kept)
 * who voted in two revealed rounds and an open third: spreads from tight to wide, some "don't
 * know", one model everybody agreed on exactly and one agreed on along one axis.
 */
export function fullWorkshop(): { placements: { modelId: string; position: Position }[] } & {
  voices: PlanVoices;
} {
  const next = random(7);
  const participants = NAMES.map((_, index) =>
    participant(index, undefined, index === 8 ? 5 : null),
  );
  const votes: Vote[] = [];
  const placements = MODELS.map((model, index) => {
    const centre = { x: 0.05 + 0.9 * next(), y: 0.05 + 0.9 * next() };
    const width = index % 5 === 0 ? 0.35 : index % 3 === 0 ? 0.2 : 0.08;
    for (const p of participants) {
      for (const roundNumber of [1, 2, 3]) {
        let value: VoteValue;
        if (index === 3) value = { x: 0.3, y: 0.7 };
        else if (index === 4) value = { x: 0.8, y: clamp(centre.y + (next() - 0.5) * 0.3) };
        else if (next() < 0.1) value = 'skip';
        else {
          const spread = roundNumber === 1 ? 2 * width : width;
          value = {
            x: clamp(centre.x + (next() - 0.5) * spread),
            y: clamp(centre.y + (next() - 0.5) * spread),
          };
        }
        votes.push(vote(p.id, model.id, value, roundNumber));
      }
    }
    // The group accepted the median of round 2 for all but one model, which it moved.
    const answers = votes.flatMap((v) =>
      v.modelId === model.id && v.round === 2 && v.value !== 'skip' ? [v.value] : [],
    );
    const x = quartiles(answers.map((a) => a.x))?.median ?? centre.x;
    const y = quartiles(answers.map((a) => a.y))?.median ?? centre.y;
    return { modelId: model.id, position: index === 10 ? centre : { x, y } };
  });
  return {
    placements,
    voices: {
      participants,
      rounds: [round(1, 'revealed'), round(2, 'revealed'), round(3, 'open')],
      votes,
      setup: defaultSetup(),
    },
  };
}
