// Preferences → whom Tasklane offers on a page: "My addresses" (never offered; learnt from the
// pages that show the rep's account, editable here), colleagues at the rep's company domain
// (offered last, or not at all), and whether no-reply and notification senders are offered.
import { useState } from 'preact/hooks';
import { MAX_MY_ADDRESSES, type Settings } from '@/lib/model';
import { t } from './i18n-override';

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;

export function AudienceSettings({ current, save }: { current: Settings | null | undefined; save: (patch: Partial<Settings>) => Promise<void> }) {
  const [draft, setDraft] = useState('');
  const [invalid, setInvalid] = useState(false);
  const addresses = current?.myAddresses ?? [];
  const add = (event: Event) => {
    event.preventDefault();
    const email = draft.trim().toLowerCase();
    if (!EMAIL.test(email)) return setInvalid(true);
    setInvalid(false);
    setDraft('');
    if (!addresses.includes(email)) void save({ myAddresses: [...addresses, email].slice(0, MAX_MY_ADDRESSES) });
  };
  return (
    <>
      <div class="card my-addresses">
        <h3 id="my-addresses-heading">{t('myAddresses')}</h3>
        <p class="hint" id="my-addresses-hint">{t('myAddressesHint')}</p>
        <ul class="sites" aria-labelledby="my-addresses-heading">
          {addresses.map((email) => (
            <li key={email}>
              <span>{email}</span>
              <button type="button" aria-label={`${t('remove')} ${email}`} onClick={() => void save({ myAddresses: addresses.filter((a) => a !== email) })}>{t('remove')}</button>
            </li>
          ))}
        </ul>
        <form onSubmit={add}>
          <input type="email" aria-label={t('myAddresses')} aria-describedby="my-addresses-hint" placeholder="you@example.com" maxLength={254} value={draft}
            aria-invalid={invalid || undefined} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
          <button type="submit" disabled={addresses.length >= MAX_MY_ADDRESSES}>{t('addAddress')}</button>
        </form>
        {invalid && <p class="error" role="alert">{t('invalidEmail')}</p>}
      </div>
      <div class="card field">
        <label for="colleagues">{t('colleagues')}</label>
        <select id="colleagues" aria-describedby="colleagues-hint" value={current?.colleagues ?? 'last'}
          onChange={(e) => void save({ colleagues: (e.currentTarget as HTMLSelectElement).value as Settings['colleagues'] })}>
          <option value="last">{t('colleaguesLast')}</option>
          <option value="hide">{t('colleaguesHide')}</option>
        </select>
        <small id="colleagues-hint" class="hint">{t('colleaguesHint')}</small>
        <label class="checkbox">
          <input type="checkbox" checked={current?.offerRoleMailboxes ?? false}
            onChange={(e) => void save({ offerRoleMailboxes: (e.currentTarget as HTMLInputElement).checked })} />
          {t('offerRoleMailboxes')}
        </label>
      </div>
    </>
  );
}
