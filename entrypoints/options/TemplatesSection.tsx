// Templates: what a one-click task looks like, per goal type. The shipped ones are editable;
// reps add their own and delete what they do not use.
import { useState } from 'preact/hooks';
import { categoryList } from '@/components/useCategories';
import { announce } from '@/components/options/announce';
import { Chip } from '@/components/options/Chip';
import { labelOf, t } from '@/components/options/i18n-override';
import { slugId } from '@/components/options/ids';
import { SectionHeader, Status } from '@/components/options/SectionHeader';
import { TemplateCard } from '@/components/options/templates/TemplateCard';
import { TemplateEditor } from '@/components/options/templates/TemplateEditor';
import { useLive } from '@/components/options/useLive';
import { request } from '@/lib/messages';
import type { Template } from '@/lib/model';

export function TemplatesSection() {
  const live = useLive(async () => (await request('templates.list', {})).templates, ['template']);
  const [adding, setAdding] = useState<string | null>(null);
  const templates = (live.data ?? []).slice().sort((a, b) => a.order - b.order);
  const goals = categoryList.value.filter((c) => c.dimension === 'goal').sort((a, b) => a.order - b.order);

  const newTemplate = (goal: string): Template => ({
    id: '',
    goal,
    labels: { en: '', 'zh-CN': '' },
    title: { en: '', 'zh-CN': '' },
    notes: { en: '', 'zh-CN': '' },
    dueOffsetDays: 1,
    cycle: 'daily',
    order: templates.reduce((max, tpl) => Math.max(max, tpl.order + 1), 0),
  });
  const add = async (template: Template) => {
    const id = slugId(template.labels.en, templates.map((tpl) => tpl.id), 'template');
    await request('template.save', { template: { ...template, id } });
    announce(t('templateSaved', template.labels.en));
    setAdding(null);
    await live.reload();
  };

  return (
    <section id="templates" aria-labelledby="templates-heading">
      <SectionHeader id="templates" title={t('navTemplates')} intro={t('templatesIntro')} />
      <Status error={live.error} />
      {!live.data && !live.error && <p class="empty">{t('loading')}</p>}
      {live.data &&
        goals.map((goal) => {
          const mine = templates.filter((tpl) => tpl.goal === goal.id);
          return (
            <div class="card template-group" key={goal.id} data-goal={goal.id}>
              <div class="group-head">
                <h3><Chip value={goal} /></h3>
                <button type="button" class="btn-small" onClick={() => setAdding(goal.id)}
                  aria-label={t('addTemplateFor', labelOf(goal.labels))}>+ {t('addTemplate')}</button>
              </div>
              {mine.length === 0 && adding !== goal.id && <p class="empty">{t('noTemplates')}</p>}
              <ul class="template-list">
                {mine.map((tpl) => (
                  <TemplateCard key={tpl.id} template={tpl} onChanged={() => void live.reload()} />
                ))}
              </ul>
              {adding === goal.id && (
                <TemplateEditor initial={newTemplate(goal.id)} isNew onSave={add} onCancel={() => setAdding(null)} />
              )}
            </div>
          );
        })}
    </section>
  );
}
