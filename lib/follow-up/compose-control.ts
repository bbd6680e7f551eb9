// "Follow up if no reply" beside a compose window's Send button: a native <select> (keyboard-
// reachable, screen-reader labelled) in a closed shadow root, starting from the rep's last choice.
// The choice is read when Send is pressed; the window is then watched until it closes (sent) or
// the draft is discarded (nothing). See compose-send.ts for what counts as sent.
import { attachClosedShadow, createHost, el } from '../content/shadow';
import { FOLLOW_UP_DAY_CHOICES } from '../model/settings';
import type { FollowUpChoice } from './compose-task';

const CSS = `
:host { all: initial !important; display: inline-flex !important; align-items: center !important; margin-inline: 8px !important; vertical-align: middle !important; }
label { display: inline-flex; align-items: center; gap: 6px; font: 13px/1.3 system-ui, sans-serif; color: #3c4043; white-space: nowrap; }
select, input { font: inherit; color: inherit; background: #fff; border: 1px solid #c4c7c5; border-radius: 6px; padding: 3px 6px; }
select:focus-visible, input:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
input[hidden] { display: none; }
`;

export interface ComposeControl {
  host: HTMLElement;
  /** The choice now: null when the rep chose no follow-up (or an empty date). */
  choice(): FollowUpChoice | null;
}

type Key = 'followUpIfNoReply' | 'followUpOff' | 'followUpOnDate' | 'followUpDate';
/** The control's words in the rep's language (lib/i18n.ts translator over Preferences → Language). */
export interface ComposeWords {
  t: (key: Key) => string;
  tn: (key: 'followUpInDays', count: number, ...subs: number[]) => string;
}

export function composeControl({ t, tn }: ComposeWords, initialDays: number, remember: (days: number) => void): ComposeControl {
  const host = createHost('follow-up-compose');
  const root = attachClosedShadow(host, CSS);
  const select = el('select', { attrs: { 'aria-label': t('followUpIfNoReply') } });
  for (const days of FOLLOW_UP_DAY_CHOICES) {
    // The count's form by the locale's plural rules (English "1 business day"; Chinese has one form).
    const text = days === 0 ? t('followUpOff') : tn('followUpInDays', days, days);
    select.append(el('option', { text, attrs: { value: String(days) } }));
  }
  select.append(el('option', { text: t('followUpOnDate'), attrs: { value: 'date' } }));
  select.value = String(initialDays);
  const date = el('input', { attrs: { type: 'date', 'aria-label': t('followUpDate'), hidden: '' } });
  select.addEventListener('change', () => {
    date.hidden = select.value !== 'date';
    if (select.value === 'date') date.focus();
    else remember(Number(select.value));
  });
  root.append(el('label', {}, el('span', { text: t('followUpIfNoReply') }), select), date);
  return {
    host,
    choice() {
      if (select.value === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(date.value) ? { date: date.value } : null;
      const days = Number(select.value);
      return days > 0 ? { days } : null;
    },
  };
}
