// Data: export (JSON backup, CSV for a CRM, ICS for calendars), import with a preview, and
// delete everything behind a typed confirmation.
import { useState } from 'preact/hooks';
import { announce } from '@/components/options/announce';
import { DeleteAllDialog } from '@/components/options/data/DeleteAllDialog';
import { ImportPanel } from '@/components/options/data/ImportPanel';
import { errorText, t } from '@/components/options/i18n-override';
import { SectionHeader, Status } from '@/components/options/SectionHeader';
import { request } from '@/lib/messages';

const FORMATS = [
  { id: 'json', label: 'exportJson', hint: 'exportJsonHint' },
  { id: 'csv', label: 'exportCsv', hint: 'exportCsvHint' },
  { id: 'ics', label: 'exportIcs', hint: 'exportIcsHint' },
] as const;

/** Saves text as a file through a Blob and a temporary <a download>. */
function download(filename: string, mime: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [ok, setOk] = useState<string | null>(null);
  const exportAs = async (format: (typeof FORMATS)[number]['id']) => {
    setBusy(format);
    setError(null);
    try {
      const { filename, mime, content } = await request('data.export', { format });
      download(filename, mime, content);
      announce(t('exported', filename));
      setOk(t('exported', filename));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section id="data" aria-labelledby="data-heading">
      <SectionHeader id="data" title={t('navData')} intro={t('dataIntro')} />
      <div class="card">
        <h3>{t('exportTitle')}</h3>
        <ul class="export-list">
          {FORMATS.map((f) => (
            <li key={f.id}>
              <div>
                <div class="export-name">{t(f.label)}</div>
                <div class="hint">{t(f.hint)}</div>
              </div>
              <button type="button" class="btn" data-export={f.id} disabled={busy !== null} onClick={() => exportAs(f.id)}>
                {busy === f.id ? t('working') : t('download')}
              </button>
            </li>
          ))}
        </ul>
        <Status error={error} ok={ok} />
      </div>
      <ImportPanel />
      <div class="card danger-zone">
        <h3>{t('deleteAllTitle')}</h3>
        <p class="hint">{t('deleteAllHint')}</p>
        <button type="button" class="btn-danger" onClick={() => setDeleting(true)}>{t('deleteAllButton')}</button>
        {deleting && <DeleteAllDialog onClose={() => setDeleting(false)} />}
      </div>
    </section>
  );
}
