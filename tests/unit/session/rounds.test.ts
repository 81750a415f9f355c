import { describe, expect, it } from 'vitest';
import type { PooledModelView } from '@shared/protocol/pooledView';
import {
  MODEL_A,
  MODEL_B,
  MODEL_C,
  ackChanges,
  connectHost,
  joinDevice,
  startTestServer,
  type Device,
  type Host,
} from './sessionKit';

/** A server, its host, and `names.length` devices whose joins the host accepted. */
async function workshop(names: readonly string[]) {
  const server = await startTestServer();
  const host = await connectHost(server);
  const people: { device: Device; participantId: string }[] = [];
  for (const name of names) {
    const { device, welcome } = await joinDevice(server, name);
    people.push({ device, participantId: welcome.participantId });
  }
  await ackChanges(host, names.length);
  return { server, host, people };
}

function openRound(host: Host, round = 1, modelIds = [MODEL_A, MODEL_B]) {
  host.send({ type: 'openRound', round, modelIds });
}

const pooledA: PooledModelView = {
  modelId: MODEL_A,
  placed: 2,
  skipped: 0,
  median: { x: 0.3, y: 0.7 },
  x: { q1: 0.25, median: 0.3, q3: 0.35 },
  y: { q1: 0.65, median: 0.7, q3: 0.75 },
  agreement: 1,
  consensus: true,
};

describe('a round seen from the devices', () => {
  it('relays a placement to the host and confirms it to the device once the host acks', async () => {
    const { host, people } = await workshop(['Ann']);
    const [ann] = people;
    if (!ann) throw new Error('no device');
    openRound(host);
    await ann.device.next('state', (m) => m.view.round?.status === 'open');
    ann.device.send({ type: 'place', round: 1, modelId: MODEL_A, position: { x: 0.1, y: 0.8 } });
    const waiting = await ann.device.next('state', (m) => m.view.answers.length === 1);
    expect(waiting.view.unsaved).toEqual([MODEL_A]);
    const [relayed] = await ackChanges(host, 1);
    expect(relayed).toMatchObject({
      type: 'participantChange',
      participantId: ann.participantId,
      round: 1,
      change: { kind: 'vote', modelId: MODEL_A, value: { x: 0.1, y: 0.8 } },
    });
    const saved = await ann.device.next('state', (m) => m.view.unsaved.length === 0);
    expect(saved.view.answers).toEqual([{ modelId: MODEL_A, value: { x: 0.1, y: 0.8 } }]);
  });

  it('checks place, move and remove against the person’s own answers and the models in play', async () => {
    const { host, people } = await workshop(['Ann']);
    const device = people[0]?.device as Device;
    openRound(host);
    const at = { x: 0.5, y: 0.5 };
    device.send({ type: 'move', round: 1, modelId: MODEL_A, position: at });
    expect(await device.next('error')).toMatchObject({ code: 'not-placed', modelId: MODEL_A });
    device.send({ type: 'remove', round: 1, modelId: MODEL_A });
    expect(await device.next('error')).toMatchObject({ code: 'not-placed' });
    device.send({ type: 'place', round: 1, modelId: MODEL_C, position: at });
    expect(await device.next('error')).toMatchObject({ code: 'model-not-in-play' });
    device.send({ type: 'place', round: 2, modelId: MODEL_A, position: at });
    expect(await device.next('error')).toMatchObject({ code: 'wrong-round' });
    device.send({ type: 'place', round: 1, modelId: MODEL_A, position: at });
    device.send({ type: 'place', round: 1, modelId: MODEL_A, position: at });
    expect(await device.next('error')).toMatchObject({ code: 'already-placed' });
    device.send({ type: 'move', round: 1, modelId: MODEL_A, position: { x: 1, y: 0 } });
    device.send({ type: 'remove', round: 1, modelId: MODEL_A });
    const changes = await ackChanges(host, 3);
    expect(changes.map((c) => c.type === 'participantChange' && c.change)).toEqual([
      { kind: 'vote', modelId: MODEL_A, value: at },
      { kind: 'vote', modelId: MODEL_A, value: { x: 1, y: 0 } },
      { kind: 'clear', modelId: MODEL_A },
    ]);
  });

  it('tells the person when the host refuses a change and shows the host’s answers', async () => {
    const { host, people } = await workshop(['Ann']);
    const device = people[0]?.device as Device;
    openRound(host);
    device.send({ type: 'place', round: 1, modelId: MODEL_B, position: { x: 0.4, y: 0.4 } });
    await ackChanges(host, 1, false);
    expect(await device.next('error')).toMatchObject({ code: 'change-refused', modelId: MODEL_B });
    const after = await device.next('state', (m) => m.view.unsaved.length === 0);
    expect(after.view.answers).toEqual([]);
  });

  it('refuses every change once the round is locked, and the host hears of none', async () => {
    const { host, people } = await workshop(['Ann']);
    const device = people[0]?.device as Device;
    openRound(host);
    host.send({ type: 'lockRound', round: 1 });
    await device.next('state', (m) => m.view.round?.status === 'locked');
    device.send({ type: 'place', round: 1, modelId: MODEL_A, position: { x: 0.5, y: 0.5 } });
    device.send({ type: 'skip', round: 1, modelId: MODEL_B });
    device.send({ type: 'ready', round: 1, ready: true });
    for (let i = 0; i < 3; i++)
      expect(await device.next('error')).toMatchObject({ code: 'round-locked' });
    expect(await host.arrives('participantChange')).toBe(false);
  });

  it('reaches every device at once with a reveal and a next round', async () => {
    const { host, people } = await workshop(['Ann', 'Bo', 'Cy']);
    openRound(host);
    host.send({ type: 'lockRound', round: 1 });
    host.send({ type: 'revealRound', round: 1 });
    const revealed = await Promise.all(
      people.map(({ device }) => device.next('state', (m) => m.view.round?.status === 'revealed')),
    );
    expect(revealed.map((m) => m.view.round)).toEqual(
      people.map(() => ({ number: 1, status: 'revealed' })),
    );
    host.send({ type: 'nextRound', round: 2, modelIds: [MODEL_A] });
    const next = await Promise.all(
      people.map(({ device }) => device.next('state', (m) => m.view.round?.number === 2)),
    );
    expect(next.every((m) => m.view.round?.status === 'open' && m.view.models.length === 1)).toBe(
      true,
    );
  });

  it('never shows a device anyone else’s answers, and the pooled view only once released', async () => {
    const { host, people } = await workshop(['Ann', 'Bo']);
    const [ann, bo] = people.map((p) => p.device) as [Device, Device];
    openRound(host);
    ann.send({ type: 'place', round: 1, modelId: MODEL_A, position: { x: 0.123, y: 0.987 } });
    await ackChanges(host, 1);
    await ann.next('state', (m) => m.view.answers.length === 1 && m.view.unsaved.length === 0);
    host.send({ type: 'releasePooled', round: 1, models: [pooledA] });
    expect(await host.next('hostError')).toMatchObject({ code: 'pooled-not-revealed' });
    host.send({ type: 'lockRound', round: 1 });
    host.send({ type: 'revealRound', round: 1 });
    host.send({ type: 'releasePooled', round: 1, models: [pooledA] });
    const released = await bo.next('state', (m) => m.view.pooled !== null);
    expect(released.view.pooled).toEqual({ round: 1, models: [pooledA] });
    await ann.next('state', (m) => m.view.pooled !== null);
    const seenByBo = JSON.stringify(bo.received) + JSON.stringify(released);
    expect(seenByBo).not.toContain('0.123');
    expect(seenByBo).not.toContain(people[0]?.participantId);
    // A revision round keeps the released view of the round before; an undone reveal takes it back.
    host.send({ type: 'nextRound', round: 2, modelIds: [MODEL_A, MODEL_B] });
    const revision = await ann.next('state', (m) => m.view.round?.number === 2);
    expect(revision.view.pooled?.round).toBe(1);
    expect(revision.view.answers).toEqual([{ modelId: MODEL_A, value: { x: 0.123, y: 0.987 } }]);
    host.send({ type: 'openRound', round: 3, modelIds: [MODEL_A] });
    const fresh = await ann.next('state', (m) => m.view.round?.number === 3);
    expect(fresh.view).toMatchObject({ pooled: null, answers: [] });
  });

  it('tells the host how many have not said they are done, with their names', async () => {
    const { host, people } = await workshop(['Ann', 'Bo']);
    openRound(host);
    const atOpen = await host.next('progress', (m) => m.round === 1);
    expect(atOpen.notReady).toEqual({
      count: 2,
      names: people.map((p, i) => ({
        participantId: p.participantId,
        seat: i + 1,
        name: ['Ann', 'Bo'][i],
      })),
    });
    people[1]?.device.send({ type: 'ready', round: 1, ready: true });
    const [relayed] = await ackChanges(host, 1);
    expect(relayed).toMatchObject({ change: { kind: 'ready', ready: true } });
    const after = await host.next('progress', (m) => m.round === 1 && m.notReady.count === 1);
    expect(after.notReady.names.map((n) => n.name)).toEqual(['Ann']);
    expect(after.seats.map((s) => [s.name, s.connected, s.ready])).toEqual([
      ['Ann', true, false],
      ['Bo', true, true],
    ]);
    people[0]?.device.ws.terminate();
    const gone = await host.next('progress', (m) => m.seats[0]?.connected === false);
    expect(gone.notReady.count).toBe(1);
  });

  it('puts the host’s own record of a person’s answers on their device', async () => {
    const { host, people } = await workshop(['Ann']);
    const [ann] = people;
    openRound(host);
    host.send({
      type: 'seatAnswers',
      round: 1,
      participantId: ann?.participantId ?? '',
      answers: [
        { modelId: MODEL_B, value: { x: 0, y: 1 } },
        { modelId: MODEL_C, value: 'skip' },
      ],
    });
    const state = await ann?.device.next('state', (m) => m.view.answers.length > 0);
    // MODEL_C is not in play, so it is not shown.
    expect(state?.view.answers).toEqual([{ modelId: MODEL_B, value: { x: 0, y: 1 } }]);
    host.send({ type: 'seatAnswers', round: 1, participantId: 'nobody', answers: [] });
    expect(await host.next('hostError')).toMatchObject({ code: 'unknown-participant' });
  });
});
