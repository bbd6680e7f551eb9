import { useState } from 'preact/hooks';
import type { CategoryValue, Dimension } from '@/lib/model';
import { announce } from '../announce';
import { t } from '../i18n-override';
import { slugId } from '../ids';

const PALETTE = ['#2563eb', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#dc2626', '#475569'];

/** Adds a value to a dimension: English and Chinese label and a colour; the id comes from the English label. */
export function AddValueForm({ dimension, values, onAdd }: { dimension: Dimension; values: CategoryValue[]; onAdd: (v: CategoryValue) => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [en, setEn] = useState('');
  const [zh, setZh] = useState('');
  const [color, setColor] = useState(PALETTE[values.length % PALETTE.length]!);
  const [error, setError] = useState<string | null>(null);

  if (!open) {
    return (
      <button type="button" class="btn-link add-value" onClick={() => setOpen(true)}>
        + {t('addValue')}
      </button>
    );
  }
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!en.trim() || !zh.trim()) {
      setError(t('bothLabelsNeeded'));
      return;
    }
    const value: CategoryValue = {
      dimension,
      id: slugId(en, values.map((v) => v.id)),
      labels: { en: en.trim(), 'zh-CN': zh.trim() },
      color,
      order: values.reduce((max, v) => Math.max(max, v.order + 1), 0),
      archived: false,
    };
    await onAdd(value);
    announce(t('valueAdded', en.trim()));
    setEn('');
    setZh('');
    setError(null);
    setOpen(false);
  };
  return (
    <form class="add-value-form" onSubmit={submit} aria-label={t('addValue')}>
      <label>
        <span>{t('englishLabel')}</span>
        <input value={en} maxLength={60} required autoFocus onInput={(e) => setEn((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label>
        <span>{t('chineseLabel')}</span>
        <input value={zh} maxLength={60} required lang="zh-CN" onInput={(e) => setZh((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="color-field">
        <span>{t('colour')}</span>
        <input type="color" value={color} onInput={(e) => setColor((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="form-actions">
        <button type="submit" class="btn-primary">{t('add')}</button>
        <button type="button" class="btn" onClick={() => setOpen(false)}>{t('cancel')}</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}
