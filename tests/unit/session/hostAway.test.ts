import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@shared/protocol/limits';
import {
  MODEL_A,
  MODEL_B,
  MODEL_C,
  ackChanges,
  closeCode,
  connectHost,
  joinDevice,
  nextRelayed,
  openHostSocket,
  resumeDevice,
  startTestServer,
  upgradeStatus,
} from './sessionKit';

describe('when the host is away', () => {
  it('queues changes in order and loses none of them when the host comes back', async () => {
    const server = await startTestServer();
    const host = await connectHost(server);
    const ann = await joinDevice(server, 'Ann');
    await ackChanges(host, 1);
    host.send({ type: 'openRound', round: 1, modelIds: [MODEL_A, MODEL_B, MODEL_C] });
    await ann.device.next('state', (m) => m.view.round?.status === 'open');
    host.ws.terminate();
    await ann.device.next('state', (m) => !m.view.hostPresent);

    const { device } = ann;
    device.send({ type: 'place', round: 1, modelId: MODEL_A, position: { x: 0.1, y: 0.1 } });
    device.send({ type: 'place', round: 1, modelId: MODEL_B, position: { x: 0.2, y: 0.2 } });
    device.send({ type: 'move', round: 1, modelId: MODEL_A, position: { x: 0.9, y: 0.9 } });
    device.send({ type: 'skip', round: 1, modelId: MODEL_C });
    device.send({ type: 'ready', round: 1, ready: true });
    const bo = await joinDevice(server, 'Bo');
    expect(bo.welcome.view.hostPresent).toBe(false);
    const waiting = await device.next('state', (m) => m.view.ready);
    expect(waiting.view).toMatchObject({
      hostPresent: false,
      answers: [
        { modelId: MODEL_A, value: { x: 0.9, y: 0.9 } },
        { modelId: MODEL_B, value: { x: 0.2, y: 0.2 } },
        { modelId: MODEL_C, value: 'skip' },
      ],
      unsaved: [MODEL_A, MODEL_B, MODEL_C],
    });

    // A device that reconnects while the host is away still sees what it did.
    device.ws.terminate();
    const back = await resumeDevice(server, ann.welcome.token);
    expect(back.welcome.view.unsaved).toEqual([MODEL_A, MODEL_B, MODEL_C]);

    const again = await connectHost(server);
    const relayed = await ackChanges(again, 5);
    // The move replaced the unsent placement of MODEL_A: the host gets the newest answer only.
    expect(relayed.map((m) => (m.type === 'participantChange' ? m.change : m.name))).toEqual([
      { kind: 'vote', modelId: MODEL_B, value: { x: 0.2, y: 0.2 } },
      { kind: 'vote', modelId: MODEL_A, value: { x: 0.9, y: 0.9 } },
      { kind: 'vote', modelId: MODEL_C, value: 'skip' },
      { kind: 'ready', ready: true },
      'Bo',
    ]);
    const saved = await back.device.next(
      'state',
      (m) => m.view.hostPresent && m.view.unsaved.length === 0,
    );
    expect(saved.view.answers).toHaveLength(3);
    expect(saved.view.ready).toBe(true);
  });

  it('sends again what the host received but never acknowledged', async () => {
    const server = await startTestServer();
    const host = await connectHost(server);
    const { device } = await joinDevice(server, 'Ann');
    await ackChanges(host, 1);
    host.send({ type: 'openRound', round: 1, modelIds: [MODEL_A] });
    await device.next('state', (m) => m.view.round !== null);
    device.send({ type: 'place', round: 1, modelId: MODEL_A, position: { x: 0.3, y: 0.6 } });
    const first = await nextRelayed(host);
    host.ws.terminate();
    await device.next('state', (m) => !m.view.hostPresent);

    const again = await connectHost(server);
    const resent = await nextRelayed(again);
    expect(resent).toEqual(first);
    again.send({ type: 'ack', changeId: resent.changeId, accepted: true });
    const saved = await device.next(
      'state',
      (m) => m.view.hostPresent && m.view.unsaved.length === 0,
    );
    expect(saved.view.answers).toEqual([{ modelId: MODEL_A, value: { x: 0.3, y: 0.6 } }]);
    again.send({ type: 'ack', changeId: resent.changeId, accepted: true });
    expect(await again.next('hostError')).toMatchObject({
      code: 'unknown-change',
      changeId: resent.changeId,
    });
  });

  it('refuses changes with host-away once the queue is full', async () => {
    const server = await startTestServer({ limits: { maxPendingChanges: 3 } });
    const host = await connectHost(server);
    const { device } = await joinDevice(server, 'Ann');
    await ackChanges(host, 1);
    host.send({ type: 'openRound', round: 1, modelIds: [MODEL_A, MODEL_B, MODEL_C] });
    await device.next('state', (m) => m.view.round !== null);
    host.ws.terminate();
    await device.next('state', (m) => !m.view.hostPresent);
    for (const modelId of [MODEL_A, MODEL_B, MODEL_C]) {
      device.send({ type: 'place', round: 1, modelId, position: { x: 0.5, y: 0.5 } });
    }
    device.send({ type: 'ready', round: 1, ready: true });
    expect(await device.next('error')).toMatchObject({ code: 'host-away' });
    // Replacing an answer that already waits needs no room: the newer one takes its place.
    device.send({ type: 'move', round: 1, modelId: MODEL_A, position: { x: 0, y: 0 } });
    expect(await device.arrives('error')).toBe(false);
  });
});

describe('the host connection', () => {
  it('needs the host token before anything else', async () => {
    const server = await startTestServer();
    const early = await openHostSocket(server);
    early.send({ type: 'setJoining', open: false });
    expect(await closeCode(early)).toBe(4006);
    const wrong = await openHostSocket(server);
    wrong.send({ type: 'hello', version: PROTOCOL_VERSION, token: 'B'.repeat(32) });
    expect(await closeCode(wrong)).toBe(4006);
    // Nothing they sent took effect: the room is still open.
    await expect(joinDevice(server)).resolves.toMatchObject({ welcome: { seat: 1 } });
  });

  it('keeps one host: a second hello with the token replaces the first', async () => {
    const server = await startTestServer();
    const first = await connectHost(server);
    await connectHost(server);
    expect(await closeCode(first)).toBe(4003);
  });

  it('is refused on the participants’ listener and from a foreign origin', async () => {
    const server = await startTestServer();
    const wrongPath = server.participantSocketUrl.replace('/ws', '/host');
    await expect(upgradeStatus(wrongPath)).resolves.toBe(404);
    await expect(
      upgradeStatus(server.hostSocketUrl, { origin: 'http://evil.example' }),
    ).resolves.toBe(403);
    await expect(upgradeStatus(server.hostSocketUrl, { origin: 'app://bundle' })).resolves.toBe(
      101,
    );
  });
});
