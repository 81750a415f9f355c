import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startSessionServer } from '../../../electron/session/server';
import { closeCode, connectDevice, connectHost, joinDevice, startTestServer } from './sessionKit';

function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1' }, () => probe.close(() => resolve(true)));
  });
}

describe('starting and stopping', () => {
  it('listens on 127.0.0.1 by default, on a free port, and never on every interface', async () => {
    const server = await startTestServer();
    expect(server.address).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.joinUrl).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.hostSocketUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/host$/);
    for (const address of ['0.0.0.0', '::', '']) {
      await expect(startSessionServer({ address })).rejects.toThrow(/one interface/);
    }
  });

  it('closes every socket and frees its ports when stopped', async () => {
    const server = await startTestServer();
    const host = await connectHost(server);
    const { device } = await joinDevice(server);
    const stranger = await connectDevice(server);
    await server.stop();
    expect(await device.next('closing')).toEqual({ type: 'closing', reason: 'server-stopping' });
    expect(await closeCode(device)).toBe(1001);
    expect(await closeCode(host)).toBe(1001);
    expect(await closeCode(stranger)).toBe(1001);
    await expect(server.stopped).resolves.toBeUndefined();
    expect(await canBind(server.port)).toBe(true);
    expect(await canBind(server.hostPort)).toBe(true);
    // The same port again: a new session binds to it at once.
    const again = await startTestServer({ port: server.port });
    expect(again.port).toBe(server.port);
    await expect(joinDevice(again)).resolves.toMatchObject({ welcome: { seat: 1 } });
  });

  it('frees the port even when a device never answers the closing handshake', async () => {
    const server = await startTestServer({ timings: { closeGraceMs: 20 } });
    const { device } = await joinDevice(server);
    device.ws.pause();
    await server.stop();
    expect(await canBind(server.port)).toBe(true);
  });

  it('ends the session when the host says so: devices are told, tokens stop working', async () => {
    const server = await startTestServer();
    const host = await connectHost(server);
    const { device } = await joinDevice(server);
    host.send({ type: 'endSession' });
    expect(await device.next('closing')).toEqual({ type: 'closing', reason: 'session-ended' });
    expect(await closeCode(device)).toBe(4005);
    await server.stopped;
    expect(await canBind(server.port)).toBe(true);
  });

  it('can be stopped more than once', async () => {
    const server = await startTestServer();
    await Promise.all([server.stop(), server.stop()]);
    await expect(server.stop()).resolves.toBeUndefined();
  });
});
