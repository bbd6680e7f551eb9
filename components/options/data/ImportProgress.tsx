// The bar an import shows while the background works through a large file: rows checked, rows
// met with the stored tasks, records saved. It appears only when the wait passes a second, so
// a small file shows just "Working…".
import { useEffect, useRef, useState } from 'preact/hooks';
import { onProgress, type ProgressEvent } from '@/lib/messages';
import { t, tn } from '../i18n-override';

const SHOW_AFTER_MS = 1000;

type Step = Pick<ProgressEvent, 'step' | 'done' | 'total'>;

/** Runs `work` with a fresh job id and tracks that job's progress events while it runs. */
export function useJobProgress() {
  const [step, setStep] = useState<Step | null>(null);
  const [visible, setVisible] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const track = async <R,>(work: (job: string) => Promise<R>): Promise<R> => {
    const job = crypto.randomUUID();
    const stop = onProgress(job, ({ step: name, done, total }) => setStep({ step: name, done, total }));
    timer.current = setTimeout(() => setVisible(true), SHOW_AFTER_MS);
    try {
      return await work(job);
    } finally {
      stop();
      clearTimeout(timer.current);
      setVisible(false);
      setStep(null);
    }
  };
  return { track, step: visible ? step : null };
}

export function ImportProgress({ step }: { step: Step | null }) {
  if (!step) return <p class="hint" role="status">{t('working')}</p>;
  const number = (n: number) => n.toLocaleString(document.documentElement.lang || undefined);
  // "1 of 1 row", "3 of 20,000 rows": the form follows the total.
  const label = tn(`importStep_${step.step}`, step.total, number(step.done), number(step.total));
  return (
    <div class="import-progress" role="status">
      <span class="import-progress-label">{label}</span>
      <progress aria-label={t('importProgressLabel')} max={Math.max(step.total, 1)} value={step.done} />
    </div>
  );
}
