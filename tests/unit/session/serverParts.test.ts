import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../electron/session/cliArgs';
import { chooseAddress, listInterfaces } from '../../../electron/session/interfaces';
import { PendingChanges, type PendingChange } from '../../../electron/session/pendingChanges';
import { checkHost, checkOrigin, checkUpgrade } from '../../../electron/session/requestChecks';
import { digestOf, findByDigest, makeJoinCode, makeToken } from '../../../electron/session/secrets';
import { TokenBucket } from '../../../electron/session/tokenBucket';

const table = {
  lo: [
    {
      address: '127.0.0.1',
      netmask: '255.0.0.0',
      family: 'IPv4',
      mac: '',
      internal: true,
      cidr: null,
    },
  ],
  wlan0: [
    {
      address: 'fe80::1',
      netmask: 'ffff::',
      family: 'IPv6',
      mac: '',
      internal: false,
      cidr: null,
      scopeid: 1,
    },
    {
      address: '192.168.1.20',
      netmask: '255.255.255.0',
      family: 'IPv4',
      mac: '',
      internal: false,
      cidr: null,
    },
  ],
  eth0: [
    {
      address: '10.0.0.5',
      netmask: '255.0.0.0',
      family: 'IPv4',
      mac: '',
      internal: false,
      cidr: null,
    },
  ],
} as const;
const interfaces = table as unknown as Parameters<typeof listInterfaces>[0];

describe('network interfaces', () => {
  it('lists the IPv4 interfaces other devices can reach, by name', () => {
    expect(listInterfaces(interfaces)).toEqual([
      { name: 'eth0', address: '10.0.0.5', netmask: '255.0.0.0' },
      { name: 'wlan0', address: '192.168.1.20', netmask: '255.255.255.0' },
    ]);
  });

  it('chooses loopback by default, an interface by name or address, and never all', () => {
    expect(chooseAddress(undefined, interfaces)).toEqual({ ok: true, address: '127.0.0.1' });
    expect(chooseAddress('wlan0', interfaces)).toEqual({ ok: true, address: '192.168.1.20' });
    expect(chooseAddress('10.0.0.5', interfaces)).toEqual({ ok: true, address: '10.0.0.5' });
    for (const wildcard of ['0.0.0.0', '::', '']) {
      expect(chooseAddress(wildcard, interfaces)).toEqual({ ok: false, reason: 'all-interfaces' });
    }
    expect(chooseAddress('8.8.8.8', interfaces)).toEqual({
      ok: false,
      reason: 'unknown-interface',
    });
    expect(chooseAddress('lo', interfaces)).toEqual({ ok: false, reason: 'unknown-interface' });
  });
});

describe('the command line', () => {
  it('reads the options of npm run session', () => {
    expect(parseCliArgs([])).toEqual({
      kind: 'start',
      port: 0,
      interfaceChoice: undefined,
      bundleRoot: undefined,
    });
    expect(
      parseCliArgs(['--interface', 'wlan0', '--port', '8080', '--bundle', 'out/page']),
    ).toEqual({
      kind: 'start',
      interfaceChoice: 'wlan0',
      port: 8080,
      bundleRoot: 'out/page',
    });
    expect(parseCliArgs(['--list-interfaces'])).toEqual({ kind: 'list-interfaces' });
    expect(parseCliArgs(['--port', '70000']).kind).toBe('error');
    expect(parseCliArgs(['--port'])).toEqual({ kind: 'error', message: '--port needs a value' });
    expect(parseCliArgs(['--verbose']).kind).toBe('error');
    // A restarted session keeps its join code; only a code the server could make is taken.
    expect(parseCliArgs(['--port', '8080', '--join-code', 'ABC234'])).toMatchObject({
      kind: 'start',
      port: 8080,
      joinCode: 'ABC234',
    });
    expect(parseCliArgs(['--join-code', 'abc-234']).kind).toBe('error');
  });
});

describe('request checks', () => {
  const authorities = ['192.168.1.20:8080'];
  it('accept only this listener as Host and only its own page as Origin', () => {
    expect(checkHost('192.168.1.20:8080', authorities)).toBeNull();
    expect(checkHost(undefined, authorities)).toMatchObject({ status: 400 });
    expect(checkHost('rebound.example:8080', authorities)).toMatchObject({ status: 400 });
    expect(checkOrigin(undefined, ['http://192.168.1.20:8080'])).toBeNull();
    expect(
      checkOrigin('http://192.168.1.20:8080.evil.example', ['http://192.168.1.20:8080']),
    ).toMatchObject({
      status: 403,
    });
    expect(
      checkUpgrade(
        { url: '/ws?x=1', host: '192.168.1.20:8080', origin: 'http://192.168.1.20:8080' },
        { path: '/ws', authorities, origins: ['http://192.168.1.20:8080'] },
      ),
    ).toBeNull();
  });
});

describe('secrets', () => {
  it('makes codes from the alphabet and tokens of 192 bits', () => {
    const codes = new Set(Array.from({ length: 200 }, makeJoinCode));
    for (const code of codes) expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(codes.size).toBeGreaterThan(195);
    const token = makeToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(24);
  });

  it('finds the entry a token belongs to, and none for any other string', () => {
    const tokens = [makeToken(), makeToken(), makeToken()];
    const entries = tokens.map((token, i) => ({ i, tokenDigest: digestOf(token) }));
    expect(findByDigest(tokens[2] ?? '', entries)?.i).toBe(2);
    expect(findByDigest(makeToken(), entries)).toBeUndefined();
    expect(findByDigest('', entries)).toBeUndefined();
  });
});

describe('token bucket', () => {
  it('allows a burst, then refills at its rate', () => {
    let now = 0;
    const bucket = new TokenBucket({ burst: 2, perSecond: 4 }, () => now);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
    now += 250;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, false]);
  });
});

describe('pending changes', () => {
  const change = (changeId: number, key: string | null): PendingChange => ({
    changeId,
    participantId: 'p1',
    key,
    sent: false,
    message: {
      type: 'participantChange',
      changeId,
      participantId: 'p1',
      round: 1,
      change: { kind: 'ready', ready: true },
    },
  });

  it('replace an unsent change of the same answer, never a sent one, and stay within the cap', () => {
    const queue = new PendingChanges(2);
    expect(queue.add(change(1, 'a'))).toBe(true);
    expect(queue.add(change(2, 'a'))).toBe(true);
    expect(queue.unsent().map((c) => c.changeId)).toEqual([2]);
    for (const item of queue.unsent()) item.sent = true;
    expect(queue.add(change(3, 'a'))).toBe(true);
    expect(queue.add(change(4, null))).toBe(false);
    expect(queue.take(2)?.changeId).toBe(2);
    queue.markAllUnsent();
    expect(queue.unsent().map((c) => c.changeId)).toEqual([3]);
  });
});
