// Insights: completion rate and overdue count per goal type over the last 12 weeks (uPlot), and
// the milestone tasks with their dates. Empty data teaches how the charts fill up.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { categoryList } from '@/components/useCategories';
import { calendarDate } from '@/components/options/dates';
import { locale, t, tn } from '@/components/options/i18n-override';
import { goalSeries, totals, weekTimes } from '@/components/options/insights/insight-data';
import { InsightTable } from '@/components/options/insights/InsightTable';
import { Milestones } from '@/components/options/insights/Milestones';
import type { WeekChart as WeekChartType } from '@/components/options/insights/WeekChart';
import { SectionHeader, Status } from '@/components/options/SectionHeader';
import { settings, todayLocal } from '@/components/options/state';
import { useLive } from '@/components/options/useLive';
import { request } from '@/lib/messages';

const WEEKS = 12;

/** uPlot (about 20 KB gzip) loads only when Insights is opened, not with the options page. */
function useWeekChart() {
  const [Chart, setChart] = useState<typeof WeekChartType | null>(null);
  useEffect(() => {
    void import('@/components/options/insights/WeekChart').then((m) => setChart(() => m.WeekChart));
  }, []);
  return Chart;
}

export function InsightsSection() {
  const WeekChart = useWeekChart();
  const live = useLive(() => request('insights.get', { weeks: WEEKS, today: todayLocal() }), ['task', 'category']);
  const goals = categoryList.value.filter((c) => c.dimension === 'goal').sort((a, b) => a.order - b.order);
  const data = live.data;
  const charts = useMemo(() => {
    if (!data) return null;
    return {
      weeks: weekTimes(data),
      weekLabels: data.weeks.map((w) => calendarDate(w.start, locale()).replace(/^\S+\s|周.$/g, '')),
      rate: goalSeries(data, goals, (s) => (s.completionRate == null ? null : Math.round(s.completionRate * 100)), t('noGoal')),
      overdue: goalSeries(data, goals, (s) => s.overdue, t('noGoal')),
      sum: totals(data),
    };
  }, [data, categoryList.value, locale()]);
  const theme = settings.value?.theme ?? 'auto';
  const empty = charts && charts.sum.due === 0;

  return (
    <section id="insights" aria-labelledby="insights-heading">
      <SectionHeader id="insights" title={t('navInsights')} intro={tn('insightsIntro', WEEKS, WEEKS)} />
      <Status error={live.error} />
      {!data && !live.error && <p class="empty">{t('loading')}</p>}
      {charts && empty && (
        <div class="empty-state">
          <p class="empty-title">{t('noInsightsTitle')}</p>
          <p>{t('noInsightsBody')}</p>
          <a class="btn" href="#targets">{t('setATarget')}</a>
        </div>
      )}
      {charts && !empty && (
        <>
          <div class="tiles">
            <div class="tile"><span class="tile-value">{charts.sum.due}</span><span class="tile-label">{tn('tileDue', WEEKS, WEEKS)}</span></div>
            <div class="tile"><span class="tile-value">{charts.sum.rate == null ? '—' : `${Math.round(charts.sum.rate * 100)}%`}</span><span class="tile-label">{t('tileRate')}</span></div>
            <div class="tile"><span class="tile-value">{charts.sum.completed ? `${Math.round((charts.sum.onTime / charts.sum.completed) * 100)}%` : '—'}</span><span class="tile-label">{t('tileOnTime')}</span></div>
            <div class="tile"><span class={charts.sum.overdueAll ? 'tile-value warn' : 'tile-value'}>{charts.sum.overdueAll}</span><span class="tile-label">{t('tileOverdue')}</span></div>
          </div>
          <div class="chart-grid">
            <div class="card">
              <h3>{t('chartRate')}</h3>
              {WeekChart && <WeekChart weeks={charts.weeks} weekLabels={charts.weekLabels} series={charts.rate} format={(v) => `${Math.round(v)}%`} range={[0, 100]} label={t('chartRateAlt')} theme={theme} />}
            </div>
            <div class="card">
              <h3>{t('chartOverdue')}</h3>
              {WeekChart && <WeekChart weeks={charts.weeks} weekLabels={charts.weekLabels} series={charts.overdue} format={(v) => String(Math.round(v))} label={t('chartOverdueAlt')} theme={theme} />}
            </div>
          </div>
          <InsightTable insights={data!} goals={goals} />
        </>
      )}
      {data && <Milestones milestones={data.milestones} />}
    </section>
  );
}
