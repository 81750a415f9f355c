// Real `ws` clients against the real session server on 127.0.0.1, port 0. Every message a
// client receives is parsed with the protocol's own schema, so each test also proves the
// server sends only what the protocol allows.
import { WebSocket, type ClientOptions } from 'ws';
import type { z } from 'zod';
import { afterEach } from 'vitest';
import { PROTOCOL_VERSION } from '@shared/protocol/limits';
import {
  serverToHostMessageSchema,
  type HostMessage,
  type ServerToHostMessage,
} from '@shared/protocol/hostMessages';
import type { ParticipantMessage } from '@shared/protocol/participantMessages';
import { serverMessageSchema, type ServerMessage } from '@shared/protocol/serverMessages';
import { startSessionServer, type SessionServer } from '../../../electron/session/server';
import type { SessionServerOptions } from '../../../electron/session/options';

/** Two catalogue models and one more, for rounds in tests. */
export const MODEL_A = 'land-use-and-planning';
export const MODEL_B = 'regulatory-and-permit-work';
export const MODEL_C = 'climate-competence-in-own-organisation';

const WAIT_MS = 2000;
const running: SessionServer[] = [];
const clients: { ws: WebSocket }[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.ws.terminate();
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

/** A server with timings that never fire during a test unless the test asks for them. */
export async function startTestServer(options: SessionServerOptions = {}): Promise<SessionServer> {
  const server = await startSessionServer({
    ...options,
    timings: { heartbeatMs: 60_000, authTimeoutMs: 60_000, closeGraceMs: 50, ...options.timings },
  });
  running.push(server);
  return server;
}

export type Closed = { code: number; reason: string };

export class TestClient<In extends { type: string }, Out> {
  readonly received: In[] = [];
  readonly closed: Promise<Closed>;
  private waiters: (() => void)[] = [];

  constructor(
    readonly ws: WebSocket,
    private readonly schema: z.ZodType<In>,
  ) {
    ws.on('message', (data, isBinary) => {
      if (isBinary) throw new Error('the server sent a binary frame');
      const parsed = schema.safeParse(JSON.parse(String(data)));
      if (!parsed.success) throw new Error(`off-protocol message: ${String(data)}`);
      this.received.push(parsed.data);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) =>
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    ws.on('error', () => undefined);
    clients.push(this);
  }

  send(message: Out): void {
    this.ws.send(JSON.stringify(message));
  }

  sendRaw(data: string | Buffer, binary = false): void {
    this.ws.send(data, { binary });
  }

  /**
   * The first received message of `type` (and matching `where`) not taken yet; earlier
   * messages of other types stay for later calls.
   */
  next<T extends In['type']>(
    type: T,
    where: (message: Extract<In, { type: T }>) => boolean = () => true,
  ): Promise<Extract<In, { type: T }>> {
    return this.take(
      (m): m is Extract<In, { type: T }> => m.type === type && where(m as Extract<In, { type: T }>),
      type,
    );
  }

  /** The first received message `match` accepts, waiting for it if need be. */
  async take<M extends In>(match: (message: In) => message is M, label: string): Promise<M> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const index = this.received.findIndex(match);
      if (index >= 0) return this.received.splice(index, 1)[0] as M;
      const left = deadline - Date.now();
      if (left <= 0) {
        const seen = this.received.map((m) => m.type).join(', ');
        throw new Error(`no ${label} message within ${WAIT_MS} ms (waiting: ${seen})`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Whether a message of `type` arrives within `ms` (for things that must not arrive). */
  async arrives(type: In['type'], ms = 100): Promise<boolean> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.received.some((m) => m.type === type);
  }

  /** Drops every message received so far. */
  clear(): void {
    this.received.length = 0;
  }
}

export type Device = TestClient<ServerMessage, ParticipantMessage>;
export type Host = TestClient<ServerToHostMessage, HostMessage>;

function open(url: string, options: ClientOptions): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

export async function connectDevice(
  server: SessionServer,
  options: ClientOptions = {},
): Promise<Device> {
  return new TestClient(await open(server.participantSocketUrl, options), serverMessageSchema);
}

/** A device that joined with the code; its welcome is taken. */
export async function joinDevice(server: SessionServer, name?: string) {
  const device = await connectDevice(server);
  device.send({
    type: 'join',
    version: PROTOCOL_VERSION,
    code: server.joinCode,
    ...(name === undefined ? {} : { name }),
    language: 'sv',
  });
  const welcome = await device.next('welcome');
  return { device, welcome };
}

/** A device that joined before, back with its token; its welcome is taken. */
export async function resumeDevice(server: SessionServer, token: string) {
  const device = await connectDevice(server);
  device.send({ type: 'resume', version: PROTOCOL_VERSION, token });
  const welcome = await device.next('welcome');
  return { device, welcome };
}

/** A connection to the host endpoint that has not said hello. */
export async function openHostSocket(server: SessionServer): Promise<Host> {
  return new TestClient(await open(server.hostSocketUrl, {}), serverToHostMessageSchema);
}

/** The facilitator's app, connected and greeted. */
export async function connectHost(server: SessionServer): Promise<Host> {
  const host = await openHostSocket(server);
  host.send({ type: 'hello', version: PROTOCOL_VERSION, token: server.hostToken });
  await host.next('hostWelcome');
  return host;
}

/** The HTTP status an upgrade gets: 101 when the socket opens, else the refusal. */
export function upgradeStatus(url: string, options: ClientOptions = {}): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, options);
    ws.once('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => undefined);
  });
}

type Relayed = Extract<ServerToHostMessage, { type: 'participantJoined' | 'participantChange' }>;

/** The next change relayed to the host: a join or a participant's change. */
export function nextRelayed(host: Host): Promise<Relayed> {
  return host.take(
    (m): m is Relayed => m.type === 'participantJoined' || m.type === 'participantChange',
    'relayed change',
  );
}

/** Takes the next `count` relayed changes and answers each; returns them in order. */
export async function ackChanges(host: Host, count: number, accepted = true): Promise<Relayed[]> {
  const relayed: Relayed[] = [];
  for (let i = 0; i < count; i++) {
    const change = await nextRelayed(host);
    relayed.push(change);
    host.send({ type: 'ack', changeId: change.changeId, accepted });
  }
  return relayed;
}

/** Waits until the socket is closed and returns its code. */
export async function closeCode(client: { closed: Promise<Closed> }): Promise<number> {
  return (await client.closed).code;
}
