// The pages' CSP forbids eval. Parsing with the app's schemas must never reach for the Function
// constructor (zod's jit does, unless configured through shared/zod.ts).
import { afterEach, describe, expect, it } from 'vitest';

const RealFunction = globalThis.Function;
afterEach(() => {
  globalThis.Function = RealFunction;
});

describe('schemas parse without eval', () => {
  it('a backup file and a protocol message parse without constructing a Function', async () => {
    let constructed = 0;
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args) {
        constructed += 1;
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        constructed += 1;
        return Reflect.apply(target, self, args);
      },
    });
    const { parseSnapshot } = await import('../../../shared/io/parseSnapshot');
    const { serializeSnapshot } = await import('../../../shared/io/serializeSnapshot');
    const { snapshotOf } = await import('./io/snapshotFixtures');
    const { decodeMessage } = await import('../../../shared/protocol/decode');
    const { participantMessageSchema } =
      await import('../../../shared/protocol/participantMessages');
    expect(parseSnapshot(serializeSnapshot(snapshotOf(2))).ok).toBe(true);
    const ping = decodeMessage(JSON.stringify({ type: 'ping' }), participantMessageSchema, 1024);
    expect(ping.ok).toBe(true);
    expect(constructed).toBe(0);
  });
});
