import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, retryDelayMs } from '@/lib/sync/backoff';

describe('retry backoff', () => {
  it('doubles from 30 s up to 30 min, with jitter inside ±20 %', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, middle))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(50, middle)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(1, () => 0)).toBe(FIRST_RETRY_MS * 0.8);
    expect(retryDelayMs(1, () => 1)).toBe(FIRST_RETRY_MS * 1.2);
  });
});
