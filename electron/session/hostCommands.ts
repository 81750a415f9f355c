// What the host's commands do to the relay. The server mirrors the host: it does not judge
// whether a round may start (the host's rules do) but keeps every device consistent with it,
// and it never lets a pooled view reach devices for a round that is not revealed.
import type { VoteValue } from '@shared/domain/vote';
import { SESSION_ERROR_MESSAGES, type SessionErrorCode } from '@shared/protocol/errors';
import type { HostMessage, ServerToHostMessage } from '@shared/protocol/hostMessages';
import type { SessionRelay } from './relay';

type Command = Exclude<HostMessage, { type: 'hello' | 'ping' | 'endSession' }>;

/** Applies one command; an error code when it cannot apply, with nothing changed. */
export function applyHostCommand(relay: SessionRelay, command: Command): SessionErrorCode | null {
  const current = relay.round;
  switch (command.type) {
    case 'openRound':
      if (current?.number === command.round) {
        // The same round again (an undone lock): answers stay, changes are accepted again.
        relay.round = { number: command.round, status: 'open' };
        withdrawPooledOf(relay, command.round);
      } else {
        relay.round = { number: command.round, status: 'open' };
        relay.pooled = null;
        for (const seat of relay.seats.values()) seat.answers = new Map();
        resetReady(relay);
      }
      setModels(relay, command.modelIds);
      break;
    case 'nextRound':
      if (!current || current.number === command.round) return 'bad-round-transition';
      // Each person starts from their own answers of the round before; its pooled view stays.
      relay.round = { number: command.round, status: 'open' };
      setModels(relay, command.modelIds);
      resetReady(relay);
      break;
    case 'lockRound':
    case 'revealRound':
      if (current?.number !== command.round) return 'bad-round-transition';
      relay.round = {
        number: command.round,
        status: command.type === 'lockRound' ? 'locked' : 'revealed',
      };
      if (command.type === 'lockRound') withdrawPooledOf(relay, command.round);
      break;
    case 'releaseModels':
      setModels(relay, command.modelIds);
      break;
    case 'releasePooled':
      if (current?.number !== command.round || current.status !== 'revealed') {
        return 'pooled-not-revealed';
      }
      relay.pooled = { round: command.round, models: command.models };
      break;
    case 'seatAnswers': {
      const seat = relay.seats.get(command.participantId);
      if (!seat) return 'unknown-participant';
      if (current?.number !== command.round) return 'wrong-round';
      seat.answers = new Map<string, VoteValue>(
        command.answers
          .filter(({ modelId }) => relay.modelSet.has(modelId))
          .map(({ modelId, value }) => [modelId, value]),
      );
      relay.sendView(seat);
      return null;
    }
    case 'removeParticipant': {
      const seat = relay.seats.get(command.participantId);
      if (!seat) return 'unknown-participant';
      relay.removeSeat(seat, 'removed');
      return null;
    }
    case 'restoreSeats':
      relay.restoreSeats(command);
      relay.sendProgress();
      return null;
    case 'joinOptions':
      relay.joinOptions = { groups: command.groups, names: command.names, known: true };
      return null;
    case 'setJoining':
      relay.joining = command.open;
      return null;
    case 'ack':
      return acknowledge(relay, command.changeId, command.accepted);
  }
  relay.broadcastViews();
  relay.sendProgress();
  return null;
}

/** The host's answer to a relayed change: mirror it, or tell the person it was refused. */
function acknowledge(
  relay: SessionRelay,
  changeId: number,
  accepted: boolean,
): SessionErrorCode | null {
  const change = relay.pending.take(changeId);
  if (!change) return 'unknown-change';
  const seat = relay.seats.get(change.participantId);
  if (!seat) return null;
  const { message } = change;
  if (message.type === 'participantJoined') {
    if (!accepted) relay.removeSeat(seat, 'removed');
    return null;
  }
  const modelId = message.change.kind === 'ready' ? undefined : message.change.modelId;
  if (!accepted) relay.sendError(seat, 'change-refused', modelId);
  else if (message.round === relay.round?.number) {
    const { change: applied } = message;
    if (applied.kind === 'ready') seat.ready = applied.ready;
    else if (applied.kind === 'vote') seat.answers.set(applied.modelId, applied.value);
    else seat.answers.delete(applied.modelId);
  }
  relay.sendView(seat);
  if (message.change.kind === 'ready') relay.sendProgress();
  return null;
}

function setModels(relay: SessionRelay, modelIds: readonly string[]): void {
  relay.models = [...new Set(modelIds)];
  relay.modelSet = new Set(relay.models);
  for (const seat of relay.seats.values()) {
    for (const modelId of seat.answers.keys()) {
      if (!relay.modelSet.has(modelId)) seat.answers.delete(modelId);
    }
  }
}

function resetReady(relay: SessionRelay): void {
  for (const seat of relay.seats.values()) seat.ready = false;
}

/** A round that is no longer revealed takes its pooled view back from every device. */
function withdrawPooledOf(relay: SessionRelay, round: number): void {
  if (relay.pooled?.round === round) relay.pooled = null;
}

export function hostErrorMessage(
  code: SessionErrorCode,
  changeId?: number,
): Extract<ServerToHostMessage, { type: 'hostError' }> {
  return {
    type: 'hostError',
    code,
    message: SESSION_ERROR_MESSAGES[code],
    ...(changeId === undefined ? {} : { changeId }),
  };
}
