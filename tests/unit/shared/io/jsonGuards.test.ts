import { describe, expect, it } from 'vitest';
import { nestsDeeperThan, utf8ByteLength } from '../../../../shared/io/jsonGuards';

describe('utf8ByteLength', () => {
  it('counts like TextEncoder for well-formed text', () => {
    for (const sample of ['', 'abc', 'åäö', '€', '😀', 'Klimatråd Åbo – höst 😀 Привет']) {
      expect(utf8ByteLength(sample), sample).toBe(new TextEncoder().encode(sample).byteLength);
    }
  });
});

describe('nestsDeeperThan', () => {
  it('counts objects and arrays, not brackets in strings or escaped quotes', () => {
    expect(nestsDeeperThan('[[[]]]', 3)).toBe(false);
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(nestsDeeperThan('["[[[[", "\\"[[[["]', 1)).toBe(false);
  });
});
