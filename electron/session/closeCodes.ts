// WebSocket close codes the server uses. 1000–1015 are the standard's; 4000–4999 are ours.
export const CLOSE_CODES = {
  goingAway: 1001,
  /** Over the rate limit for too long, or too many wrong join codes. */
  policy: 1008,
  /** Sent by `ws` itself when a frame is larger than `maxPayload`. */
  tooBig: 1009,
  /** A restarted server waits for the host's seats: the device resumes again shortly. */
  tryAgainLater: 1013,
  authTimeout: 4001,
  idle: 4002,
  /** The same device or host connected again; the older connection goes. */
  replaced: 4003,
  /** The host removed the participant (or refused their join). */
  removed: 4004,
  sessionEnded: 4005,
  notAuthenticated: 4006,
} as const;
