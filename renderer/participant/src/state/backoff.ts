// How long the page waits before trying the server again: quick at first (a blink of the
// Wi-Fi), then doubling up to a ceiling, so a room of phones does not hammer a restarting
// laptop. A little randomness keeps the phones from all arriving in the same instant.

export const FIRST_DELAY_MS = 500;
export const MAX_DELAY_MS = 8000;

/** The wait before attempt `attempt` (0 = the first retry); `random` is in [0, 1). */
export function reconnectDelay(attempt: number, random: number = Math.random()): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt));
  // Up to a fifth less, never more: the ceiling stays a ceiling.
  return Math.round(base * (1 - 0.2 * random));
}
