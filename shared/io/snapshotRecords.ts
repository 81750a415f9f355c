// Records rebuilt field by field. Zod-free, so code that only writes snapshots (the automatic
// backup in the renderer) does not load the schema library at start.
import type { Participant } from '../domain/participant';
import type { PhaseTimer } from '../domain/phase';
import type { Round } from '../domain/round';
import type { Vote, VoteValue } from '../domain/vote';
import type { Placement, Workshop, WorkshopSetup } from '../domain/workshop';
import { SNAPSHOT_FORMAT, SNAPSHOT_SCHEMA_VERSION, type Snapshot } from './snapshotFormat';

/**
 * Fresh records with exactly the known fields, in a fixed key order: nothing of the input
 * objects (extra keys, prototypes) survives.
 */
export function copySnapshot(snapshot: Snapshot): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    createdAt: snapshot.createdAt,
    workshops: snapshot.workshops.map(copyWorkshop),
    placements: snapshot.placements.map(copyPlacement),
    participants: snapshot.participants.map(copyParticipant),
    rounds: snapshot.rounds.map(copyRound),
    votes: snapshot.votes.map(copyVote),
  };
}

function copyWorkshop(w: Workshop): Workshop {
  return {
    id: w.id,
    title: w.title,
    organisation: w.organisation,
    date: w.date,
    setup: copySetup(w.setup),
    // Only when set: a workshop without a phase or timer is written as before they existed.
    ...(w.phase !== undefined && { phase: w.phase }),
    ...(w.timer !== undefined && { timer: copyTimer(w.timer) }),
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
  };
}

function copyTimer(t: PhaseTimer): PhaseTimer {
  return {
    phase: t.phase,
    durationMs: t.durationMs,
    startedAt: t.startedAt,
    pausedRemainingMs: t.pausedRemainingMs,
  };
}

function copySetup(s: WorkshopSetup): WorkshopSetup {
  return {
    // The order of the groups is data (the order lists show them): copied, never sorted.
    groups: s.groups.map((g) => ({ id: g.id, name: g.name })),
    anonymous: s.anonymous,
    consensusShare: s.consensusShare,
  };
}

function copyPlacement(p: Placement): Placement {
  return {
    workshopId: p.workshopId,
    modelId: p.modelId,
    position: { x: p.position.x, y: p.position.y },
    updatedAt: p.updatedAt,
  };
}

function copyParticipant(p: Participant): Participant {
  return {
    id: p.id,
    workshopId: p.workshopId,
    name: p.name,
    groupId: p.groupId,
    createdAt: p.createdAt,
    removedAt: p.removedAt,
  };
}

function copyRound(r: Round): Round {
  return {
    workshopId: r.workshopId,
    number: r.number,
    state: r.state,
    startedAt: r.startedAt,
    lockedAt: r.lockedAt,
    revealedAt: r.revealedAt,
  };
}

function copyVote(v: Vote): Vote {
  return {
    workshopId: v.workshopId,
    round: v.round,
    participantId: v.participantId,
    modelId: v.modelId,
    value: copyVoteValue(v.value),
    updatedAt: v.updatedAt,
  };
}

function copyVoteValue(value: VoteValue): VoteValue {
  return value === 'skip' ? 'skip' : { x: value.x, y: value.y };
}
