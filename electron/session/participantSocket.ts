// One participant's connection: rate limits, parsing, the join/resume handshake, then the
// person's changes handed to the relay. Nothing a device sends can throw past this point: a
// message that cannot be read is answered with `invalid-message` and the connection stays.
import type { WebSocket } from 'ws';
import { SESSION_ERROR_MESSAGES, type SessionErrorCode } from '@shared/protocol/errors';
import { decodeMessage } from '@shared/protocol/decode';
import { MAX_PARTICIPANT_MESSAGE_BYTES } from '@shared/protocol/limits';
import {
  participantMessageSchema,
  type ParticipantMessage,
} from '@shared/protocol/participantMessages';
import type { ServerMessage } from '@shared/protocol/serverMessages';
import { CLOSE_CODES } from './closeCodes';
import { MessageThrottle } from './rateLimits';
import type { Seat } from './seat';
import { closingTimer, frameText, socketOutlet, type SocketContext } from './socketContext';
import { TokenBucket } from './tokenBucket';

const FAILED_ADMISSIONS = new Set<SessionErrorCode>([
  'wrong-code',
  'unknown-token',
  'token-expired',
]);

export function serveParticipant(ws: WebSocket, address: string, context: SocketContext): void {
  const { relay, book, limits, timings, now } = context;
  const outlet = socketOutlet<ServerMessage>(ws);
  const buckets = book.of(address);
  const throttle = new MessageThrottle(
    [new TokenBucket(limits.perConnection, now), buckets.messages],
    limits.floodCloseAfter,
  );
  const authTimer = closingTimer(ws, timings.authTimeoutMs, CLOSE_CODES.authTimeout, 'join');
  const idleTimer = closingTimer(ws, timings.idleTimeoutMs, CLOSE_CODES.idle, 'idle');
  let seat: Seat | null = null;

  const refuse = (code: SessionErrorCode) =>
    outlet.send({ type: 'error', code, message: SESSION_ERROR_MESSAGES[code] });

  const admit = (message: Extract<ParticipantMessage, { type: 'join' | 'resume' }>) => {
    if (seat) return refuse('already-joined');
    if (!buckets.failedJoins.available()) {
      refuse('too-many-attempts');
      return outlet.close(CLOSE_CODES.policy, 'too-many-attempts');
    }
    const admission =
      message.type === 'join'
        ? relay.join(message, outlet)
        : relay.resume(message.version, message.token, outlet);
    if (admission.ok) {
      seat = admission.seat;
      authTimer.clear();
      return;
    }
    if (FAILED_ADMISSIONS.has(admission.code)) buckets.failedJoins.take();
    refuse(admission.code);
    // The host has not handed back its seats yet: the device tries again shortly.
    if (admission.code === 'session-starting') outlet.close(CLOSE_CODES.tryAgainLater, 'starting');
  };

  const answerOptions = (message: Extract<ParticipantMessage, { type: 'joinOptions' }>) => {
    if (!buckets.failedJoins.available()) {
      refuse('too-many-attempts');
      return outlet.close(CLOSE_CODES.policy, 'too-many-attempts');
    }
    const options = relay.optionsFor(message.version, message.code);
    if (typeof options !== 'string') return outlet.send({ type: 'joinOptions', ...options });
    if (FAILED_ADMISSIONS.has(options)) buckets.failedJoins.take();
    refuse(options);
  };

  const handle = (message: ParticipantMessage) => {
    switch (message.type) {
      case 'ping':
        return outlet.send({ type: 'pong' });
      case 'joinOptions':
        return seat ? refuse('already-joined') : answerOptions(message);
      case 'join':
      case 'resume':
        return admit(message);
      default:
        if (!seat) return refuse('not-joined');
        relay.answer(seat, outlet, message);
    }
  };

  ws.on('message', (data, isBinary) => {
    idleTimer.restart();
    const verdict = throttle.check();
    if (verdict === 'close') return outlet.close(CLOSE_CODES.policy, 'rate-limited');
    if (verdict === 'refuse-and-tell') return refuse('rate-limited');
    if (verdict === 'refuse') return;
    if (isBinary) return refuse('invalid-message');
    const decoded = decodeMessage(
      frameText(data),
      participantMessageSchema,
      MAX_PARTICIPANT_MESSAGE_BYTES,
    );
    if (!decoded.ok) return refuse('invalid-message');
    try {
      handle(decoded.message);
    } catch (error) {
      // A fault of ours must not take the session down for everyone: log it, tell the device.
      console.error('session: participant message failed', error);
      refuse('invalid-message');
    }
  });
  ws.on('close', () => {
    authTimer.clear();
    idleTimer.clear();
    if (seat) relay.detach(seat, outlet);
  });
  // `ws` reports protocol faults (oversize, bad UTF-8) here and then closes the socket itself.
  ws.on('error', () => undefined);
}
