import { describe, expect, it } from 'vitest';
import { serverMessageSchema, type ServerMessage } from '@shared/protocol/serverMessages';
import { decodeMessage } from '@shared/protocol/decode';
import {
  SessionLink,
  type SocketLike,
} from '../../../renderer/participant/src/connection/sessionLink';
import {
  INITIAL_STATE,
  pageReducer,
  type PageEvent,
} from '../../../renderer/participant/src/state/pageState';
import { tokenStore } from '../../../renderer/participant/src/state/tokenStore';

const TOKEN = 'T'.repeat(32);

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: unknown[] = [];
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    this.readyState = 3;
  }
  open() {
    this.readyState = 1;
    this.onopen?.({} as Event);
  }
  receive(data: unknown) {
    this.onmessage?.({
      data: typeof data === 'string' ? data : JSON.stringify(data),
    } as MessageEvent);
  }
  drop() {
    this.readyState = 3;
    this.onclose?.({} as CloseEvent);
  }
}

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function setup() {
  const sockets: FakeSocket[] = [];
  const events: PageEvent[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const store = tokenStore(memoryStorage());
  const link = new SessionLink({
    url: 'ws://127.0.0.1:5000/ws',
    store,
    dispatch: (event) => events.push(event),
    openSocket: () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    },
    loadDecoder: async () => (text) => decodeMessage(text, serverMessageSchema, 256 * 1024),
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => undefined,
    random: () => 0,
  });
  const served = () =>
    events.flatMap((event) => (event.type === 'server' ? [event.message] : [])) as ServerMessage[];
  return { link, sockets, events, timers, store, served };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const welcome = {
  type: 'welcome',
  token: TOKEN,
  participantId: 'p1',
  seat: 1,
  view: {
    hostPresent: true,
    round: null,
    models: [],
    answers: [],
    unsaved: [],
    ready: false,
    pooled: null,
  },
};

describe('the participant page connection', () => {
  it('joins with the code, keeps the token, and resumes with it after a drop', async () => {
    const { link, sockets, timers, store } = setup();
    link.join('ABC234', '  Ada ', 'sv');
    sockets[0]!.open();
    expect(sockets[0]!.sent[0]).toEqual({
      type: 'join',
      version: 1,
      code: 'ABC234',
      name: 'Ada',
      language: 'sv',
    });
    sockets[0]!.receive(welcome);
    await flush();
    expect(store.read()).toBe(TOKEN);

    sockets[0]!.drop();
    expect(timers.map((timer) => timer.ms)).toEqual([500]);
    timers[0]!.run();
    sockets[1]!.open();
    expect(sockets[1]!.sent[0]).toEqual({ type: 'resume', version: 1, token: TOKEN });
  });

  it('waits longer after each failed try, and starts over once back in', async () => {
    const { link, sockets, timers, store } = setup();
    store.write(TOKEN);
    link.resumeSaved();
    for (let i = 0; i < 6; i++) {
      sockets[i]!.drop();
      timers[i]!.run();
    }
    expect(timers.map((timer) => timer.ms)).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    sockets[6]!.open();
    sockets[6]!.receive(welcome);
    await flush();
    sockets[6]!.drop();
    expect(timers[6]!.ms).toBe(500);
  });

  it('forgets a seat the server no longer knows and stops trying', async () => {
    const { link, sockets, timers, store, events } = setup();
    store.write(TOKEN);
    link.resumeSaved();
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'error', code: 'unknown-token', message: 'unknown' });
    await flush();
    expect(store.read()).toBeNull();
    sockets[0]!.drop();
    expect(timers).toHaveLength(0);
    expect(events.at(-1)).toEqual({ type: 'dropped' });
  });

  it('does not come back after the session ended', async () => {
    const { link, sockets, timers, store } = setup();
    store.write(TOKEN);
    link.resumeSaved();
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'closing', reason: 'session-ended' });
    await flush();
    sockets[0]!.drop();
    expect(timers).toHaveLength(0);
    link.wake();
    expect(sockets).toHaveLength(1);
  });

  it('passes on only messages the protocol allows', async () => {
    const { link, sockets, served } = setup();
    link.join('ABC234', '', 'en');
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'state', view: { ...welcome.view, answers: 'everyone' } });
    sockets[0]!.receive('{"type":"pong","extra":1}');
    sockets[0]!.receive('not json');
    sockets[0]!.receive({ type: 'pong' });
    await flush();
    expect(served()).toEqual([{ type: 'pong' }]);
  });

  it('sends changes only while connected', () => {
    const { link, sockets } = setup();
    expect(link.send({ type: 'ready', round: 1, ready: true })).toBe(false);
    link.join('ABC234', '', 'en');
    expect(link.send({ type: 'ready', round: 1, ready: true })).toBe(false);
    sockets[0]!.open();
    expect(link.send({ type: 'ready', round: 1, ready: true })).toBe(true);
    expect(sockets[0]!.sent.at(-1)).toEqual({ type: 'ready', round: 1, ready: true });
  });

  it('keeps its token while a restarted server waits for the facilitator, and tries again', async () => {
    const { link, sockets, timers, store, events } = setup();
    store.write(TOKEN);
    link.resumeSaved();
    sockets[0]!.open();
    sockets[0]!.receive({
      type: 'error',
      code: 'session-starting',
      message: 'The session is starting again.',
    });
    await flush();
    sockets[0]!.drop(); // the server closes with 1013
    expect(store.read()).toBe(TOKEN);
    expect(timers).toHaveLength(1);
    timers[0]!.run();
    sockets[1]!.open();
    expect(sockets[1]!.sent[0]).toEqual({ type: 'resume', version: 1, token: TOKEN });
    sockets[1]!.receive(welcome);
    await flush();
    // No notice on the way: the page only showed that it was reconnecting.
    const state = events.reduce(pageReducer, INITIAL_STATE);
    expect(state).toMatchObject({ seat: 1, connection: 'connected', notice: null });
  });

  it('asks for the groups with the code on its own connection and joins with the chosen one', async () => {
    const { link, sockets, events } = setup();
    // An old code (a seat that ended on another session) asks in vain, and says nothing.
    link.askOptions('XYZ789');
    sockets[0]!.open();
    sockets[0]!.receive({ type: 'error', code: 'wrong-code', message: 'That code is not right.' });
    await flush();
    expect(sockets[0]!.readyState).toBe(3);
    expect(events).toEqual([]);
    sockets.shift();
    link.askOptions('ABC234');
    sockets[0]!.open();
    expect(sockets[0]!.sent[0]).toEqual({ type: 'joinOptions', version: 1, code: 'ABC234' });
    const groups = [{ id: 'council', name: '' }];
    sockets[0]!.receive({ type: 'joinOptions', groups, names: false });
    await flush();
    expect(sockets[0]!.readyState).toBe(3);
    expect(events.reduce(pageReducer, INITIAL_STATE).options).toEqual({ groups, names: false });
    link.join('ABC234', '', 'en', 'council');
    sockets[1]!.open();
    expect(sockets[1]!.sent[0]).toEqual({
      type: 'join',
      version: 1,
      code: 'ABC234',
      groupId: 'council',
      language: 'en',
    });
  });
});
