// Targets: "20 new-customer tasks completed a week" — a count per category value and period,
// with progress toward it in the current period.
import { useState } from 'preact/hooks';
import { announce } from '@/components/options/announce';
import { t } from '@/components/options/i18n-override';
import { SectionHeader, Status } from '@/components/options/SectionHeader';
import { todayLocal } from '@/components/options/state';
import { TargetForm } from '@/components/options/targets/TargetForm';
import { TargetRow } from '@/components/options/targets/TargetRow';
import { useLive } from '@/components/options/useLive';
import { request } from '@/lib/messages';
import type { Target } from '@/lib/model';

export function TargetsSection() {
  const live = useLive(async () => (await request('target.list', { today: todayLocal() })).targets, ['target', 'task', 'category']);
  const [editing, setEditing] = useState<Target | 'new' | null>(null);
  const save = async (target: Target) => {
    await request('target.save', { target });
    announce(t('targetSaved'));
    setEditing(null);
    await live.reload();
  };
  const targets = live.data ?? [];
  return (
    <section id="targets" aria-labelledby="targets-heading">
      <SectionHeader id="targets" title={t('navTargets')} intro={t('targetsIntro')}>
        {editing !== 'new' && <button type="button" class="btn-primary" onClick={() => setEditing('new')}>+ {t('addTarget')}</button>}
      </SectionHeader>
      <Status error={live.error} />
      {editing === 'new' && <TargetForm onSave={save} onCancel={() => setEditing(null)} />}
      {live.data && targets.length === 0 && editing !== 'new' && (
        <div class="empty-state">
          <p class="empty-title">{t('noTargetsTitle')}</p>
          <p>{t('noTargetsBody')}</p>
        </div>
      )}
      <ul class="target-list">
        {targets.map((progress) =>
          editing !== 'new' && editing?.id === progress.target.id ? (
            <li key={progress.target.id} class="card"><TargetForm initial={progress.target} onSave={save} onCancel={() => setEditing(null)} /></li>
          ) : (
            <TargetRow key={progress.target.id} progress={progress} onEdit={() => setEditing(progress.target)}
              onDeleted={() => void live.reload()} />
          ),
        )}
      </ul>
    </section>
  );
}
