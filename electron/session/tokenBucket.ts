/**
 * A token bucket: holds up to `burst` tokens and refills `perSecond` of them each second. Each
 * message (or attempt) takes one; none left means the caller is over its rate. The clock is
 * injected so tests need no real waiting.
 */
export type BucketRate = { burst: number; perSecond: number };

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly rate: BucketRate,
    private readonly now: () => number,
  ) {
    this.tokens = rate.burst;
    this.last = now();
  }

  /** Takes one token if there is one; false when the rate is exceeded. */
  take(): boolean {
    if (!this.available()) return false;
    this.tokens -= 1;
    return true;
  }

  /** Whether a token is there to take, without taking it. */
  available(): boolean {
    const now = this.now();
    const elapsedSeconds = Math.max(0, now - this.last) / 1000;
    this.last = now;
    this.tokens = Math.min(this.rate.burst, this.tokens + elapsedSeconds * this.rate.perSecond);
    return this.tokens >= 1;
  }
}
