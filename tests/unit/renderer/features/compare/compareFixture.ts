import type { Participant } from '../../../../../shared/domain/participant';
import type { Vote, VoteValue } from '../../../../../shared/domain/vote';
import {
  defaultSetup,
  type ParticipantGroup,
  type Workshop,
} from '../../../../../shared/domain/workshop';

export const WORKSHOP_ID = 'w1';

/** Groups in an order where the first two with placements are not the first two listed. */
export function workshop(groups?: ParticipantGroup[]): Workshop {
  const setup = defaultSetup();
  return {
    id: WORKSHOP_ID,
    title: 'Workshop',
    organisation: 'Kommunen',
    date: '2026-12-02',
    setup: {
      ...setup,
      groups: groups ?? [
        { id: 'companies', name: '' },
        { id: 'other', name: '' },
        { id: 'council', name: '' },
        { id: 'officials', name: '' },
      ],
    },
    createdAt: 1,
    updatedAt: 1,
  };
}

export function participant(
  id: string,
  groupId: string,
  removedAt: number | null = null,
): Participant {
  return { id, workshopId: WORKSHOP_ID, name: `Person ${id}`, groupId, createdAt: 1, removedAt };
}

export function vote(participantId: string, modelId: string, value: VoteValue, round = 1): Vote {
  return { workshopId: WORKSHOP_ID, round, participantId, modelId, value, updatedAt: 1 };
}

const at = (x: number, y: number) => ({ x, y });

/**
 * Companies: c1 and c2 (c2 removed, votes kept). Council: k1. Officials: o1. Others: s1, who
 * only answered "don't know". Medians by hand (median of two = their mean):
 *
 * | model                      | companies        | council    | officials  |
 * | communication-to-companies | (.2,.2) c1 only  | (.9,.9)    | —          |
 * | open-data                  | (.2,.8)          | (.6,.4)    | (.2,.8)    |
 * | business-networking        | (.6,.5)          | (.5,.6)    | (.9,.1)    |
 * | joint-development-projects | (.4,.4) c2 only  | (.4,.5)    | —          |
 * | innovation-competition     | (.3,.3) c1 only  | skip       | —          |
 *
 * Companies–council distances: √(.7²+.7²) = .99, √(.4²+.4²) = .566, √(.1²+.1²) = .141, .1.
 */
export const PARTICIPANTS: Participant[] = [
  participant('c1', 'companies'),
  participant('c2', 'companies', 5),
  participant('k1', 'council'),
  participant('o1', 'officials'),
  participant('s1', 'other'),
];

export const VOTES: Vote[] = [
  vote('c1', 'communication-to-companies', at(0.2, 0.2)),
  vote('c2', 'communication-to-companies', 'skip'),
  vote('k1', 'communication-to-companies', at(0.9, 0.9)),
  vote('c1', 'open-data', at(0.1, 0.9)),
  vote('c2', 'open-data', at(0.3, 0.7)),
  vote('k1', 'open-data', at(0.6, 0.4)),
  vote('o1', 'open-data', at(0.2, 0.8)),
  vote('c1', 'business-networking', at(0.5, 0.5)),
  vote('c2', 'business-networking', at(0.7, 0.5)),
  vote('k1', 'business-networking', at(0.5, 0.6)),
  vote('o1', 'business-networking', at(0.9, 0.1)),
  vote('c2', 'joint-development-projects', at(0.4, 0.4)),
  vote('k1', 'joint-development-projects', at(0.4, 0.5)),
  vote('c1', 'innovation-competition', at(0.3, 0.3)),
  vote('k1', 'innovation-competition', 'skip'),
  vote('s1', 'open-data', 'skip'),
  // Another round: never mixed into round 1.
  vote('c1', 'open-data', at(1, 1), 2),
  vote('k1', 'open-data', at(0, 0), 2),
];
