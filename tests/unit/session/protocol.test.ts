import { describe, expect, it } from 'vitest';
import { MODELS } from '@shared/catalogue';
import { decodeMessage } from '@shared/protocol/decode';
import { SESSION_ERROR_CODES, SESSION_ERROR_MESSAGES } from '@shared/protocol/errors';
import { hostMessageSchema } from '@shared/protocol/hostMessages';
import { MODEL_ID_PATTERN, PROTOCOL_VERSION } from '@shared/protocol/limits';
import { participantMessageSchema } from '@shared/protocol/participantMessages';

const parse = (message: unknown) => participantMessageSchema.safeParse(message);
const join = (fields: Record<string, unknown>) =>
  parse({ type: 'join', version: PROTOCOL_VERSION, code: 'ABC234', language: 'sv', ...fields });

describe('participant messages', () => {
  it('normalise a typed join code and refuse letters outside the alphabet', () => {
    expect(join({ code: 'abc 234' }).data).toMatchObject({ code: 'ABC234' });
    expect(join({ code: 'ab-c2-34' }).data).toMatchObject({ code: 'ABC234' });
    for (const code of ['ABC23O', 'ABC231', 'ABCI34', 'ABC23', 'ABC2345']) {
      expect(join({ code }).success, code).toBe(false);
    }
  });

  it('clean names by the app’s text rule and refuse names longer than the form allows', () => {
    expect(join({ name: '  Anna\n\t Berg\u202E ' }).data).toMatchObject({ name: 'Anna Berg' });
    expect(join({ name: '\u0000\u0007' }).data).toMatchObject({ name: '' });
    expect(join({ name: 'مريم' }).data).toMatchObject({ name: 'مريم' });
    expect(join({ name: '🇸🇪'.repeat(40) }).success).toBe(true);
    expect(join({ name: 'a'.repeat(80) }).success).toBe(true);
    expect(join({ name: 'a'.repeat(81) }).success).toBe(false);
    // White space that cleaning removes does not count against the limit.
    expect(join({ name: `${'a'.repeat(80)}${' '.repeat(200)}` }).success).toBe(true);
  });

  it('accept every catalogue model id and refuse ids that are not ids', () => {
    for (const model of MODELS) expect(model.id).toMatch(MODEL_ID_PATTERN);
    expect(MODEL_ID_PATTERN.test('0b7f3c1e-8a4e-4f2b-9c55-2d6f1e0a9b3c')).toBe(true);
    for (const id of ['', '-a', 'a-', 'a b', 'a/b', '../a', 'å', 'a'.repeat(101)]) {
      expect(MODEL_ID_PATTERN.test(id), id).toBe(false);
    }
  });

  it('keep positions in matrix space, edges included', () => {
    const place = (position: unknown) =>
      parse({ type: 'place', round: 1, modelId: 'land-use-and-planning', position });
    expect(place({ x: 0, y: 1 }).success).toBe(true);
    for (const position of [
      { x: 1.0001, y: 0 },
      { x: 0, y: -0.0001 },
      { x: NaN, y: 0 },
      { x: Infinity, y: 0 },
    ]) {
      expect(place(position).success).toBe(false);
    }
  });
});

describe('decoding a frame', () => {
  it('returns fresh objects, never ones with a planted prototype', () => {
    const decoded = decodeMessage(
      '{"type":"ready","round":1,"ready":true}',
      participantMessageSchema,
      1024,
    );
    expect(decoded).toEqual({ ok: true, message: { type: 'ready', round: 1, ready: true } });
    const planted = decodeMessage(
      '{"type":"ping","__proto__":{"x":1}}',
      participantMessageSchema,
      1024,
    );
    expect(planted.ok).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses what is too large or too deep before parsing it', () => {
    expect(
      decodeMessage(`{"type":"ping","a":"${'x'.repeat(100)}"}`, participantMessageSchema, 64),
    ).toEqual({
      ok: false,
      detail: 'too-large',
    });
    expect(decodeMessage('[[[[[[[[[[]]]]]]]]]]', participantMessageSchema, 1024)).toEqual({
      ok: false,
      detail: 'too-deep',
    });
    expect(decodeMessage('{"type":', participantMessageSchema, 1024)).toEqual({
      ok: false,
      detail: 'not-json',
    });
  });
});

describe('host messages', () => {
  it('cap the models of a round and check their ids', () => {
    const open = (modelIds: unknown) =>
      hostMessageSchema.safeParse({ type: 'openRound', round: 1, modelIds });
    expect(open(['land-use-and-planning']).success).toBe(true);
    expect(open(['../x']).success).toBe(false);
    expect(open(Array.from({ length: 201 }, (_, i) => `m${i}`)).success).toBe(false);
  });
});

describe('error codes', () => {
  it('each have a description', () => {
    for (const code of SESSION_ERROR_CODES) expect(SESSION_ERROR_MESSAGES[code]).toMatch(/\.$/);
    expect(new Set(SESSION_ERROR_CODES).size).toBe(SESSION_ERROR_CODES.length);
  });
});
