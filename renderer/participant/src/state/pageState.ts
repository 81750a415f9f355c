// The participant page's state as a pure function of what happened: the server's messages,
// the socket opening and closing, and the person's own changes not yet answered. The server's
// view is the truth; local changes only bridge the moment until its next view arrives.
import type { VoteValue } from '@shared/domain/vote';
import type { SessionErrorCode } from '@shared/protocol/errors';
import type {
  ClosingReason,
  JoinOptions,
  ParticipantView,
  ServerMessage,
} from '@shared/protocol/serverMessages';
import type { ParticipantPageKey } from '@shared/i18n/features/participantPage';

export type Connection = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'ended';

export type NoticeKey = Extract<ParticipantPageKey, `notice_${string}`>;

export type PageState = {
  connection: Connection;
  /** The seat number once joined; null on the join form. */
  seat: number | null;
  /** The last full view the server sent. */
  view: ParticipantView | null;
  /** Changes sent and not yet reflected in a view: a value, or null for "taken back". */
  local: ReadonlyMap<string, VoteValue | null>;
  localReady: boolean | null;
  notice: NoticeKey | null;
  /** The groups to choose from and whether a name is asked for, once the code was checked. */
  options: JoinOptions | null;
};

export type PageEvent =
  | { type: 'connecting' }
  | { type: 'opened' }
  | { type: 'dropped' }
  | { type: 'unreachable' }
  | { type: 'server'; message: ServerMessage }
  | { type: 'answer'; modelId: string; value: VoteValue | null }
  | { type: 'ready'; ready: boolean }
  | { type: 'dismiss' };

export const INITIAL_STATE: PageState = {
  connection: 'idle',
  seat: null,
  view: null,
  local: new Map(),
  localReady: null,
  notice: null,
  options: null,
};

/** Refusals that end the seat: the page forgets its token and shows the join form. */
export const SEAT_LOST: ReadonlySet<SessionErrorCode> = new Set(['unknown-token', 'token-expired']);

const ADMISSION_NOTICES: Partial<Record<SessionErrorCode, NoticeKey>> = {
  'unknown-token': 'notice_seatLost',
  'token-expired': 'notice_seatLost',
  'wrong-code': 'notice_wrongCode',
  'too-many-attempts': 'notice_tooMany',
  'room-locked': 'notice_roomLocked',
  'room-full': 'notice_roomFull',
  'unsupported-version': 'notice_version',
  'unknown-group': 'notice_unknownGroup',
};

const CLOSING_NOTICES: Partial<Record<ClosingReason, NoticeKey>> = {
  removed: 'notice_removed',
  replaced: 'notice_replaced',
};

/** Closing reasons after which the page does not try again. */
export const FINAL_CLOSINGS: ReadonlySet<ClosingReason> = new Set([
  'session-ended',
  'removed',
  'replaced',
]);

function withView(state: PageState, view: ParticipantView): PageState {
  return { ...state, view, local: new Map(), localReady: null };
}

function onServer(state: PageState, message: ServerMessage): PageState {
  switch (message.type) {
    case 'welcome':
      return { ...withView(state, message.view), seat: message.seat, notice: null };
    case 'state':
      return withView(state, message.view);
    case 'joinOptions': {
      const { groups, names } = message;
      return { ...state, options: { groups, names } };
    }
    case 'closing':
      if (!FINAL_CLOSINGS.has(message.reason)) return { ...state, connection: 'reconnecting' };
      return {
        ...state,
        connection: 'ended',
        seat: message.reason === 'session-ended' ? state.seat : null,
        notice: CLOSING_NOTICES[message.reason] ?? state.notice,
      };
    case 'error': {
      // A restarted session waiting for the facilitator's app: the page resumes again shortly.
      if (message.code === 'session-starting') return { ...state, connection: 'reconnecting' };
      const admission = ADMISSION_NOTICES[message.code];
      // Not let in: back to the form, ready for another try at once.
      if (admission) {
        // A group that went away: the person chooses again from the list they have.
        const options = message.code === 'unknown-group' ? state.options : null;
        return { ...INITIAL_STATE, notice: admission, options };
      }
      // A refused change: put the model back where the server last had it.
      const local = new Map(state.local);
      if (message.modelId) local.delete(message.modelId);
      const notice = message.code === 'round-locked' ? 'notice_locked' : 'notice_refused';
      return { ...state, local, localReady: null, notice };
    }
    case 'pong':
      return state;
  }
}

export function pageReducer(state: PageState, event: PageEvent): PageState {
  switch (event.type) {
    case 'connecting':
      return { ...state, connection: state.seat === null ? 'connecting' : 'reconnecting' };
    case 'opened':
      return state;
    case 'dropped':
      if (state.connection === 'ended') return state;
      return { ...state, connection: state.seat === null ? 'idle' : 'reconnecting' };
    case 'unreachable':
      return { ...state, connection: 'idle', notice: 'notice_unreachable' };
    case 'server': {
      const next = onServer(state, event.message);
      const joined = event.message.type === 'welcome' || event.message.type === 'state';
      return joined ? { ...next, connection: 'connected' } : next;
    }
    case 'answer': {
      const local = new Map(state.local);
      local.set(event.modelId, event.value);
      return { ...state, local, notice: null };
    }
    case 'ready':
      return { ...state, localReady: event.ready, notice: null };
    case 'dismiss':
      return { ...state, notice: null };
  }
}

/** The person's answers as the page shows them: the server's, with changes still on their way. */
export function shownAnswers(state: PageState): Map<string, VoteValue> {
  const answers = new Map<string, VoteValue>();
  for (const answer of state.view?.answers ?? []) answers.set(answer.modelId, answer.value);
  for (const [modelId, value] of state.local) {
    if (value === null) answers.delete(modelId);
    else answers.set(modelId, value);
  }
  return answers;
}

/** Models whose answer has not reached the facilitator's app yet. */
export function unsavedModels(state: PageState): Set<string> {
  return new Set([...(state.view?.unsaved ?? []), ...state.local.keys()]);
}

export function shownReady(state: PageState): boolean {
  return state.localReady ?? state.view?.ready ?? false;
}

/** Whether the person may change answers now: joined, connected and the round open. */
export function canChange(state: PageState): boolean {
  return state.connection === 'connected' && state.view?.round?.status === 'open';
}
