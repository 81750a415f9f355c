// A session server restarted mid-round: the host hands back the seats it kept (token digests
// only), and devices resume into them with their old tokens. Also the groups a joining person
// may choose, as the host tells the server.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_SEATS, PROTOCOL_VERSION } from '@shared/protocol/limits';
import {
  MODEL_A,
  MODEL_B,
  ackChanges,
  connectDevice,
  connectHost,
  joinDevice,
  nextRelayed,
  openHostSocket,
  resumeDevice,
  startTestServer,
} from './sessionKit';

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

describe('a server restarted mid-round', () => {
  it('takes devices back into the seats the host kept, with their answers', async () => {
    const first = await startTestServer();
    const firstHost = await connectHost(first);
    firstHost.send({ type: 'openRound', round: 1, modelIds: [MODEL_A, MODEL_B] });
    const anna = await joinDevice(first, 'Anna');
    const bo = await joinDevice(first, 'Bo');
    const joins = await ackChanges(firstHost, 2);
    const kept = joins.map((joined) => {
      if (joined.type !== 'participantJoined') throw new Error('not a join');
      return {
        participantId: joined.participantId,
        tokenDigest: joined.tokenDigest,
        seat: joined.seat,
        name: joined.name,
      };
    });
    // The host hears digests, never tokens.
    expect(kept[0]?.tokenDigest).toBe(digest(anna.welcome.token));
    expect(JSON.stringify(joins)).not.toContain(anna.welcome.token);
    const { port, joinCode, hostToken, hostPort } = first;
    await first.stop();

    const second = await startTestServer({ port, joinCode, hostToken, hostPort });
    expect(second.port).toBe(port);
    expect(second.hostSocketUrl).toBe(first.hostSocketUrl);

    // Before the host is back, a device is asked to try again, not told its seat is gone.
    const early = await connectDevice(second);
    early.send({ type: 'resume', version: PROTOCOL_VERSION, token: anna.welcome.token });
    expect(await early.next('error')).toMatchObject({ code: 'session-starting' });
    expect((await early.closed).code).toBe(1013);

    const host = await connectHost(second);
    host.send({ type: 'restoreSeats', seats: kept });
    host.send({ type: 'openRound', round: 1, modelIds: [MODEL_A, MODEL_B] });
    host.send({
      type: 'seatAnswers',
      round: 1,
      participantId: anna.welcome.participantId,
      answers: [{ modelId: MODEL_A, value: { x: 0.25, y: 0.75 } }],
    });
    const progress = await host.next('progress', (m) => m.seats.length === 2);
    expect(progress.seats.map((s) => [s.seat, s.name, s.connected])).toEqual([
      [1, 'Anna', false],
      [2, 'Bo', false],
    ]);

    const back = await resumeDevice(second, anna.welcome.token);
    expect(back.welcome.participantId).toBe(anna.welcome.participantId);
    expect(back.welcome.seat).toBe(1);
    expect(back.welcome.view.answers).toEqual([{ modelId: MODEL_A, value: { x: 0.25, y: 0.75 } }]);
    const boBack = await resumeDevice(second, bo.welcome.token);
    expect(boBack.welcome.seat).toBe(2);

    // A change from the resumed seat reaches the host as that participant's.
    back.device.send({ type: 'skip', round: 1, modelId: MODEL_B });
    expect(await nextRelayed(host)).toMatchObject({
      type: 'participantChange',
      participantId: anna.welcome.participantId,
    });
    // New people get the next seat number.
    expect((await joinDevice(second, 'Cy')).welcome.seat).toBe(3);
  });

  it('still tells a token it truly does not know that the seat is gone', async () => {
    const server = await startTestServer({ joinCode: 'ABC234' });
    const host = await connectHost(server);
    host.send({ type: 'restoreSeats', seats: [] });
    await host.next('progress');
    const device = await connectDevice(server);
    device.send({ type: 'resume', version: PROTOCOL_VERSION, token: 'x'.repeat(32) });
    expect(await device.next('error')).toMatchObject({ code: 'unknown-token' });
  });

  it('refuses restoreSeats from anyone but the authenticated host, and malformed or oversized', async () => {
    const server = await startTestServer({ joinCode: 'ABC234' });
    const token = 'y'.repeat(32);
    const seat = { participantId: 'p-1', tokenDigest: digest(token), seat: 1, name: 'Eve' };

    // A device cannot send it: not a participant message.
    const device = await connectDevice(server);
    device.send({ type: 'restoreSeats', seats: [seat] } as never);
    expect(await device.next('error')).toMatchObject({ code: 'invalid-message' });

    // A host connection without hello is refused and closed.
    const stranger = await openHostSocket(server);
    stranger.send({ type: 'restoreSeats', seats: [seat] });
    expect(await stranger.next('hostError')).toMatchObject({ code: 'not-authenticated' });
    expect((await stranger.closed).code).toBe(4006);

    const host = await connectHost(server);
    const refusedAs = async (message: unknown) => {
      host.sendRaw(JSON.stringify(message));
      return (await host.next('hostError')).code;
    };
    // A raw token where a digest belongs, an extra key, too many seats: all refused.
    expect(
      await refusedAs({ type: 'restoreSeats', seats: [{ ...seat, tokenDigest: token }] }),
    ).toBe('invalid-message');
    expect(await refusedAs({ type: 'restoreSeats', seats: [{ ...seat, token }] })).toBe(
      'invalid-message',
    );
    const many = Array.from({ length: MAX_SEATS + 1 }, (_, i) => ({
      ...seat,
      participantId: `p-${i}`,
    }));
    expect(await refusedAs({ type: 'restoreSeats', seats: many })).toBe('invalid-message');

    // None of that seated anyone: the token is still unknown once the host restores nothing.
    host.send({ type: 'restoreSeats', seats: [] });
    const late = await connectDevice(server);
    late.send({ type: 'resume', version: PROTOCOL_VERSION, token });
    expect(await late.next('error')).toMatchObject({ code: 'unknown-token' });
  });

  it('does not hand a seat to a digest already in use or to more seats than allowed', async () => {
    const server = await startTestServer({ joinCode: 'ABC234', limits: { maxSeats: 1 } });
    const host = await connectHost(server);
    const a = { participantId: 'p-a', tokenDigest: digest('a'.repeat(32)), seat: 1, name: 'A' };
    const b = { participantId: 'p-b', tokenDigest: digest('b'.repeat(32)), seat: 2, name: 'B' };
    host.send({ type: 'restoreSeats', seats: [a, { ...a, participantId: 'p-c' }, b] });
    const progress = await host.next('progress', (m) => m.seats.length > 0);
    expect(progress.seats.map((s) => s.participantId)).toEqual(['p-a']);
  });
});

describe('choosing a group when joining', () => {
  it('tells a device with the right code the groups and whether names are asked', async () => {
    const server = await startTestServer();
    const host = await connectHost(server);
    const groups = [
      { id: 'council', name: '' },
      { id: 'g-1', name: 'Skolan' },
    ];
    host.send({ type: 'joinOptions', groups, names: false });
    const device = await connectDevice(server);
    const wrong = server.joinCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    device.send({ type: 'joinOptions', version: PROTOCOL_VERSION, code: wrong });
    expect(await device.next('error')).toMatchObject({ code: 'wrong-code' });
    device.send({ type: 'joinOptions', version: PROTOCOL_VERSION, code: server.joinCode });
    expect(await device.next('joinOptions')).toEqual({ type: 'joinOptions', groups, names: false });
  });

  it("checks the chosen group against the host's list and drops names when none are asked", async () => {
    const server = await startTestServer();
    const host = await connectHost(server);
    host.send({ type: 'joinOptions', groups: [{ id: 'council', name: '' }], names: false });
    await host.arrives('hostError');
    const device = await connectDevice(server);
    const join = { type: 'join', version: PROTOCOL_VERSION, code: server.joinCode } as const;
    device.send({ ...join, name: 'Eve', groupId: 'companies', language: 'sv' });
    expect(await device.next('error')).toMatchObject({ code: 'unknown-group' });
    device.send({ ...join, name: 'Eve', groupId: 'council', language: 'sv' });
    await device.next('welcome');
    expect(await nextRelayed(host)).toMatchObject({
      type: 'participantJoined',
      groupId: 'council',
      name: '',
    });
  });

  it('refuses a group list that is malformed or too long', async () => {
    const server = await startTestServer();
    const host = await connectHost(server);
    const groups = Array.from({ length: 51 }, (_, i) => ({ id: `g-${i}`, name: '' }));
    host.sendRaw(JSON.stringify({ type: 'joinOptions', groups, names: true }));
    expect(await host.next('hostError')).toMatchObject({ code: 'invalid-message' });
    host.sendRaw(
      JSON.stringify({ type: 'joinOptions', groups: [{ id: 'a b', name: '' }], names: true }),
    );
    expect(await host.next('hostError')).toMatchObject({ code: 'invalid-message' });
  });
});
