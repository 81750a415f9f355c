// Messages no page of ours would send. Each must be answered with `invalid-message` and leave
// the connection and the server working. Binary entries are sent as binary frames.

const join = (fields: Record<string, unknown>) =>
  JSON.stringify({ type: 'join', version: 1, code: 'ABCDEF', language: 'sv', ...fields });
const place = (fields: Record<string, unknown>) =>
  JSON.stringify({
    type: 'place',
    round: 1,
    modelId: 'land-use-and-planning',
    position: { x: 0.5, y: 0.5 },
    ...fields,
  });

function nested(depth: number): unknown {
  let value: unknown = 0.5;
  for (let i = 0; i < depth; i++) value = { x: value };
  return value;
}

export const MALFORMED: readonly (string | Buffer)[] = [
  // Not JSON, or not one object.
  '',
  '{',
  'not json',
  '{"type":"join"',
  '{"type":"ping"} trailing',
  '\uFEFF{"type":"ping"}',
  "{'type':'ping'}",
  'null',
  '[]',
  '42',
  '"ping"',
  'true',
  '{}',
  // The type.
  '{"type":42}',
  '{"type":null}',
  '{"type":"unknown"}',
  '{"type":"PING"}',
  '{"type":["ping"]}',
  '{"type":"ping","extra":1}',
  '{"type":"ping","type":"join"}',
  // Wrong types and values in a join.
  join({ code: 123456 }),
  join({ language: undefined }),
  join({ language: 'de' }),
  join({ version: '1' }),
  '{"type":"join","version":1e400,"code":"ABCDEF","language":"sv"}',
  join({ version: 'NaN' }),
  join({ code: 'ÅÄÖ123' }),
  join({ code: 'ABC\u0000EF' }),
  join({ code: 'A'.repeat(40) }),
  join({ name: 'x'.repeat(1001) }),
  join({ name: '😀'.repeat(81) }),
  join({ name: ['Anna'] }),
  join({ name: { toString: 'Anna' } }),
  join({ groupId: '../council' }),
  // Tokens.
  '{"type":"resume","version":1,"token":"short"}',
  `{"type":"resume","version":1,"token":"${'A'.repeat(30)}=="}`,
  '{"type":"resume","version":1,"token":1e3}',
  // Positions and rounds.
  place({ position: { x: 1.5, y: 0.5 } }),
  place({ position: { x: -0.1, y: 0.5 } }),
  place({ position: { x: '0.5', y: 0.5 } }),
  place({ position: { x: 'NaN', y: 0.5 } }),
  place({ position: { x: 'Infinity', y: 0.5 } }),
  '{"type":"place","round":1,"modelId":"land-use-and-planning","position":{"x":1e400,"y":0.5}}',
  '{"type":"place","round":1,"modelId":"land-use-and-planning","position":{"x":-1e400,"y":0}}',
  place({ position: null }),
  place({ position: { x: 0.5 } }),
  place({ position: { x: 0.5, y: 0.5, z: 0 } }),
  place({ position: nested(6) }),
  place({ round: 0 }),
  place({ round: 1.5 }),
  place({ round: 1e21 }),
  place({ round: -1 }),
  place({ round: '1' }),
  // Model ids.
  place({ modelId: '../etc/passwd' }),
  place({ modelId: '<script>alert(1)</script>' }),
  place({ modelId: '' }),
  place({ modelId: 'a'.repeat(101) }),
  place({ modelId: 'land-use\u202Eand-planning' }),
  place({ modelId: 'mod\u0000el' }),
  // Prototype keys: refused as unknown keys, never merged into anything.
  '{"type":"ping","__proto__":{"polluted":true}}',
  '{"__proto__":{"type":"ping"}}',
  '{"type":"ping","constructor":{"prototype":{"polluted":true}}}',
  '{"type":"ready","round":1,"ready":true,"prototype":{"polluted":true}}',
  // Other messages.
  '{"type":"ready","round":1,"ready":"yes"}',
  '{"type":"ready","ready":true}',
  '{"type":"remove","round":1}',
  '{"type":"skip","round":1,"modelId":"land-use-and-planning","position":{"x":0,"y":0}}',
  // Depth.
  '['.repeat(5000) + ']'.repeat(5000),
  `{"type":"ping","a":${'{"a":'.repeat(200)}1${'}'.repeat(200)}}`,
  // Binary frames, even ones that hold valid JSON.
  Buffer.from('{"type":"ping"}'),
  Buffer.from([0, 1, 2, 3, 255, 254]),
];
