// The host's rules for the session, as pure functions: what a participant's relayed change
// does to the workshop (a change record and an ack), and which commands bring the session
// server in line with the database, which stays the single source of truth.
import { sameValue, type AtomicChange } from '@shared/domain/changes';
import type { Participant } from '@shared/domain/participant';
import { poolRound } from '@shared/domain/pooling';
import type { Round, RoundState } from '@shared/domain/round';
import { latestRound } from '@shared/domain/roundChanges';
import type { Vote, VoteValue } from '@shared/domain/vote';
import type { WorkshopSetup } from '@shared/domain/workshop';
import type { HostMessage, ServerToHostMessage } from '@shared/protocol/hostMessages';

export type RelayedMessage = Extract<
  ServerToHostMessage,
  { type: 'participantJoined' | 'participantChange' }
>;

/** What the host knows when a relayed change arrives, read from the database just before. */
export type WorkshopState = {
  workshopId: string;
  setup: WorkshopSetup;
  participants: readonly Participant[];
  rounds: readonly Round[];
  /** The votes of the newest round. */
  votes: readonly Vote[];
  modelIds: ReadonlySet<string>;
  now: number;
};

/**
 * A relayed change's effect: the record to write (null when the database already holds it,
 * so a change the server sends again after the host was away is applied once) and the ack.
 */
export type RelayOutcome = { change: AtomicChange | null; accepted: boolean };

const refused: RelayOutcome = { change: null, accepted: false };
const alreadyThere: RelayOutcome = { change: null, accepted: true };

/** The group a joining person lands in: their choice when the workshop has it, else "other". */
function groupFor(groupId: string | null, setup: WorkshopSetup): string | null {
  const ids = setup.groups.map((group) => group.id);
  if (groupId !== null && ids.includes(groupId)) return groupId;
  return ids.includes('other') ? 'other' : (ids.at(-1) ?? null);
}

export function relayOutcome(message: RelayedMessage, state: WorkshopState): RelayOutcome {
  const { workshopId } = state;
  const participant = state.participants.find((p) => p.id === message.participantId);
  if (message.type === 'participantJoined') {
    // A join seen before: nothing to write again. A person the facilitator removed stays out.
    if (participant) return participant.removedAt === null ? alreadyThere : refused;
    const groupId = groupFor(message.groupId, state.setup);
    if (groupId === null) return refused;
    return {
      accepted: true,
      change: {
        kind: 'participant.set',
        workshopId,
        participantId: message.participantId,
        from: null,
        // An anonymous workshop keeps no names, whatever a device sent.
        to: {
          name: state.setup.anonymous ? '' : message.name,
          groupId,
          createdAt: state.now,
          removedAt: null,
        },
      },
    };
  }
  if (!participant || participant.removedAt !== null) return refused;
  const round = latestRound(state.rounds);
  if (round?.number !== message.round || round.state !== 'open') return refused;
  const { change } = message;
  // Readiness lives on the server only: the workshop has nothing to store for it.
  if (change.kind === 'ready') return alreadyThere;
  if (!state.modelIds.has(change.modelId)) return refused;
  const to: VoteValue | null = change.kind === 'vote' ? change.value : null;
  const current = state.votes.find(
    (vote) =>
      vote.round === round.number &&
      vote.participantId === participant.id &&
      vote.modelId === change.modelId,
  );
  if (sameValue(current?.value ?? null, to)) return alreadyThere;
  return {
    accepted: true,
    change: {
      kind: 'vote.set',
      workshopId,
      round: round.number,
      participantId: participant.id,
      modelId: change.modelId,
      from: current?.value ?? null,
      to,
    },
  };
}

/** A seat the host kept: the digest of the person's device token, never the token. */
export type KeptSeat = { participantId: string; tokenDigest: string; seat: number };

/** Most seats one `restoreSeats` carries (the protocol's limit). */
export const MAX_RESTORED_SEATS = 500;

/**
 * What a server hears from the host on every hello: the groups a joining person may choose
 * and whether names are asked (none in an anonymous workshop), and the seats kept from
 * before, so devices of a restarted server resume into them. People the facilitator removed,
 * or who are not in the workshop, get no seat back.
 */
export function helloCommands(
  setup: WorkshopSetup,
  participants: readonly Participant[],
  kept: readonly KeptSeat[],
): HostMessage[] {
  const present = new Map(
    participants.filter((p) => p.removedAt === null).map((p) => [p.id, p] as const),
  );
  const seats = kept
    .filter((seat) => present.has(seat.participantId))
    .slice(-MAX_RESTORED_SEATS)
    .map((seat) => ({
      participantId: seat.participantId,
      tokenDigest: seat.tokenDigest,
      seat: seat.seat,
      name: setup.anonymous ? '' : (present.get(seat.participantId)?.name ?? ''),
    }));
  return [
    {
      type: 'joinOptions',
      groups: setup.groups.map(({ id, name }) => ({ id, name })),
      names: !setup.anonymous,
    },
    { type: 'restoreSeats', seats },
  ];
}

/** The round as the server last said or was told. */
export type ServerRound = { number: number; status: RoundState } | null;

/**
 * The commands that take the server from `server` to the workshop's newest round. A round the
 * server has not seen opens (a revision round as `nextRound`, so devices keep the pooled view
 * of the round before); then its state follows. Empty when the server already agrees.
 */
export function roundCommands(
  server: ServerRound,
  rounds: readonly Round[],
  modelIds: readonly string[],
): HostMessage[] {
  const latest = latestRound(rounds);
  if (!latest) return [];
  const { number, state } = latest;
  const commands: HostMessage[] = [];
  if (server?.number !== number) {
    const revision = server !== null && number === server.number + 1;
    commands.push({
      type: revision ? 'nextRound' : 'openRound',
      round: number,
      modelIds: [...modelIds],
    });
  } else if (server.status === state) {
    return [];
  } else if (state === 'open') {
    // Back to open on the same round (an undone lock): answers stay.
    return [{ type: 'openRound', round: number, modelIds: [...modelIds] }];
  }
  if (state === 'locked') commands.push({ type: 'lockRound', round: number });
  if (state === 'revealed') commands.push({ type: 'revealRound', round: number });
  return commands;
}

/** Each seated person's answers in the newest round, as the database holds them. */
export function seatAnswers(
  round: number,
  participantIds: readonly string[],
  votes: readonly Vote[],
  modelIds: ReadonlySet<string>,
): HostMessage[] {
  return participantIds.map((participantId) => ({
    type: 'seatAnswers',
    round,
    participantId,
    answers: votes
      .filter(
        (v) => v.round === round && v.participantId === participantId && modelIds.has(v.modelId),
      )
      .map((v) => ({ modelId: v.modelId, value: v.value })),
  }));
}

/** The pooled view of a revealed round as participants may see it: no one's own position. */
export function pooledRelease(
  round: number,
  votes: readonly Vote[],
  modelIds: readonly string[],
  consensusShare: number,
): HostMessage {
  const pools = poolRound(
    votes.filter((v) => v.round === round),
    modelIds,
    consensusShare,
  );
  return {
    type: 'releasePooled',
    round,
    models: pools.map((pool) => ({
      modelId: pool.modelId,
      placed: pool.placed,
      skipped: pool.skipped,
      median: pool.median,
      x: pool.x,
      y: pool.y,
      agreement: pool.agreement,
      consensus: pool.consensus,
    })),
  };
}
