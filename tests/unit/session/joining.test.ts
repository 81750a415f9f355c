import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, TOKEN_PATTERN } from '@shared/protocol/limits';
import {
  MODEL_A,
  MODEL_B,
  ackChanges,
  closeCode,
  connectDevice,
  connectHost,
  joinDevice,
  nextRelayed,
  startTestServer,
} from './sessionKit';

describe('joining a session', () => {
  it('exchanges the join code for a device token, a seat and the full view', async () => {
    const server = await startTestServer();
    expect(server.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    const host = await connectHost(server);
    const { welcome } = await joinDevice(server, '  Anna\u202E Berg\n');
    expect(welcome.token).toMatch(TOKEN_PATTERN);
    expect(welcome.seat).toBe(1);
    expect(welcome.view).toEqual({
      hostPresent: true,
      round: null,
      models: [],
      answers: [],
      unsaved: [],
      ready: false,
      pooled: null,
    });
    const joined = await nextRelayed(host);
    expect(joined).toMatchObject({
      type: 'participantJoined',
      participantId: welcome.participantId,
      seat: 1,
      name: 'Anna Berg',
      groupId: null,
      language: 'sv',
    });
    const second = await joinDevice(server, 'Bo');
    expect(second.welcome.seat).toBe(2);
    expect(second.welcome.token).not.toBe(welcome.token);
  });

  it('accepts the code as people type it: lower case, spaces and dashes', async () => {
    const server = await startTestServer();
    const device = await connectDevice(server);
    const typed = `${server.joinCode.slice(0, 3).toLowerCase()} - ${server.joinCode.slice(3)}`;
    device.send({ type: 'join', version: PROTOCOL_VERSION, code: typed, language: 'en' });
    await expect(device.next('welcome')).resolves.toMatchObject({ seat: 1 });
  });

  it('refuses a wrong code with an error and keeps the connection for another try', async () => {
    const server = await startTestServer();
    const device = await connectDevice(server);
    const wrong = server.joinCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    device.send({ type: 'join', version: PROTOCOL_VERSION, code: wrong, language: 'sv' });
    expect(await device.next('error')).toMatchObject({ code: 'wrong-code' });
    device.send({ type: 'join', version: PROTOCOL_VERSION, code: server.joinCode, language: 'sv' });
    await expect(device.next('welcome')).resolves.toMatchObject({ seat: 1 });
  });

  it('closes an address that keeps guessing codes', async () => {
    const server = await startTestServer({
      limits: { failedJoinsPerAddress: { burst: 3, perSecond: 0 } },
    });
    const device = await connectDevice(server);
    const wrong = server.joinCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    for (let i = 0; i < 3; i++) {
      device.send({ type: 'join', version: PROTOCOL_VERSION, code: wrong, language: 'sv' });
      expect(await device.next('error')).toMatchObject({ code: 'wrong-code' });
    }
    device.send({ type: 'join', version: PROTOCOL_VERSION, code: server.joinCode, language: 'sv' });
    expect(await device.next('error')).toMatchObject({ code: 'too-many-attempts' });
    expect(await closeCode(device)).toBe(1008);
    // Another connection from the same address is refused too, even with the right code.
    const again = await connectDevice(server);
    again.send({ type: 'join', version: PROTOCOL_VERSION, code: server.joinCode, language: 'sv' });
    expect(await again.next('error')).toMatchObject({ code: 'too-many-attempts' });
  });

  it('refuses changes before joining, and a second join', async () => {
    const server = await startTestServer();
    const device = await connectDevice(server);
    device.send({ type: 'ready', round: 1, ready: true });
    expect(await device.next('error')).toMatchObject({ code: 'not-joined' });
    device.send({ type: 'join', version: PROTOCOL_VERSION, code: server.joinCode, language: 'sv' });
    await device.next('welcome');
    device.send({ type: 'join', version: PROTOCOL_VERSION, code: server.joinCode, language: 'sv' });
    expect(await device.next('error')).toMatchObject({ code: 'already-joined' });
  });

  it('names a page of another protocol version', async () => {
    const server = await startTestServer();
    const device = await connectDevice(server);
    device.send({
      type: 'join',
      version: PROTOCOL_VERSION + 1,
      code: server.joinCode,
      language: 'sv',
    });
    expect(await device.next('error')).toMatchObject({ code: 'unsupported-version' });
  });

  it('closes a connection that does not join in time', async () => {
    const server = await startTestServer({ timings: { authTimeoutMs: 30 } });
    const device = await connectDevice(server);
    expect(await closeCode(device)).toBe(4001);
  });

  it('honours the room lock and the participant cap, yet lets people resume', async () => {
    const server = await startTestServer({ limits: { maxSeats: 1 } });
    const first = await joinDevice(server, 'Ann');
    const full = await connectDevice(server);
    full.send({ type: 'join', version: PROTOCOL_VERSION, code: server.joinCode, language: 'sv' });
    expect(await full.next('error')).toMatchObject({ code: 'room-full' });

    const host = await connectHost(server);
    host.send({ type: 'setJoining', open: false });
    first.device.ws.terminate();
    await first.device.closed;
    const back = await connectDevice(server);
    back.send({ type: 'resume', version: PROTOCOL_VERSION, token: first.welcome.token });
    await expect(back.next('welcome')).resolves.toMatchObject({ seat: 1 });
    full.send({ type: 'join', version: PROTOCOL_VERSION, code: server.joinCode, language: 'sv' });
    expect(await full.next('error')).toMatchObject({ code: 'room-locked' });
  });
});

describe('returning with the device token', () => {
  it('returns the person to the same seat with their answers', async () => {
    const server = await startTestServer();
    const host = await connectHost(server);
    const { device, welcome } = await joinDevice(server, 'Ann');
    await ackChanges(host, 1);
    host.send({ type: 'openRound', round: 1, modelIds: [MODEL_A, MODEL_B] });
    device.send({ type: 'place', round: 1, modelId: MODEL_A, position: { x: 0.2, y: 0.9 } });
    device.send({ type: 'skip', round: 1, modelId: MODEL_B });
    await ackChanges(host, 2);
    await device.next('state', (m) => m.view.unsaved.length === 0 && m.view.answers.length === 2);
    device.ws.terminate();
    await device.closed;

    const back = await connectDevice(server);
    back.send({ type: 'resume', version: PROTOCOL_VERSION, token: welcome.token });
    const again = await back.next('welcome');
    expect(again).toMatchObject({
      participantId: welcome.participantId,
      seat: 1,
      token: welcome.token,
    });
    expect(again.view).toMatchObject({
      round: { number: 1, status: 'open' },
      models: [MODEL_A, MODEL_B],
      answers: [
        { modelId: MODEL_A, value: { x: 0.2, y: 0.9 } },
        { modelId: MODEL_B, value: 'skip' },
      ],
      unsaved: [],
    });
  });

  it('closes the older connection when the same device comes back on a new one', async () => {
    const server = await startTestServer();
    const { device, welcome } = await joinDevice(server);
    const back = await connectDevice(server);
    back.send({ type: 'resume', version: PROTOCOL_VERSION, token: welcome.token });
    await back.next('welcome');
    expect(await device.next('closing')).toEqual({ type: 'closing', reason: 'replaced' });
    expect(await closeCode(device)).toBe(4003);
  });

  it('tells an unknown token from one the host removed', async () => {
    const server = await startTestServer();
    const host = await connectHost(server);
    const { device, welcome } = await joinDevice(server);
    const other = await connectDevice(server);
    other.send({ type: 'resume', version: PROTOCOL_VERSION, token: 'A'.repeat(32) });
    expect(await other.next('error')).toMatchObject({ code: 'unknown-token' });

    host.send({ type: 'removeParticipant', participantId: welcome.participantId });
    expect(await device.next('closing')).toEqual({ type: 'closing', reason: 'removed' });
    expect(await closeCode(device)).toBe(4004);
    other.send({ type: 'resume', version: PROTOCOL_VERSION, token: welcome.token });
    expect(await other.next('error')).toMatchObject({ code: 'token-expired' });
  });

  it('does not accept a token of an ended session', async () => {
    const first = await startTestServer();
    const { welcome } = await joinDevice(first);
    await first.stop('session-ended');
    const next = await startTestServer();
    const device = await connectDevice(next);
    device.send({ type: 'resume', version: PROTOCOL_VERSION, token: welcome.token });
    expect(await device.next('error')).toMatchObject({ code: 'unknown-token' });
  });
});
