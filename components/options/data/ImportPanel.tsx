import { useRef, useState } from 'preact/hooks';
import { request, type ResponseMap } from '@/lib/messages';
import { announce } from '../announce';
import { errorText, t, tn } from '../i18n-override';
import { ImportChanges } from './ImportChanges';
import { importErrorText } from './import-errors';
import { ImportProgress, useJobProgress } from './ImportProgress';

type Result = ResponseMap['data.import'];

const MAX_BYTES = 20 * 1024 * 1024;
const PREVIEW_KEYS = ['tasks', 'newTasks', 'updatedTasks', 'unchangedTasks', 'olderTasks', 'contacts', 'categories', 'templates', 'targets'] as const;

/**
 * Import: choosing a file asks the background for a dry run (commit: false) and shows what
 * would change (counts, then each changed task field by field) and every bad row; only a clean
 * file can be imported, in one transaction.
 */
export function ImportPanel() {
  const [file, setFile] = useState<{ name: string; format: 'json' | 'csv'; content: string } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosenName, setChosenName] = useState<string | null>(null);
  // The browser's own file control speaks the browser's language ("No file chosen"), not the
  // one chosen in Preferences: it stays hidden, and our button opens it.
  const picker = useRef<HTMLInputElement>(null);
  const { track, step } = useJobProgress();

  const choose = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    setResult(null);
    setError(null);
    setDone(null);
    setFile(null);
    setChosenName(chosen?.name ?? null);
    if (!chosen) return;
    const format = /\.csv$/i.test(chosen.name) || chosen.type === 'text/csv' ? 'csv' : 'json';
    if (chosen.size > MAX_BYTES) return setError(t('importTooLarge'));
    setBusy(true);
    try {
      const content = await chosen.text();
      const preview = await track((job) => request('data.import', { format, content, commit: false, job }));
      setFile({ name: chosen.name, format, content });
      setResult(preview);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const commit = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const final = await track((job) => request('data.import', { format: file.format, content: file.content, commit: true, job }));
      if (final.committed) {
        const { newTasks, updatedTasks, unchangedTasks, olderTasks } = final.preview;
        const summary = t('importDoneCounts', newTasks, updatedTasks, unchangedTasks + olderTasks);
        setDone(summary);
        announce(summary);
        setFile(null);
        setResult(null);
      } else {
        setResult(final);
      }
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const errors = result?.errors ?? [];
  return (
    <div class="card import">
      <h3>{t('importTitle')}</h3>
      <p class="hint">{t('importHint')}</p>
      <div class="file-field">
        <button type="button" class="btn" disabled={busy} onClick={() => picker.current?.click()}>{t('chooseFile')}</button>
        <span class="hint" aria-live="polite">{chosenName ?? t('noFileChosen')}</span>
        <input ref={picker} type="file" hidden accept=".json,.csv,application/json,text/csv" disabled={busy} onChange={choose} />
      </div>
      {busy && <ImportProgress step={step} />}
      {error && <p class="error" role="alert">{error}</p>}
      {done && <p class="ok" role="status">{done}</p>}
      {result && file && (
        <div class="import-preview" aria-live="polite">
          <h4>{t('importPreviewOf', file.name)}</h4>
          {errors.length > 0 ? (
            <div class="import-errors" role="alert">
              <p class="error"><strong>{tn('importHasErrors', errors.length, errors.length)}</strong> {t('importNothingChanged')}</p>
              <ul>
                {errors.slice(0, 50).map((err, i) => (
                  <li key={i}>{importErrorText(err, file.format)}</li>
                ))}
              </ul>
              {errors.length > 50 && <p class="hint">{t('importMoreErrors', errors.length - 50)}</p>}
            </div>
          ) : (
            <>
              <dl class="preview-counts">
                {PREVIEW_KEYS.map((key) => (
                  <div key={key}><dt>{t(`preview_${key}`)}</dt><dd>{result.preview[key]}</dd></div>
                ))}
              </dl>
              <ImportChanges preview={result.preview} />
              <div class="form-actions">
                <button type="button" class="btn-primary" disabled={busy} onClick={commit}>{t('importButton')}</button>
                <button type="button" class="btn" onClick={() => { setFile(null); setResult(null); }}>{t('cancel')}</button>
              </div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
