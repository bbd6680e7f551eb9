// Sync: connect a CalDAV server (Nextcloud, Fastmail, iCloud, Radicale…), choose or create a
// task list, turn sync on, and see the last sync, the last error and the conflict log. Every
// request here answers at once: syncing itself runs in the worker and never blocks the page.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorText, locale, t } from '@/components/options/i18n-override';
import { SectionHeader } from '@/components/options/SectionHeader';
import { conflictText, skippedText, syncErrorText } from '@/components/options/sync-words';
import { useLive } from '@/components/options/useLive';
import { request } from '@/lib/messages';
import { serverPermissionPattern } from '@/lib/sync/permission';
import type { SyncConflict } from '@/lib/sync/records';

type List = { url: string; name: string };

const when = (ms?: number) => (ms ? new Date(ms).toLocaleString(locale()) : t('syncNever'));

export function SyncSection() {
  const live = useLive(() => request('sync.status', {}), ['sync']);
  const saved = live.data?.settings ?? null;
  const [serverUrl, setServerUrl] = useState<string | null>(null);
  const [username, setUsername] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const [lists, setLists] = useState<List[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  // Hosts the rep allowed on this page; null: the saved ones (while the server is the saved one).
  const [approved, setApproved] = useState<string[] | null>(null);
  // A host the server keeps the task lists on, which the rep has not allowed yet.
  const [pending, setPending] = useState<{ origin: string; host: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Typed values win over the saved ones; the saved password never comes back to the page.
  const url = serverUrl ?? saved?.serverUrl ?? '';
  const user = username ?? saved?.username ?? '';
  const approvedOrigins = approved ?? (saved && saved.serverUrl === url.trim() ? saved.approvedOrigins : []);
  const account = { serverUrl: url.trim(), username: user.trim(), password, approvedOrigins };
  const listUrl = chosen ?? saved?.collectionUrl ?? '';

  const run = (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    void work().catch((e: Error) => setError(errorText(e))).finally(() => setBusy(false));
  };
  // permissions.request must run straight from the click: no await before it.
  const connect = (event: Event) => {
    event.preventDefault();
    let pattern: string;
    try {
      pattern = serverPermissionPattern(account.serverUrl);
    } catch {
      setError(t('syncBadUrl'));
      return;
    }
    // Hosts allowed before are asked again with it: the browser may have forgotten them.
    const asked = browser.permissions.request({ origins: [pattern, ...approvedOrigins.map(serverPermissionPattern)] });
    run(async () => {
      if (!(await asked)) throw new Error(t('syncPermissionDenied'));
      await discover(approvedOrigins);
    });
  };
  const discover = async (origins: string[]) => {
    const reply = await request('sync.discover', { ...account, approvedOrigins: origins });
    setPending(reply.approve ?? null);
    setLists(reply.approve ? null : reply.lists);
  };
  // The server keeps the lists on another host (iCloud): ask for it, from this click.
  const allowHost = (host: { origin: string; host: string }) => {
    const asked = browser.permissions.request({ origins: [serverPermissionPattern(host.origin)] });
    run(async () => {
      if (!(await asked)) throw new Error(t('syncHostDenied', host.host));
      const next = [...approvedOrigins, host.origin];
      setApproved(next);
      await discover(next);
    });
  };
  const createList = () =>
    run(async () => {
      const { list } = await request('sync.createList', { ...account, name: 'Tasklane' });
      setLists([...(lists ?? []), list]);
      setChosen(list.url);
    });
  const save = (enabled: boolean) =>
    run(async () => {
      const name = lists?.find((l) => l.url === listUrl)?.name ?? saved?.collectionName;
      await request('sync.save', { ...account, collectionUrl: listUrl, enabled, ...(name ? { collectionName: name } : {}) });
      setPassword('');
      await live.reload();
    });

  const status = live.data?.status;
  const on = Boolean(saved?.enabled && listUrl === saved.collectionUrl);
  return (
    <section id="sync" aria-labelledby="sync-heading">
      <SectionHeader id="sync" title={t('navSync')} intro={t('syncIntro')} />
      {(error ?? live.error) && <p class="error" role="alert">{error ?? live.error}</p>}
      <form class="card sync-server" onSubmit={connect}>
        <h3>{t('syncServer')}</h3>
        <div class="form-grid two">
          <label class="span-two">{t('syncServerUrl')}
            <input type="url" required maxLength={2048} placeholder="https://cloud.example.com/remote.php/dav" value={url}
              onInput={(e) => {
                setServerUrl((e.target as HTMLInputElement).value);
                // Hosts allowed for another server are not this one's.
                setApproved([]);
                setPending(null);
              }} />
          </label>
          <label>{t('syncUsername')}
            <input required maxLength={200} autoComplete="username" value={user} onInput={(e) => setUsername((e.target as HTMLInputElement).value)} />
          </label>
          <label>{t('syncPassword')}
            <input type="password" maxLength={500} autoComplete="current-password" value={password}
              placeholder={saved?.hasPassword ? t('syncPasswordSaved') : ''} onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
          </label>
        </div>
        <p class="hint">{t('syncPasswordHint')}</p>
        <div class="form-actions">
          <button type="submit" class="btn-primary" disabled={busy}>{t('syncConnect')}</button>
        </div>
      </form>

      {pending && (
        <div class="card" data-testid="sync-approve-host">
          <p>{t('syncHostAsk', pending.host)}</p>
          <p class="hint">{t('syncHostHint')}</p>
          <div class="form-actions">
            <button type="button" class="btn-primary" disabled={busy} onClick={() => allowHost(pending)}>{t('syncHostAllow', pending.host)}</button>
          </div>
        </div>
      )}

      {(lists || saved?.collectionUrl) && (
        <div class="card">
          <h3>{t('syncList')}</h3>
          {lists?.length === 0 && <p class="hint">{t('syncNoLists')}</p>}
          <div class="sync-list-row">
            <select aria-label={t('syncList')} value={listUrl} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
              <option value="">{t('syncChooseList')}</option>
              {(lists ?? [{ url: saved!.collectionUrl!, name: saved?.collectionName ?? saved!.collectionUrl! }]).map((l) => (
                <option key={l.url} value={l.url}>{l.name}</option>
              ))}
            </select>
            {lists && <button type="button" class="btn" disabled={busy} onClick={createList}>{t('syncCreateList')}</button>}
          </div>
          <div class="form-actions">
            <button type="button" role="switch" class={on ? 'btn' : 'btn-primary'} aria-checked={saved?.enabled ?? false} disabled={busy || !listUrl}
              onClick={() => save(!(saved?.enabled ?? false) || listUrl !== saved?.collectionUrl)}>
              {on ? t('syncTurnOff') : t('syncTurnOn')}
            </button>
          </div>
        </div>
      )}

      {saved && (
        <div class="card" data-testid="sync-status">
          <h3>{t('syncStatus')}</h3>
          <p class="sync-state">
            <span class={`sync-dot${saved.enabled ? ' on' : ''}`} aria-hidden="true" />
            {saved.enabled ? t('syncOn', saved.collectionName ?? saved.collectionUrl ?? '') : t('syncOff')}
          </p>
          {saved.approvedOrigins.length > 0 && <p class="hint">{t('syncAlsoHosts', saved.approvedOrigins.map((o) => new URL(o).host).join(', '))}</p>}
          <p>{t('syncLast', when(status?.lastSyncAt))}</p>
          {status?.lastReport && <p class="hint">{t('syncReport', status.lastReport.pulled, status.lastReport.pushed, status.lastReport.deleted)}</p>}
          {status?.lastError && <p class="error" role="status">{t('syncLastError', when(status.lastError.at), syncErrorText(status.lastError, t))}</p>}
          {status?.nextRetryAt && <p class="hint">{t('syncRetryAt', when(status.nextRetryAt))}</p>}
          {status?.lastReport?.skipped.map((s) => <p key={s.href} class="hint">{skippedText(s, t)}</p>)}
          <div class="form-actions">
            <button type="button" class="btn" disabled={!saved.enabled || live.data?.running}
              onClick={() => void request('sync.now', {}).catch((e: Error) => setError(errorText(e)))}>
              {live.data?.running ? t('syncRunning') : t('syncNow')}
            </button>
          </div>
        </div>
      )}
      <ConflictLog conflicts={live.data?.conflicts ?? []} />
    </section>
  );
}

function ConflictLog({ conflicts }: { conflicts: SyncConflict[] }) {
  if (!conflicts.length) return null;
  return (
    <div class="card" data-testid="sync-conflicts">
      <h3>{t('syncConflicts')}</h3>
      <ul class="sync-conflicts">
        {conflicts.map((c) => (
          <li key={c.id}>
            <strong>{c.title}</strong> — {new Date(c.at).toLocaleString(locale())}: {conflictText(c, t)}
            <details>
              <summary>{t('syncDiscarded')}</summary>
              <pre>{c.discarded}</pre>
            </details>
          </li>
        ))}
      </ul>
      <div class="form-actions">
        <button type="button" class="btn" onClick={() => void request('sync.clearConflicts', {})}>{t('syncClearConflicts')}</button>
      </div>
    </div>
  );
}
