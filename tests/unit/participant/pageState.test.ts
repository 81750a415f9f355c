import { describe, expect, it } from 'vitest';
import type { ParticipantView, ServerMessage } from '@shared/protocol/serverMessages';
import {
  canChange,
  INITIAL_STATE,
  pageReducer,
  shownAnswers,
  shownReady,
  unsavedModels,
  type PageEvent,
  type PageState,
} from '../../../renderer/participant/src/state/pageState';

const TOKEN = 'A'.repeat(32);

function view(overrides: Partial<ParticipantView> = {}): ParticipantView {
  return {
    hostPresent: true,
    round: { number: 1, status: 'open' },
    models: ['a', 'b', 'c'],
    answers: [],
    unsaved: [],
    ready: false,
    pooled: null,
    ...overrides,
  };
}

const server = (message: ServerMessage): PageEvent => ({ type: 'server', message });
const run = (events: PageEvent[], from: PageState = INITIAL_STATE) =>
  events.reduce(pageReducer, from);
const welcomed = (v: ParticipantView = view()) =>
  run([
    { type: 'connecting' },
    server({ type: 'welcome', token: TOKEN, participantId: 'p1', seat: 3, view: v }),
  ]);

describe('participant page state', () => {
  it('takes the seat and the whole view from the welcome', () => {
    const state = welcomed(view({ answers: [{ modelId: 'a', value: { x: 0.2, y: 0.9 } }] }));
    expect(state.connection).toBe('connected');
    expect(state.seat).toBe(3);
    expect(shownAnswers(state).get('a')).toEqual({ x: 0.2, y: 0.9 });
    expect(canChange(state)).toBe(true);
  });

  it('shows a change at once as unsaved, and the next view from the server replaces it', () => {
    let state = pageReducer(welcomed(), { type: 'answer', modelId: 'b', value: { x: 1, y: 0 } });
    expect(shownAnswers(state).get('b')).toEqual({ x: 1, y: 0 });
    expect(unsavedModels(state).has('b')).toBe(true);
    state = pageReducer(
      state,
      server({
        type: 'state',
        view: view({ answers: [{ modelId: 'b', value: { x: 0.9, y: 0 } }] }),
      }),
    );
    expect(shownAnswers(state).get('b')).toEqual({ x: 0.9, y: 0 });
    expect(unsavedModels(state).has('b')).toBe(false);
  });

  it('lists the answers the server still holds for the host as unsaved', () => {
    const state = welcomed(
      view({
        hostPresent: false,
        answers: [{ modelId: 'a', value: 'skip' }],
        unsaved: ['a'],
      }),
    );
    expect([...unsavedModels(state)]).toEqual(['a']);
    expect(shownAnswers(state).get('a')).toBe('skip');
  });

  it('puts a refused change back where the server had it and says why', () => {
    const before = welcomed(view({ answers: [{ modelId: 'a', value: { x: 0.1, y: 0.1 } }] }));
    let state = pageReducer(before, { type: 'answer', modelId: 'a', value: null });
    expect(shownAnswers(state).has('a')).toBe(false);
    state = pageReducer(
      state,
      server({ type: 'error', code: 'round-locked', message: 'locked', modelId: 'a' }),
    );
    expect(shownAnswers(state).get('a')).toEqual({ x: 0.1, y: 0.1 });
    expect(state.notice).toBe('notice_locked');
  });

  it('returns to the join form with a plain message when the seat is gone', () => {
    for (const code of ['unknown-token', 'token-expired'] as const) {
      const state = pageReducer(welcomed(), server({ type: 'error', code, message: '' }));
      expect(state.seat).toBeNull();
      expect(state.view).toBeNull();
      expect(state.notice).toBe('notice_seatLost');
    }
  });

  it('reconnects after a drop but ends for good when the session ends', () => {
    const dropped = pageReducer(welcomed(), { type: 'dropped' });
    expect(dropped.connection).toBe('reconnecting');
    expect(canChange(dropped)).toBe(false);
    const stopping = pageReducer(
      welcomed(),
      server({ type: 'closing', reason: 'server-stopping' }),
    );
    expect(stopping.connection).toBe('reconnecting');
    const ended = run(
      [server({ type: 'closing', reason: 'session-ended' }), { type: 'dropped' }],
      welcomed(),
    );
    expect(ended.connection).toBe('ended');
    // The last view stays readable after the end.
    expect(ended.view).not.toBeNull();
  });

  it('refuses changes while the round is locked or revealed', () => {
    expect(canChange(welcomed(view({ round: { number: 1, status: 'locked' } })))).toBe(false);
    expect(canChange(welcomed(view({ round: { number: 1, status: 'revealed' } })))).toBe(false);
    expect(canChange(welcomed(view({ round: null })))).toBe(false);
  });

  it('shows the ready toggle at once until the server answers', () => {
    const state = pageReducer(welcomed(), { type: 'ready', ready: true });
    expect(shownReady(state)).toBe(true);
    expect(shownReady(pageReducer(state, server({ type: 'state', view: view() })))).toBe(false);
  });

  it('names a wrong code without taking a seat', () => {
    const state = run([
      { type: 'connecting' },
      server({ type: 'error', code: 'wrong-code', message: '' }),
    ]);
    expect(state.seat).toBeNull();
    expect(state.notice).toBe('notice_wrongCode');
    // The form can be sent again at once.
    expect(state.connection).toBe('idle');
  });
});
