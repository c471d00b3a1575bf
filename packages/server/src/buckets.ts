/**
 * A rate limit per key (a connection, an address): up to `rate` a second on
 * average, in bursts of up to `capacity` (twice the rate unless said).
 * Keys that have filled up again are dropped now and then, so a stream of
 * new addresses does not grow it without end.
 */
export class Buckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly capacity: number;
  private takes = 0;

  constructor(
    private readonly rate: number,
    capacity?: number,
  ) {
    this.capacity = capacity ?? rate * 2;
  }

  take(key: string, now = Date.now()): boolean {
    if (++this.takes % 1000 === 0) this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now };
    bucket.tokens = Math.min(this.capacity, bucket.tokens + ((now - bucket.at) / 1000) * this.rate);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Seconds until `key` may go again. */
  wait(key: string): number {
    const bucket = this.buckets.get(key);
    return bucket ? Math.max(1, Math.ceil((1 - bucket.tokens) / this.rate)) : 0;
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.rate >= this.capacity) this.buckets.delete(key);
    }
  }
}
