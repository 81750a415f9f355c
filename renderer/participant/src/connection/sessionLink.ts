// The page's connection to the session server, without React: join or resume, every server
// message decoded and folded into the page state, and after a drop a resume with backoff until
// the seat is back or the session is over. The server's full view on every (re)connect
// replaces the page's own.
import type { Decoded } from '@shared/protocol/decode';
import type { Locale } from '@shared/i18n/locales';
import { PROTOCOL_VERSION } from '@shared/protocol/limits';
import type { ParticipantMessage } from '@shared/protocol/participantMessages';
import type { ServerMessage } from '@shared/protocol/serverMessages';
import { reconnectDelay } from '../state/backoff';
import { FINAL_CLOSINGS, SEAT_LOST, type PageEvent } from '../state/pageState';
import type { TokenStore } from '../state/tokenStore';

type Hello = Extract<ParticipantMessage, { type: 'join' | 'resume' }>;
export type ChangeMessage = Exclude<
  ParticipantMessage,
  Hello | { type: 'ping' } | { type: 'joinOptions' }
>;

/** The part of a browser WebSocket the link uses, so tests can stand in for it. */
export type SocketLike = {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
};

export type LinkDeps = {
  url: string;
  store: TokenStore;
  dispatch: (event: PageEvent) => void;
  openSocket: (url: string) => SocketLike;
  /** Loads the parser; the page loads it in its own chunk. */
  loadDecoder: () => Promise<(text: string) => Decoded<ServerMessage>>;
  setTimer: (run: () => void, ms: number) => number;
  clearTimer: (id: number) => void;
  random?: () => number;
};

const OPEN = 1;

export class SessionLink {
  private socket: SocketLike | null = null;
  private attempt = 0;
  private timer: number | null = null;
  /** After a final closing or a lost seat the page waits for the person, not for a timer. */
  private finished = false;
  /** A short connection that asks which groups to offer; at most one at a time. */
  private asking: SocketLike | null = null;

  constructor(private readonly deps: LinkDeps) {}

  /** Takes the saved seat back, if there is one; true when it tries. */
  resumeSaved(): boolean {
    const token = this.deps.store.read();
    if (token === null) return false;
    this.connect({ type: 'resume', version: PROTOCOL_VERSION, token });
    return true;
  }

  join(code: string, name: string, language: Locale, groupId: string | null = null): void {
    const trimmed = name.trim();
    this.connect({
      type: 'join',
      version: PROTOCOL_VERSION,
      code,
      ...(trimmed ? { name: trimmed } : {}),
      ...(groupId ? { groupId } : {}),
      language,
    });
  }

  /**
   * Asks, with the code, which groups the workshop offers and whether it asks for names. The
   * answer arrives as a `joinOptions` server message; the connection closes after it, and
   * after a refusal, which is not shown.
   */
  askOptions(code: string): void {
    this.asking?.close();
    const decoder = this.deps.loadDecoder();
    const socket = this.deps.openSocket(this.deps.url);
    this.asking = socket;
    socket.onopen = () =>
      socket.send(JSON.stringify({ type: 'joinOptions', version: PROTOCOL_VERSION, code }));
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      const text = event.data;
      void decoder.then((decode) => {
        if (this.asking !== socket) return;
        const decoded = decode(text);
        if (!decoded.ok) return;
        const { message } = decoded;
        if (message.type !== 'joinOptions' && message.type !== 'error') return;
        this.asking = null;
        socket.close();
        // A code that does not fit just offers no groups: joining with it says why, and a
        // notice already shown (a seat that ended) stays.
        if (message.type === 'joinOptions') this.deps.dispatch({ type: 'server', message });
      });
    };
    socket.onclose = () => {
      if (this.asking === socket) this.asking = null;
    };
  }

  /** A phone woke or its network came back: try now rather than wait out the backoff. */
  wake(): void {
    if (this.socket || this.finished) return;
    this.resumeSaved();
  }

  /** Sends a change while connected; false (and nothing sent) otherwise. */
  send(message: ChangeMessage): boolean {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN) return false;
    socket.send(JSON.stringify(message));
    return true;
  }

  close(): void {
    this.asking?.close();
    this.asking = null;
    this.cancelRetry();
    this.finished = true;
    const socket = this.socket;
    this.socket = null;
    socket?.close();
  }

  private cancelRetry(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  private connect(hello: Hello): void {
    const { dispatch } = this.deps;
    this.cancelRetry();
    const previous = this.socket;
    this.socket = null;
    previous?.close();
    this.finished = false;
    dispatch({ type: 'connecting' });
    const decoder = this.deps.loadDecoder();
    const socket = this.deps.openSocket(this.deps.url);
    this.socket = socket;
    let opened = false;

    socket.onopen = () => {
      opened = true;
      socket.send(JSON.stringify(hello));
      dispatch({ type: 'opened' });
    };
    socket.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      const text = event.data;
      // Decoding waits for the parser's chunk; messages keep their order.
      void decoder.then((decode) => {
        if (this.socket !== socket) return;
        const decoded = decode(text);
        if (decoded.ok) this.receive(decoded.message);
        else console.warn('participant page: unreadable server message', decoded.detail);
      });
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      const token = this.deps.store.read();
      if (this.finished || token === null) {
        dispatch({ type: opened ? 'dropped' : 'unreachable' });
        return;
      }
      dispatch({ type: 'dropped' });
      const delay = reconnectDelay(this.attempt++, (this.deps.random ?? Math.random)());
      this.timer = this.deps.setTimer(() => {
        this.timer = null;
        this.resumeSaved();
      }, delay);
    };
  }

  private receive(message: ServerMessage): void {
    const { store } = this.deps;
    if (message.type === 'welcome') {
      store.write(message.token);
      this.attempt = 0;
    }
    if (message.type === 'error' && SEAT_LOST.has(message.code)) {
      store.clear();
      this.finished = true;
    }
    if (message.type === 'closing' && FINAL_CLOSINGS.has(message.reason)) {
      if (message.reason === 'removed') store.clear();
      this.finished = true;
    }
    this.deps.dispatch({ type: 'server', message });
  }
}
