// How long to wait before retrying after failed syncs in a row: 30 s, 1 min, 2 min … capped at
// 30 min, with ±20 % jitter so many devices coming back online do not knock at once.
export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 30 * 60_000;

export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), MAX_RETRY_MS);
  return Math.round(base * (0.8 + 0.4 * random()));
}
