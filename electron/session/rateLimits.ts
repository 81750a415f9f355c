// Rate limits per connection and per address. A device over its rate has its messages refused
// (told once per streak, so a flood is not answered message for message); one that keeps on
// is closed with 1008.
import type { SessionLimits } from './options';
import { TokenBucket } from './tokenBucket';

export type ThrottleVerdict = 'pass' | 'refuse-and-tell' | 'refuse' | 'close';

export class MessageThrottle {
  private refusedInARow = 0;

  constructor(
    private readonly buckets: readonly TokenBucket[],
    private readonly closeAfter: number,
  ) {}

  check(): ThrottleVerdict {
    if (this.buckets.every((bucket) => bucket.take())) {
      this.refusedInARow = 0;
      return 'pass';
    }
    this.refusedInARow += 1;
    if (this.refusedInARow >= this.closeAfter) return 'close';
    return this.refusedInARow === 1 ? 'refuse-and-tell' : 'refuse';
  }
}

type AddressBuckets = { messages: TokenBucket; upgrades: TokenBucket; failedJoins: TokenBucket };

/** Most addresses remembered; the oldest is forgotten first (a LAN has far fewer). */
const MAX_ADDRESSES = 4096;

/** The buckets of every address the server has heard from. */
export class AddressBook {
  private readonly entries = new Map<string, AddressBuckets>();

  constructor(
    private readonly limits: SessionLimits,
    private readonly now: () => number,
  ) {}

  of(address: string): AddressBuckets {
    let entry = this.entries.get(address);
    if (!entry) {
      if (this.entries.size >= MAX_ADDRESSES) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      entry = {
        messages: new TokenBucket(this.limits.perAddress, this.now),
        upgrades: new TokenBucket(this.limits.upgradesPerAddress, this.now),
        failedJoins: new TokenBucket(this.limits.failedJoinsPerAddress, this.now),
      };
      this.entries.set(address, entry);
    }
    return entry;
  }
}
