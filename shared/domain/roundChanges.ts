import type { AtomicChange, Change } from './changes';
import type { Round, RoundFields } from './round';
import type { Vote } from './vote';

/** The newest round, or undefined before the first. */
export function latestRound(rounds: readonly Round[]): Round | undefined {
  return rounds.reduce<Round | undefined>(
    (latest, round) => (!latest || round.number > latest.number ? round : latest),
    undefined,
  );
}

/**
 * Opens the next round. After a revealed round it is a revision round: each participant who is
 * still taking part starts from their own answers of the round before (Delphi), and may revise.
 * A round cannot start while the newest one is still open or locked.
 */
export function startRoundChange(
  workshopId: string,
  rounds: readonly Round[],
  previousVotes: readonly Vote[],
  activeParticipantIds: ReadonlySet<string>,
  now: number,
): Change | null {
  const latest = latestRound(rounds);
  if (latest && latest.state !== 'revealed') return null;
  const number = (latest?.number ?? 0) + 1;
  const opened: AtomicChange = {
    kind: 'round.set',
    workshopId,
    round: number,
    from: null,
    to: { state: 'open', startedAt: now, lockedAt: null, revealedAt: null },
  };
  const copies: AtomicChange[] = latest
    ? previousVotes
        .filter(
          (vote) => vote.round === latest.number && activeParticipantIds.has(vote.participantId),
        )
        .map((vote) => ({
          kind: 'vote.set',
          workshopId,
          round: number,
          participantId: vote.participantId,
          modelId: vote.modelId,
          from: null,
          to: vote.value,
        }))
    : [];
  return {
    kind: 'batch',
    workshopId,
    label: latest ? 'round.revision' : 'round.open',
    changes: [opened, ...copies],
  };
}

/** Moves a round one step on: open → locked → revealed; null once revealed. */
export function advanceRoundChange(round: Round, now: number): AtomicChange | null {
  const from: RoundFields = {
    state: round.state,
    startedAt: round.startedAt,
    lockedAt: round.lockedAt,
    revealedAt: round.revealedAt,
  };
  let to: RoundFields;
  if (round.state === 'open') to = { ...from, state: 'locked', lockedAt: now };
  else if (round.state === 'locked') to = { ...from, state: 'revealed', revealedAt: now };
  else return null;
  return { kind: 'round.set', workshopId: round.workshopId, round: round.number, from, to };
}
