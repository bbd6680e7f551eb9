import { suggest } from '@/lib/classify';
import type { ClassifierConfig, ClassifyInput } from '@/lib/classify';

/** Wednesday 2026-03-04, 10:00 in Shanghai: fixed so due dates are reproducible. */
export const NOW = new Date('2026-03-04T02:00:00Z');
export const ZONE = 'Asia/Shanghai';

export function run(input: Partial<ClassifyInput>, config?: ClassifierConfig) {
  return suggest({ contact: null, now: NOW, timeZone: ZONE, ...input }, config);
}

export function reason(result: ReturnType<typeof suggest>, dimension: string) {
  return result.reasons.find((r) => r.dimension === dimension);
}
