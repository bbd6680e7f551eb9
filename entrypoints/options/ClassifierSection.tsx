// Classifier: the words that point to each goal type (English and Chinese, one per line), the
// rep's reseller domains and free-mail overrides. Saved with 'settings.save'.
import { useEffect, useState } from 'preact/hooks';
import { categoryList } from '@/components/useCategories';
import { announce } from '@/components/options/announce';
import { errorText, labelOf, t, tn } from '@/components/options/i18n-override';
import { lines } from '@/components/options/ids';
import { SectionHeader, Status } from '@/components/options/SectionHeader';
import { saveSettings, settings } from '@/components/options/state';
import type { Settings } from '@/lib/model';

const MAX_WORDS = 200;
const MAX_WORD = 60;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

type Draft = { keywords: Record<string, string>; reseller: string; free: string; company: string };

function draftOf(s: Settings | null): Draft {
  const keywords: Record<string, string> = {};
  for (const [goal, words] of Object.entries(s?.goalKeywords ?? {})) keywords[goal] = (words ?? []).join('\n');
  return {
    keywords,
    reseller: (s?.resellerDomains ?? []).join('\n'),
    free: (s?.freeMailDomains ?? []).join('\n'),
    company: (s?.companyMailDomains ?? []).join('\n'),
  };
}

export function ClassifierSection() {
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings.value));
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  // Follow changes saved elsewhere unless the rep is typing here.
  useEffect(() => {
    if (!dirty) setDraft(draftOf(settings.value));
  }, [settings.value]);

  const goals = categoryList.value.filter((c) => c.dimension === 'goal' && !c.archived).sort((a, b) => a.order - b.order);
  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    setOk(null);
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const goalKeywords: Record<string, string[]> = {};
    for (const goal of goals) {
      const words = lines(draft.keywords[goal.id] ?? '');
      const long = words.find((w) => w.length > MAX_WORD);
      if (long) return setError(tn('keywordTooLong', MAX_WORD, long.slice(0, 20), MAX_WORD));
      if (words.length > MAX_WORDS) return setError(tn('tooManyKeywords', MAX_WORDS, labelOf(goal.labels), MAX_WORDS));
      if (words.length) goalKeywords[goal.id] = words;
    }
    const domains = { reseller: lines(draft.reseller, true), free: lines(draft.free, true), company: lines(draft.company, true) };
    const bad = [...domains.reseller, ...domains.free, ...domains.company].find((d) => !DOMAIN.test(d.replace(/^@/, '')));
    if (bad) return setError(t('badDomain', bad));
    const strip = (list: string[]) => list.map((d) => d.replace(/^@/, '')).slice(0, 200);
    try {
      await saveSettings({
        goalKeywords,
        resellerDomains: strip(domains.reseller),
        freeMailDomains: strip(domains.free),
        companyMailDomains: strip(domains.company),
      } as Partial<Settings>);
      setDirty(false);
      setError(null);
      setOk(t('saved'));
      announce(t('saved'));
    } catch (err) {
      setError(errorText(err));
    }
  };

  const area = (id: string, label: string, hint: string, value: string, onInput: (v: string) => void, rows = 4) => (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} rows={rows} value={value} placeholder={id.startsWith('kw-') ? t('keywordsPlaceholder') : 'partner.example.com'} aria-describedby={`${id}-hint`} spellcheck={false}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)} />
      <small id={`${id}-hint`} class="hint">{hint}</small>
    </div>
  );

  return (
    <section id="classifier" aria-labelledby="classifier-heading">
      <SectionHeader id="classifier" title={t('navClassifier')} intro={t('classifierIntro')} />
      <form onSubmit={save}>
        <div class="card">
          <h3>{t('goalKeywords')}</h3>
          <p class="hint">{t('goalKeywordsHint')}</p>
          <div class="keyword-grid">
            {goals.map((goal) => (
              <div key={goal.id} class="keyword-field" style={{ '--chip': goal.color }}>
                {area(`kw-${goal.id}`, labelOf(goal.labels), t('onePerLine'), draft.keywords[goal.id] ?? '',
                  (v) => edit({ keywords: { ...draft.keywords, [goal.id]: v } }), 5)}
              </div>
            ))}
          </div>
        </div>
        <div class="card">
          <h3>{t('domains')}</h3>
          <div class="keyword-grid">
            {area('reseller-domains', t('resellerDomains'), t('resellerDomainsHint'), draft.reseller, (v) => edit({ reseller: v }))}
            {area('free-domains', t('freeMailDomains'), t('freeMailDomainsHint'), draft.free, (v) => edit({ free: v }))}
            {area('company-domains', t('companyMailDomains'), t('companyMailDomainsHint'), draft.company, (v) => edit({ company: v }))}
          </div>
        </div>
        <div class="sticky-actions">
          <button type="submit" class="btn-primary" disabled={!dirty}>{t('save')}</button>
          {dirty && <span class="hint">{t('unsavedChanges')}</span>}
          <Status error={error} ok={ok} />
        </div>
      </form>
    </section>
  );
}
