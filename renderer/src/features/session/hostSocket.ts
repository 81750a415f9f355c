// The host's socket to the session server: hello with the token on every (re)connect, every
// message parsed with the protocol's schema, and reconnecting with backoff when the socket
// drops (the server keeps participants waiting and queues their changes meanwhile).
import { decodeMessage } from '@shared/protocol/decode';
import {
  serverToHostMessageSchema,
  type HostMessage,
  type ServerToHostMessage,
} from '@shared/protocol/hostMessages';
import { PROTOCOL_VERSION } from '@shared/protocol/limits';

export type HostSocketStatus =
  | 'connecting'
  | 'connected'
  | 'reconnecting'
  /** Wrong token or another version: trying again cannot help. */
  | 'refused'
  /** Another window connected as host with the same token and took over. */
  | 'replaced'
  | 'ended';

/** Close codes of the session server (electron/session/closeCodes.ts) the host acts on. */
const REPLACED = 4003;
const SESSION_ENDED = 4005;
const NOT_AUTHENTICATED = 4006;
/** A progress message lists up to 500 seats; far below this. */
const MAX_SERVER_MESSAGE_BYTES = 1024 * 1024;
const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 8000;

type Handlers = {
  onMessage: (message: ServerToHostMessage) => void;
  onStatus: (status: HostSocketStatus) => void;
};

export class HostSocket {
  private ws: WebSocket | null = null;
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly handlers: Handlers,
  ) {
    this.open('connecting');
  }

  send(message: HostMessage): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(message));
  }

  /** Stops for good (the screen is gone or the session ended); no more reconnecting. */
  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.ws?.close(1000);
    this.ws = null;
  }

  private open(status: HostSocketStatus): void {
    this.handlers.onStatus(status);
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.url);
    } catch {
      return this.handlers.onStatus('refused');
    }
    this.ws = ws;
    ws.onopen = () => {
      ws.send(JSON.stringify({ type: 'hello', version: PROTOCOL_VERSION, token: this.token }));
    };
    ws.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      const decoded = decodeMessage(
        event.data,
        serverToHostMessageSchema,
        MAX_SERVER_MESSAGE_BYTES,
      );
      if (!decoded.ok) return;
      if (decoded.message.type === 'hostWelcome') {
        this.retries = 0;
        this.handlers.onStatus('connected');
      }
      this.handlers.onMessage(decoded.message);
    };
    ws.onclose = (event) => {
      if (this.ws !== ws || this.closed) return;
      this.ws = null;
      if (event.code === SESSION_ENDED) return this.handlers.onStatus('ended');
      if (event.code === REPLACED) return this.handlers.onStatus('replaced');
      if (event.code === NOT_AUTHENTICATED) return this.handlers.onStatus('refused');
      const delay = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** this.retries);
      this.retries += 1;
      this.handlers.onStatus('reconnecting');
      this.retryTimer = setTimeout(() => this.open('reconnecting'), delay);
    };
  }
}
