// The snooze choices for a task: later today, tomorrow, next week, or a picked date.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SnoozeChoice } from '@/lib/dates/snooze';

import { t } from './i18n';

interface Props {
  onChoose: (choice: SnoozeChoice, label: string) => void;
  onClose: () => void;
}

export function SnoozeMenu({ onChoose, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  const [picking, setPicking] = useState(false);
  // Focus moves into the menu as it appears (a layout effect, not one after the paint): a key
  // pressed right after opening — Escape — must reach the menu, not the row behind it.
  useLayoutEffect(() => menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), []);

  const items: [SnoozeChoice, string][] = [
    ['laterToday', t('snoozeLaterToday')],
    ['tomorrow', t('snoozeTomorrow')],
    ['nextWeek', t('snoozeNextWeek')],
  ];
  const onKeyDown = (event: KeyboardEvent) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"], input') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') entries[(at + 1) % entries.length]?.focus();
    else if (event.key === 'ArrowUp') entries[(at - 1 + entries.length) % entries.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div class="menu" role="menu" aria-label={t('snooze')} ref={menu} onKeyDown={onKeyDown}>
      {items.map(([choice, label]) => (
        <button key={label} type="button" role="menuitem" onClick={() => onChoose(choice, label)}>{label}</button>
      ))}
      {picking ? (
        <input type="date" aria-label={t('snoozePickDate')} ref={(el) => el?.focus()}
          onChange={(e) => { const date = (e.target as HTMLInputElement).value; if (date) onChoose({ date }, date); }} />
      ) : (
        <button type="button" role="menuitem" onClick={() => setPicking(true)}>{t('snoozePickDate')}</button>
      )}
    </div>
  );
}
