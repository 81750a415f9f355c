import { describe, expect, it } from 'vitest';
import { MAX_PARTICIPANT_MESSAGE_BYTES, PROTOCOL_VERSION } from '@shared/protocol/limits';
import { MALFORMED } from './malformedCorpus';
import {
  MODEL_A,
  ackChanges,
  closeCode,
  connectDevice,
  connectHost,
  joinDevice,
  startTestServer,
  upgradeStatus,
} from './sessionKit';

const relaxed = {
  perConnection: { burst: 100_000, perSecond: 0 },
  perAddress: { burst: 100_000, perSecond: 0 },
};

describe('the upgrade', () => {
  it('refuses a foreign Origin with 403 and a foreign Host with 400', async () => {
    const server = await startTestServer();
    const url = server.participantSocketUrl;
    const own = `http://127.0.0.1:${server.port}`;
    expect(await upgradeStatus(url, { origin: 'http://evil.example' })).toBe(403);
    expect(await upgradeStatus(url, { origin: 'null' })).toBe(403);
    expect(await upgradeStatus(url, { origin: `http://127.0.0.1:${server.port + 1}` })).toBe(403);
    expect(await upgradeStatus(url, { origin: `https://127.0.0.1:${server.port}` })).toBe(403);
    expect(await upgradeStatus(url, { headers: { host: `evil.example:${server.port}` } })).toBe(
      400,
    );
    expect(await upgradeStatus(url, { headers: { host: `127.0.0.1:${server.port + 1}` } })).toBe(
      400,
    );
    expect(await upgradeStatus(url.replace('/ws', '/other'))).toBe(404);
    expect(await upgradeStatus(url, { origin: own })).toBe(101);
    expect(await upgradeStatus(url, { origin: `http://localhost:${server.port}` })).toBe(101);
  });

  it('limits upgrades per address and open sockets', async () => {
    const perAddress = await startTestServer({
      limits: { upgradesPerAddress: { burst: 2, perSecond: 0 } },
    });
    expect(await upgradeStatus(perAddress.participantSocketUrl)).toBe(101);
    expect(await upgradeStatus(perAddress.participantSocketUrl)).toBe(101);
    expect(await upgradeStatus(perAddress.participantSocketUrl)).toBe(429);

    const capped = await startTestServer({ limits: { maxConnections: 2 } });
    await connectDevice(capped);
    await connectDevice(capped);
    expect(await upgradeStatus(capped.participantSocketUrl)).toBe(503);
  });
});

describe('messages', () => {
  it('closes the connection on an oversize message with 1009', async () => {
    const server = await startTestServer();
    const { device } = await joinDevice(server);
    device.sendRaw(
      JSON.stringify({ type: 'ping', pad: 'x'.repeat(MAX_PARTICIPANT_MESSAGE_BYTES) }),
    );
    expect(await closeCode(device)).toBe(1009);
    await expect(joinDevice(server)).resolves.toMatchObject({ welcome: { seat: 2 } });
  });

  it(`answers each of ${MALFORMED.length} malformed messages with an error and keeps serving`, async () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(40);
    const server = await startTestServer({ limits: relaxed });
    const host = await connectHost(server);
    const { device } = await joinDevice(server, 'Ann');
    await ackChanges(host, 1);
    host.send({ type: 'openRound', round: 1, modelIds: [MODEL_A] });
    await device.next('state', (m) => m.view.round !== null);
    device.clear();

    for (const entry of MALFORMED) {
      if (typeof entry === 'string') device.sendRaw(entry);
      else device.sendRaw(entry, true);
      const error = await device.next('error');
      expect(error.code, JSON.stringify(String(entry).slice(0, 80))).toBe('invalid-message');
    }
    expect(device.received.filter((m) => m.type !== 'error')).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await host.arrives('participantChange')).toBe(false);

    // The same connection still works, and so does everyone else's.
    device.send({ type: 'ping' });
    await device.next('pong');
    device.send({ type: 'place', round: 1, modelId: MODEL_A, position: { x: 0.5, y: 0.5 } });
    await expect(ackChanges(host, 1)).resolves.toHaveLength(1);
    await expect(joinDevice(server, 'Bo')).resolves.toMatchObject({ welcome: { seat: 2 } });
  });

  it('survives thousands of mutated messages without a crash', async () => {
    const server = await startTestServer({ limits: relaxed });
    const { device } = await joinDevice(server, 'Ann');
    const valid = [
      '{"type":"place","round":1,"modelId":"land-use-and-planning","position":{"x":0.5,"y":0.5}}',
      `{"type":"join","version":1,"code":"${server.joinCode}","name":"Anna","language":"sv"}`,
      '{"type":"ready","round":1,"ready":true}',
    ];
    const random = seeded(20261203);
    const count = 2000;
    for (let i = 0; i < count; i++) {
      const chars = [...(valid[i % valid.length] ?? '')];
      for (let edits = 1 + Math.floor(random() * 4); edits > 0; edits--) {
        const at = Math.floor(random() * chars.length);
        const junk = String.fromCharCode(Math.floor(random() * 0x7f));
        if (random() < 0.5) chars.splice(at, 1);
        else chars.splice(at, 0, junk);
      }
      device.sendRaw(chars.join(''));
    }
    device.send({ type: 'ping' });
    await device.next('pong');
    // One answer per message, in order: an error for each (unreadable, or not allowed now).
    expect(device.received).toHaveLength(count);
    expect(device.received.every((m) => m.type === 'error')).toBe(true);
    await expect(joinDevice(server, 'Bo')).resolves.toMatchObject({ welcome: { seat: 2 } });
  });

  it('closes a text frame that is not UTF-8 (1007) and goes on serving others', async () => {
    const server = await startTestServer();
    const { device } = await joinDevice(server);
    device.sendRaw(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), false);
    expect(await closeCode(device)).toBe(1007);
    await expect(joinDevice(server)).resolves.toMatchObject({ welcome: { seat: 2 } });
  });

  it('keeps what a page of ours may send: right-to-left, emoji and stray control characters', async () => {
    const server = await startTestServer();
    const host = await connectHost(server);
    const names = [
      'مريم',
      'Zoë 👩‍👩‍👧 🇸🇪',
      'שלום\u200F abc',
      'Ann\u0000\u0007a\u202Eb\u2066c',
      '<b>Bo</b>',
    ];
    for (const name of names) await joinDevice(server, name);
    const joined = await ackChanges(host, names.length);
    expect(joined.map((m) => m.type === 'participantJoined' && m.name)).toEqual([
      'مريم',
      'Zoë 👩‍👩‍👧 🇸🇪',
      'שלום\u200F abc',
      'Annabc',
      '<b>Bo</b>',
    ]);
  });
});

describe('rate limits', () => {
  it('throttles a flood, tells the device once, then closes it (1008)', async () => {
    const server = await startTestServer({
      limits: { perConnection: { burst: 5, perSecond: 0 }, floodCloseAfter: 10 },
    });
    const flooder = await connectDevice(server);
    for (let i = 0; i < 30; i++) flooder.send({ type: 'ping' });
    expect(await closeCode(flooder)).toBe(1008);
    expect(flooder.received.map((m) => m.type)).toEqual([
      ...Array<string>(5).fill('pong'),
      'error',
    ]);
    expect(flooder.received[5]).toMatchObject({ code: 'rate-limited' });
    const other = await connectDevice(server);
    other.send({ type: 'ping' });
    await expect(other.next('pong')).resolves.toEqual({ type: 'pong' });
  });

  it('counts every connection of one address together', async () => {
    const server = await startTestServer({ limits: { perAddress: { burst: 8, perSecond: 0 } } });
    const first = await connectDevice(server);
    const second = await connectDevice(server);
    for (let i = 0; i < 5; i++) first.send({ type: 'ping' });
    for (let i = 0; i < 5; i++) second.send({ type: 'ping' });
    await second.next('error');
    const pongs = [...first.received, ...second.received].filter((m) => m.type === 'pong');
    expect(pongs).toHaveLength(8);
  });

  it('lets a throttled device go on once its bucket has refilled', async () => {
    let now = 0;
    const server = await startTestServer({
      now: () => now,
      limits: { perConnection: { burst: 2, perSecond: 1 }, floodCloseAfter: 10 },
    });
    const device = await connectDevice(server);
    for (let i = 0; i < 3; i++) device.send({ type: 'ping' });
    expect(await device.next('error')).toMatchObject({ code: 'rate-limited' });
    now += 1000;
    device.send({ type: 'ping' });
    await device.next('pong');
    await device.next('pong');
    await device.next('pong');
  });
});

describe('liveness', () => {
  it('cuts a device that stops answering pings, and keeps one that answers', async () => {
    const server = await startTestServer({ timings: { heartbeatMs: 20 } });
    const silent = await connectDevice(server, { autoPong: false });
    const lively = await connectDevice(server);
    expect(await closeCode(silent)).toBe(1006);
    expect(lively.ws.readyState).toBe(lively.ws.OPEN);
  });

  it('closes a device that has been silent past the idle timeout', async () => {
    const server = await startTestServer({ timings: { idleTimeoutMs: 40 } });
    const device = await connectDevice(server);
    device.send({ type: 'join', version: PROTOCOL_VERSION, code: server.joinCode, language: 'sv' });
    await device.next('welcome');
    expect(await closeCode(device)).toBe(4002);
  });
});

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
