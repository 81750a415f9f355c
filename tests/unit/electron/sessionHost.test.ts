// The main process's session requests: the gate's schemas and limits, and the session host
// starting, reusing and stopping a real session server on loopback.
import type { IpcMainInvokeEvent } from 'electron';
import { WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { gateRequest } from '../../../electron/main/ipc/gate';
import { sessionHandlers } from '../../../electron/main/ipc/session';
import { createSessionHost, type SessionHost } from '../../../electron/main/sessionHost';
import { PROTOCOL_VERSION } from '../../../shared/protocol/limits';
import type { StartSessionResult } from '../../../shared/ipc/types';

const APP_FRAME = 'app://bundle/index.html';
const INVALID = { ok: false, reason: 'invalid-request' };
/** The session handlers do not read the IPC event. */
const EVENT = {} as IpcMainInvokeEvent;
const hosts: SessionHost[] = [];

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
});

function sessionHost(): SessionHost {
  const host = createSessionHost({ serverOptions: { timings: { closeGraceMs: 50 } } });
  hosts.push(host);
  return host;
}

/** Whether the host socket of a started session accepts its token: the first thing it answers. */
function hostAnswer(result: StartSessionResult): Promise<string> {
  if (!result.ok) throw new Error(`not started: ${result.reason}`);
  const ws = new WebSocket(result.session.hostSocketUrl);
  return new Promise((resolve) => {
    ws.on('open', () =>
      ws.send(
        JSON.stringify({
          type: 'hello',
          version: PROTOCOL_VERSION,
          token: result.session.hostToken,
        }),
      ),
    );
    ws.on('message', (data) => {
      resolve((JSON.parse(String(data)) as { type: string }).type);
      ws.terminate();
    });
    ws.on('error', () => resolve('error'));
  });
}

describe('session requests behind the gate', () => {
  it('startSession takes one dotted IPv4 address and nothing else', async () => {
    const start = gateRequest('startSession', sessionHandlers(sessionHost()).startSession);
    for (const payload of [
      undefined,
      '127.0.0.1',
      { address: 'eth0' },
      { address: '::' },
      { address: '' },
      { address: '127.0.0.1', port: 80 },
      { address: '127.0.0.1; rm -rf /' },
      { address: '1'.repeat(1000) },
      { address: '127.0.0.1', resume: { port: 80, joinCode: 'ABC234' } },
      { address: '127.0.0.1', resume: { port: 8080, joinCode: 'abc' } },
      { address: '127.0.0.1', resume: { port: 8080, joinCode: 'ABC234', hostToken: 'x' } },
    ]) {
      expect(await start(APP_FRAME, payload, EVENT), JSON.stringify(payload)).toEqual(INVALID);
    }
    expect(await start('https://evil.example/', { address: '127.0.0.1' }, EVENT)).toEqual(INVALID);
  });

  it('listInterfaces and stopSession take nothing', async () => {
    const handlers = sessionHandlers(sessionHost());
    const list = gateRequest('listInterfaces', handlers.listInterfaces);
    const stop = gateRequest('stopSession', handlers.stopSession);
    expect(await list(APP_FRAME, { all: true }, EVENT)).toEqual(INVALID);
    expect(await stop(APP_FRAME, 'now', EVENT)).toEqual(INVALID);
    const listed = await list(APP_FRAME, undefined, EVENT);
    expect(listed).toMatchObject({ ok: true });
    if (listed.ok) {
      for (const entry of listed.interfaces) expect(entry.address).not.toMatch(/^127\./);
    }
    expect(await stop(APP_FRAME, undefined, EVENT)).toEqual({ ok: true });
  });

  it('a wildcard or an address the machine does not have is refused, never listened on', async () => {
    const host = sessionHost();
    expect(await host.start('0.0.0.0')).toEqual({ ok: false, reason: 'unknown-interface' });
    expect(await host.start('203.0.113.7')).toEqual({ ok: false, reason: 'unknown-interface' });
    expect(host.running()).toBe(false);
  });
});

describe('createSessionHost', () => {
  it('starts a server on loopback whose host socket takes the token it returned', async () => {
    const host = sessionHost();
    const started = await host.start('127.0.0.1');
    expect(started).toMatchObject({
      ok: true,
      session: {
        joinUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/$/),
        joinCode: expect.stringMatching(/^[A-Z2-9]{6}$/),
        hostSocketUrl: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/host$/),
      },
    });
    expect(host.running()).toBe(true);
    expect(await hostAnswer(started)).toBe('hostWelcome');
  });

  it('a second start on the same address returns the running session (a reloaded page)', async () => {
    const host = sessionHost();
    const first = await host.start('127.0.0.1');
    const second = await host.start('127.0.0.1');
    expect(second).toEqual(first);
  });

  it('two starts at once open one server', async () => {
    const host = sessionHost();
    const [a, b] = await Promise.all([host.start('127.0.0.1'), host.start('127.0.0.1')]);
    expect(a).toEqual(b);
  });

  it('stop frees the ports and tells the page it is stopped; a new start is a new session', async () => {
    const host = sessionHost();
    const first = await host.start('127.0.0.1');
    expect(await host.stop()).toEqual({ ok: true });
    expect(host.running()).toBe(false);
    expect(await hostAnswer(first)).toBe('error');
    const again = await host.start('127.0.0.1');
    expect(again.ok && first.ok && again.session.hostToken !== first.session.hostToken).toBe(true);
  });

  it('forgets a server the host ended itself', async () => {
    const host = sessionHost();
    const started = await host.start('127.0.0.1');
    if (!started.ok) throw new Error('not started');
    const ws = new WebSocket(started.session.hostSocketUrl);
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(
      JSON.stringify({
        type: 'hello',
        version: PROTOCOL_VERSION,
        token: started.session.hostToken,
      }),
    );
    ws.send(JSON.stringify({ type: 'endSession' }));
    await expect.poll(() => host.running()).toBe(false);
  });

  it('starts a session again with its join code, on its old port when free, else a new one', async () => {
    const host = sessionHost();
    const first = await host.start('127.0.0.1');
    if (!first.ok) throw new Error('not started');
    const port = Number(new URL(first.session.joinUrl).port);
    const joinCode = first.session.joinCode;
    await host.stop();
    const again = await host.start('127.0.0.1', { port, joinCode });
    expect(again).toMatchObject({
      ok: true,
      session: { joinUrl: first.session.joinUrl, joinCode },
    });
    expect(await hostAnswer(again)).toBe('hostWelcome');

    // The port is taken (here by the running server, which a second host does not own).
    const other = sessionHost();
    const moved = await other.start('127.0.0.1', { port, joinCode });
    expect(moved.ok && moved.session.joinUrl !== first.session.joinUrl).toBe(true);
    expect(moved).toMatchObject({ ok: true, session: { joinCode } });
  });
});
