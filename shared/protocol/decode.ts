// Turns one received text frame into a typed message, or says why it cannot.
import type { z } from '../zod';
import { nestsDeeperThan, utf8ByteLength } from '../io/jsonGuards';
import { MAX_MESSAGE_DEPTH } from './limits';

export type Decoded<T> = { ok: true; message: T } | { ok: false; detail: string };

/**
 * Parses `text` as JSON and then with `schema`. Size and depth are checked on the raw text
 * first, so a hostile frame costs one linear scan; JSON.parse's own objects are read only
 * through the strict schema, which builds fresh objects from allow-listed keys (`__proto__`
 * in the input is an unknown key, never a prototype). Never throws.
 */
export function decodeMessage<S extends z.ZodType>(
  text: string,
  schema: S,
  maxBytes: number,
): Decoded<z.output<S>> {
  if (utf8ByteLength(text) > maxBytes) return { ok: false, detail: 'too-large' };
  if (nestsDeeperThan(text, MAX_MESSAGE_DEPTH)) return { ok: false, detail: 'too-deep' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, detail: 'not-json' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      detail: issue ? `${issue.path.join('.') || '(message)'}: ${issue.code}` : 'invalid',
    };
  }
  return { ok: true, message: parsed.data };
}
