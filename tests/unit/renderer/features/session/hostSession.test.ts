// The facilitator's app as host against the real session server, with the app's own database
// (fake-indexeddb) and real `ws` devices: joins and answers are written as change records,
// resent changes are written once, and the server follows the workshop's rounds.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { PROTOCOL_VERSION } from '../../../../../shared/protocol/limits';
import {
  serverMessageSchema,
  type ServerMessage,
} from '../../../../../shared/protocol/serverMessages';
import { serverToHostMessageSchema } from '../../../../../shared/protocol/hostMessages';
import { startSessionServer, type SessionServer } from '../../../../../electron/session';
import { changesRepo } from '../../../../../renderer/src/db/changesRepo';
import { db } from '../../../../../renderer/src/db/db';
import { sessionSeatsRepo } from '../../../../../renderer/src/db/sessionSeatsRepo';
import { workshopsRepo } from '../../../../../renderer/src/db/workshopsRepo';
import { HostSession } from '../../../../../renderer/src/features/session/hostSession';

// Node 20 has no WebSocket of its own; `ws` offers the browser's interface (onopen, onmessage
// with text as strings, onclose with the code), and sends no Origin, as the desktop would not.
Object.assign(globalThis, { WebSocket });

const A = 'land-use-and-planning';
let server: SessionServer;
let workshopId: string;
const sockets: WebSocket[] = [];
const sessions: HostSession[] = [];

beforeEach(async () => {
  server = await startSessionServer({
    timings: { heartbeatMs: 60_000, closeGraceMs: 50 },
  });
  const draft = { title: 'T', organisation: '', date: '2026-12-03' };
  workshopId = (await workshopsRepo.create(draft)).id;
});
afterEach(async () => {
  for (const session of sessions.splice(0)) session.close();
  for (const ws of sockets.splice(0)) ws.terminate();
  await server.stop();
  await db.delete();
  await db.open();
});

/** A client of `url` whose parsed messages collect in `received`. */
async function client<T>(url: string, parse: (data: unknown) => T) {
  const ws = new WebSocket(url);
  sockets.push(ws);
  const received: T[] = [];
  ws.on('message', (data) => received.push(parse(JSON.parse(String(data)))));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return { ws, received, send: (message: object) => ws.send(JSON.stringify(message)) };
}

async function joinDevice(name: string) {
  const device = await client(server.participantSocketUrl, (d) => serverMessageSchema.parse(d));
  device.send({
    type: 'join',
    version: PROTOCOL_VERSION,
    code: server.joinCode,
    name,
    language: 'sv',
  });
  await expect.poll(() => device.received.some((m) => m.type === 'welcome')).toBe(true);
  const welcome = device.received.find((m) => m.type === 'welcome');
  return { ...device, participantId: welcome?.type === 'welcome' ? welcome.participantId : '' };
}

function host(): HostSession {
  const session = new HostSession(workshopId, server.hostSocketUrl, server.hostToken);
  sessions.push(session);
  session.connect();
  return session;
}

const lastView = (received: ServerMessage[]) => {
  const last = received.at(-1);
  return last?.type === 'state' || last?.type === 'welcome' ? last.view : null;
};

async function openRound(session: HostSession, number: number) {
  await changesRepo.record(() => ({
    kind: 'round.set',
    workshopId,
    round: number,
    from: null,
    to: { state: 'open', startedAt: 1, lockedAt: null, revealedAt: null },
  }));
  session.syncRounds();
}

describe('HostSession', () => {
  it('writes joins and answers as the workshop’s records and mirrors the round to devices', async () => {
    const session = host();
    await expect.poll(() => session.current().status).toBe('connected');
    const anna = await joinDevice('Anna');
    await expect
      .poll(() => db.participants.get(anna.participantId))
      .toMatchObject({
        workshopId,
        name: 'Anna',
        groupId: 'other',
        removedAt: null,
      });
    await expect.poll(() => session.current().progress?.seats.length).toBe(1);

    await openRound(session, 1);
    await expect.poll(() => lastView(anna.received)?.round).toEqual({ number: 1, status: 'open' });
    anna.send({ type: 'place', round: 1, modelId: A, position: { x: 0.2, y: 0.9 } });
    await expect
      .poll(() => db.votes.get([workshopId, 1, anna.participantId, A]))
      .toMatchObject({ value: { x: 0.2, y: 0.9 } });
    await expect.poll(() => lastView(anna.received)?.unsaved).toEqual([]);
    expect(lastView(anna.received)?.answers).toEqual([{ modelId: A, value: { x: 0.2, y: 0.9 } }]);
  });

  it('a change the server sends again after the host was away is written once and acked', async () => {
    // A host that reads a relayed change and drops before answering it.
    const raw = await client(server.hostSocketUrl, (d) => serverToHostMessageSchema.parse(d));
    raw.send({ type: 'hello', version: PROTOCOL_VERSION, token: server.hostToken });
    raw.send({ type: 'openRound', round: 1, modelIds: [A] });
    const anna = await joinDevice('Anna');
    raw.send({ type: 'ack', changeId: 1, accepted: true });
    await changesRepo.record(() => ({
      kind: 'participant.set',
      workshopId,
      participantId: anna.participantId,
      from: null,
      to: { name: 'Anna', groupId: 'other', createdAt: 1, removedAt: null },
    }));
    await changesRepo.record(() => ({
      kind: 'round.set',
      workshopId,
      round: 1,
      from: null,
      to: { state: 'open', startedAt: 1, lockedAt: null, revealedAt: null },
    }));
    anna.send({ type: 'place', round: 1, modelId: A, position: { x: 0.4, y: 0.6 } });
    await expect.poll(() => raw.received.some((m) => m.type === 'participantChange')).toBe(true);
    // The write happened before the drop; the ack never left.
    await changesRepo.record(() => ({
      kind: 'vote.set',
      workshopId,
      round: 1,
      participantId: anna.participantId,
      modelId: A,
      from: null,
      to: { x: 0.4, y: 0.6 },
    }));
    raw.ws.close();
    const before = (await workshopsRepo.get(workshopId))?.updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));

    host();
    await expect.poll(() => lastView(anna.received)?.unsaved).toEqual([]);
    expect(lastView(anna.received)?.answers).toEqual([{ modelId: A, value: { x: 0.4, y: 0.6 } }]);
    expect(await db.votes.count()).toBe(1);
    // Nothing was written a second time.
    expect((await workshopsRepo.get(workshopId))?.updatedAt).toBe(before);
  });

  it('after a reconnect, each seat gets the database’s answers, even ones made at the facilitator’s machine', async () => {
    const first = host();
    await expect.poll(() => first.current().status).toBe('connected');
    const anna = await joinDevice('Anna');
    await expect.poll(() => db.participants.get(anna.participantId)).toBeDefined();
    await openRound(first, 1);
    await expect.poll(() => lastView(anna.received)?.round?.number).toBe(1);
    first.close();
    // The facilitator placed for Anna while the page was away.
    await changesRepo.record(() => ({
      kind: 'vote.set',
      workshopId,
      round: 1,
      participantId: anna.participantId,
      modelId: A,
      from: null,
      to: 'skip',
    }));
    host();
    await expect
      .poll(() => lastView(anna.received)?.answers)
      .toEqual([{ modelId: A, value: 'skip' }]);
  });

  it('keeps token digests, never tokens, and gives every seat back on a restarted server', async () => {
    const first = host();
    await expect.poll(() => first.current().status).toBe('connected');
    const anna = await joinDevice('Anna');
    const welcome = anna.received.find((m) => m.type === 'welcome');
    const token = welcome?.type === 'welcome' ? welcome.token : '';
    await openRound(first, 1);
    await expect.poll(() => lastView(anna.received)?.round?.number).toBe(1);
    anna.send({ type: 'place', round: 1, modelId: A, position: { x: 0.3, y: 0.7 } });
    await expect.poll(() => db.votes.count()).toBe(1);
    const kept = await sessionSeatsRepo.list(workshopId);
    expect(kept).toEqual([
      { participantId: anna.participantId, tokenDigest: expect.any(String), seat: 1 },
    ]);
    expect(JSON.stringify(await db.settings.toArray())).not.toContain(token);

    // The server goes away and comes back at the same ports with the same code and token.
    const { port, hostPort, joinCode, hostToken } = server;
    anna.ws.terminate();
    await server.stop();
    server = await startSessionServer({
      port,
      hostPort,
      joinCode,
      hostToken,
      timings: { heartbeatMs: 60_000, closeGraceMs: 50 },
    });

    // As the page does: resume, and try again while the server waits for the host's seats.
    const resume = async () => {
      const next = await client(server.participantSocketUrl, (d) => serverMessageSchema.parse(d));
      next.send({ type: 'resume', version: PROTOCOL_VERSION, token });
      await expect.poll(() => next.received.length).toBeGreaterThan(0);
      return next;
    };
    let device = await resume();
    expect(device.received[0]).toMatchObject({ type: 'error', code: 'session-starting' });
    await expect
      .poll(
        async () => {
          device = await resume();
          return device.received[0]?.type;
        },
        { timeout: 8000 },
      )
      .toBe('welcome');
    await expect
      .poll(() => lastView(device.received)?.answers)
      .toEqual([{ modelId: A, value: { x: 0.3, y: 0.7 } }]);
    const back = device.received.find((m) => m.type === 'welcome');
    expect(back?.type === 'welcome' && back.participantId).toBe(anna.participantId);
    // Nothing in the workshop changed.
    expect(await db.participants.count()).toBe(1);
    expect(await db.votes.count()).toBe(1);

    // Ending the session forgets the digests: the tokens are over.
    first.end();
    await expect.poll(() => sessionSeatsRepo.list(workshopId)).toEqual([]);
  });

  it('offers the workshop’s groups and, when anonymous, keeps no names', async () => {
    const workshop = await workshopsRepo.get(workshopId);
    if (!workshop) throw new Error('no workshop');
    await db.workshops.put({ ...workshop, setup: { ...workshop.setup, anonymous: true } });
    const session = host();
    await expect.poll(() => session.current().status).toBe('connected');
    const device = await client(server.participantSocketUrl, (d) => serverMessageSchema.parse(d));
    device.send({ type: 'joinOptions', version: PROTOCOL_VERSION, code: server.joinCode });
    await expect
      .poll(() => device.received.find((m) => m.type === 'joinOptions'))
      .toEqual({
        type: 'joinOptions',
        groups: workshop.setup.groups.map(({ id, name }) => ({ id, name })),
        names: false,
      });
    device.send({
      type: 'join',
      version: PROTOCOL_VERSION,
      code: server.joinCode,
      name: 'Eve',
      groupId: 'council',
      language: 'sv',
    });
    await expect.poll(() => device.received.some((m) => m.type === 'welcome')).toBe(true);
    const welcome = device.received.find((m) => m.type === 'welcome');
    const id = welcome?.type === 'welcome' ? welcome.participantId : '';
    await expect
      .poll(() => db.participants.get(id))
      .toMatchObject({ name: '', groupId: 'council' });
  });
});
