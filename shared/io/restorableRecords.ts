// What of the database goes into a snapshot. Zod-free (the automatic backup runs it at start).
import type { Participant } from '../domain/participant';
import { ROUND_STATES, type Round } from '../domain/round';
import { isVoteValue, type Vote } from '../domain/vote';
import { isPosition } from '../domain/matrix';
import { isPhase, isPhaseTimer } from '../domain/phase';
import { defaultSetup, type Placement, type Workshop } from '../domain/workshop';
import type { SnapshotRecords } from './snapshotFormat';
import { MAX_ROUND_NUMBER } from './snapshotFormat';

/** A row as IndexedDB may hold it: fields older code left unset are optional. */
type Stored<T, Optional extends keyof T> = Omit<T, Optional> & Partial<Pick<T, Optional>>;

/** The rows of every store but the settings, as read from the database. */
export type StoredRecords = {
  workshops: ReadonlyArray<Stored<Workshop, 'setup'>>;
  placements: ReadonlyArray<Stored<Placement, 'position'>>;
  participants: ReadonlyArray<Stored<Participant, 'removedAt'>>;
  rounds: ReadonlyArray<Stored<Round, 'lockedAt' | 'revealedAt'>>;
  votes: ReadonlyArray<Stored<Vote, 'value'>>;
};

const key = (...parts: Array<string | number>) => parts.join(' ');

const isRoundNumber = (n: number) => Number.isInteger(n) && n >= 1 && n <= MAX_ROUND_NUMBER;

/**
 * The rows the app shows, in the shape a snapshot file must have: rows of no workshop, off
 * the matrix or with a value the app cannot read are left out, as the board and the lists
 * leave them out, and so are participants of a group their workshop no longer has, rounds in
 * an unknown state and votes whose participant or round is left out. A file must pass the
 * same checks when it is restored, and a backup that fails them would not be written at all.
 * Unset optional fields become what the app reads them as (no setup: the default one; no
 * `removedAt`, `lockedAt`, `revealedAt`: null); an unset phase or timer stays unset.
 */
export function restorableRecords(stored: StoredRecords): SnapshotRecords {
  const workshops = stored.workshops.map(({ phase, timer, ...w }) => ({
    ...w,
    setup: w.setup ?? defaultSetup(),
    // A phase or timer the app cannot read is left out: the board reads it as unset too.
    ...(isPhase(phase) && { phase }),
    ...(isPhaseTimer(timer) && { timer }),
  }));
  const groupsOf = new Map(workshops.map((w) => [w.id, new Set(w.setup.groups.map((g) => g.id))]));

  const placements = stored.placements.filter(
    (p): p is Placement => groupsOf.has(p.workshopId) && isPosition(p.position),
  );
  const participants = stored.participants
    .filter((p) => groupsOf.get(p.workshopId)?.has(p.groupId) ?? false)
    .map((p) => ({ ...p, removedAt: p.removedAt ?? null }));
  const rounds = stored.rounds
    .filter((r) => groupsOf.has(r.workshopId) && isRoundNumber(r.number))
    .filter((r) => ROUND_STATES.includes(r.state))
    .map((r) => ({ ...r, lockedAt: r.lockedAt ?? null, revealedAt: r.revealedAt ?? null }));

  const workshopOf = new Map(participants.map((p) => [p.id, p.workshopId]));
  const roundKeys = new Set(rounds.map((r) => key(r.workshopId, r.number)));
  const votes = stored.votes.filter(
    (v): v is Vote =>
      isVoteValue(v.value) &&
      workshopOf.get(v.participantId) === v.workshopId &&
      roundKeys.has(key(v.workshopId, v.round)),
  );
  return { workshops, placements, participants, rounds, votes };
}
