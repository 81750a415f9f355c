// Every request from a page passes one gate before its handler: the sender frame, the limit and
// the payload schema of INVOKE_CONTRACT. Free of Electron, so hostile-payload tests run in Node.
import { INVOKE_CONTRACT } from '@shared/ipc/contract';
import type { InvokeMethod, InvokeRequest, InvokeResult } from '@shared/ipc/types';
import { isTrustedSender } from '../security';
import { createLimiter, REFUSED } from './limiter';

/** What the gate answers for a request it turns away; every result type has this case. */
export type Refusal = { ok: false; reason: 'invalid-request'; message?: string };

const INVALID: Refusal = { ok: false, reason: 'invalid-request' };
const BUSY: Refusal = { ok: false, reason: 'invalid-request', message: 'busy' };

/** A handler sees only parsed requests from the app's own frame. `C` is what Electron adds. */
export type RequestHandler<M extends InvokeMethod, C = void> = (
  request: InvokeRequest<M>,
  context: C,
) => Promise<InvokeResult<M>>;

export type GatedHandler<M extends InvokeMethod, C = void> = (
  senderUrl: unknown,
  payload: unknown,
  context: C,
) => Promise<InvokeResult<M> | Refusal>;

/**
 * Puts `handler` behind the gate of `method`: foreign senders and payloads the schema refuses
 * get `invalid-request` without reaching it; requests over the limit get the same with the
 * message `busy`. One limiter per gate, so create each gate once.
 */
export function gateRequest<M extends InvokeMethod, C = void>(
  method: M,
  handler: RequestHandler<M, C>,
  now?: () => number,
): GatedHandler<M, C> {
  const { request, limit } = INVOKE_CONTRACT[method];
  const limiter = createLimiter(limit, now);
  return async (senderUrl, payload, context) => {
    if (!isTrustedSender(senderUrl)) return INVALID;
    const parsed = request.safeParse(payload);
    if (!parsed.success) return INVALID;
    const result = await limiter.run(() => handler(parsed.data, context));
    return result === REFUSED ? BUSY : result;
  };
}
