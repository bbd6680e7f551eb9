import { useEffect, useState } from 'preact/hooks';
import type { CategoryValue } from '@/lib/model';
import { labelOf, locale, t, tn } from '../i18n-override';

interface Props {
  value: CategoryValue;
  index: number;
  total: number;
  /** Tasks using this value. */
  count: number;
  dragging: boolean;
  /** Move to `index`; `focus` keeps keyboard focus on the moved row. */
  onMove: (index: number, focus: boolean) => void;
  onSave: (value: CategoryValue) => Promise<void>;
  onDelete: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDropHere: () => void;
}

/**
 * One category value: drag handle, colour, its labels (Rename edits English and Chinese),
 * usage, move up/down, archive and delete. Alt+ArrowUp/Down on the focused row moves it.
 */
export function CategoryRow(props: Props) {
  const { value, index, total, count } = props;
  const [en, setEn] = useState(value.labels.en);
  const [zh, setZh] = useState(value.labels['zh-CN']);
  const [over, setOver] = useState(false);
  const [renaming, setRenaming] = useState(false);
  useEffect(() => {
    setEn(value.labels.en);
    setZh(value.labels['zh-CN']);
  }, [value.labels.en, value.labels['zh-CN']]);

  const name = labelOf(value.labels);
  const other = locale() === 'en' ? 'zh-CN' : 'en';
  const cancelRename = () => {
    setEn(value.labels.en);
    setZh(value.labels['zh-CN']);
    setRenaming(false);
  };
  const saveLabels = () => {
    const labels = { en: en.trim(), 'zh-CN': zh.trim() };
    if (!labels.en || !labels['zh-CN']) return;
    setRenaming(false);
    if (labels.en === value.labels.en && labels['zh-CN'] === value.labels['zh-CN']) return;
    void props.onSave({ ...value, labels });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    props.onMove(index + (e.key === 'ArrowUp' ? -1 : 1), true);
  };
  const onLabelKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      saveLabels();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancelRename();
    }
  };

  return (
    <li
      class={`value-row${props.dragging ? ' dragging' : ''}${over ? ' drop-over' : ''}${value.archived ? ' is-archived' : ''}`}
      data-value={value.id}
      tabIndex={0}
      aria-label={t('valueRowLabel', name, index + 1, total)}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      onKeyDown={onKeyDown}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        props.onDropHere();
      }}
    >
      <span
        class="drag-handle"
        draggable
        title={t('dragToReorder')}
        aria-hidden="true"
        onDragStart={(e) => {
          e.dataTransfer?.setData('text/plain', value.id);
          const row = (e.currentTarget as HTMLElement).closest('li');
          if (row && e.dataTransfer) e.dataTransfer.setDragImage(row, 12, 12);
          props.onDragStart();
        }}
        onDragEnd={props.onDragEnd}
      >⋮⋮</span>
      <input
        type="color"
        class="swatch-input"
        value={value.color}
        aria-label={t('colourOf', name)}
        onChange={(e) => void props.onSave({ ...value, color: (e.currentTarget as HTMLInputElement).value })}
      />
      {renaming ? (
        <div class="value-labels" onKeyDown={onLabelKey}>
          <input class="label-en" lang="en" value={en} maxLength={60} aria-label={t('englishLabelOf', name)} autoFocus
            onInput={(e) => setEn((e.currentTarget as HTMLInputElement).value)} />
          <input class="label-zh" lang="zh-CN" value={zh} maxLength={60} aria-label={t('chineseLabelOf', name)}
            onInput={(e) => setZh((e.currentTarget as HTMLInputElement).value)} />
          <button type="button" class="btn-small primary" onClick={saveLabels}>{t('save')}</button>
          <button type="button" class="btn-small" onClick={cancelRename}>{t('cancel')}</button>
        </div>
      ) : (
        <div class="value-labels">
          <span class="value-name" lang={locale()}>{name}</span>
          <span class="value-alt" lang={other}>{value.labels[other]}</span>
        </div>
      )}
      <span class="usage" title={t('usageTitle')}>{count === 0 ? t('unused') : tn('taskCount', count, count)}</span>
      {value.archived && <span class="badge">{t('archived')}</span>}
      <div class="row-actions">
        <button type="button" class="icon-btn" aria-label={t('moveUp', name)} title={t('moveUp', name)} disabled={index === 0}
          onClick={() => props.onMove(index - 1, false)}>↑</button>
        <button type="button" class="icon-btn" aria-label={t('moveDown', name)} title={t('moveDown', name)} disabled={index === total - 1}
          onClick={() => props.onMove(index + 1, false)}>↓</button>
        <button type="button" class="btn-small" aria-label={t('renameValue', name)} aria-expanded={renaming}
          onClick={() => (renaming ? cancelRename() : setRenaming(true))}>{t('rename')}</button>
        <button type="button" class="btn-small" aria-label={value.archived ? t('unarchiveValue', name) : t('archiveValue', name)}
          onClick={() => void props.onSave({ ...value, archived: !value.archived })}>
          {value.archived ? t('unarchive') : t('archive')}
        </button>
        <button type="button" class="btn-small danger" aria-label={t('deleteValue', name)} onClick={props.onDelete}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
