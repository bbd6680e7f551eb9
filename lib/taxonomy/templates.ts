// The shipped task templates: the "typical activities" of each goal type in
// ../shared/taxonomy.md. `{subject}` and `{name}` are filled in when a task is made.
import type { Template } from '../model';

type Seed = Omit<Template, 'order' | 'notes'> & { notes?: Template['notes'] };

const SEEDS: Seed[] = [
  // New-customer development
  { id: 'prospect_follow_up', goal: 'new_customer', labels: { en: 'Follow up a prospect', 'zh-CN': '跟进潜在客户' }, title: { en: 'Follow up: {subject}', 'zh-CN': '跟进：{subject}' }, dueOffsetDays: 1, cycle: 'daily' },
  { id: 'prospect_visit', goal: 'new_customer', labels: { en: 'Visit or call a prospect', 'zh-CN': '拜访或致电潜在客户' }, title: { en: 'Call {name} to move toward a deal', 'zh-CN': '致电{name}推进成交' }, dueOffsetDays: 2, cycle: 'daily' },
  { id: 'prospecting_plan', goal: 'new_customer', labels: { en: 'Plan prospecting', 'zh-CN': '制定客户开发计划' }, title: { en: 'Plan prospecting and define the target segment', 'zh-CN': '制定开发计划并明确目标客户群' }, dueOffsetDays: 7, cycle: 'phased' },
  { id: 'collect_leads', goal: 'new_customer', labels: { en: 'Collect leads', 'zh-CN': '收集潜在客户线索' }, title: { en: 'Collect leads from web, trade shows and referrals', 'zh-CN': '通过网络、展会和转介绍收集线索' }, dueOffsetDays: 7, cycle: 'phased' },
  // Existing-customer care
  { id: 'check_in', goal: 'existing_customer', labels: { en: 'Regular check-in', 'zh-CN': '定期回访' }, title: { en: 'Check in with {name} for usage feedback', 'zh-CN': '回访{name}了解使用反馈' }, dueOffsetDays: 1, cycle: 'daily' },
  { id: 'support', goal: 'existing_customer', labels: { en: 'Support or solution', 'zh-CN': '技术支持或解决方案' }, title: { en: 'Support: {subject}', 'zh-CN': '支持：{subject}' }, dueOffsetDays: 1, cycle: 'daily' },
  { id: 'upsell', goal: 'existing_customer', labels: { en: 'Propose an upgrade', 'zh-CN': '推荐升级或新产品' }, title: { en: 'Propose an upgrade or new product to {name}', 'zh-CN': '向{name}推荐升级或新产品' }, dueOffsetDays: 3, cycle: 'daily' },
  // Payment collection
  { id: 'payment_progress', goal: 'payment_collection', labels: { en: 'Track a payment', 'zh-CN': '跟踪回款进度' }, title: { en: 'Track payment: {subject}', 'zh-CN': '跟踪回款：{subject}' }, dueOffsetDays: 1, cycle: 'daily' },
  { id: 'reconcile', goal: 'payment_collection', labels: { en: 'Reconcile with finance', 'zh-CN': '与财务对账' }, title: { en: 'Reconcile the receivable with finance', 'zh-CN': '与财务核对应收账款' }, dueOffsetDays: 2, cycle: 'daily' },
  { id: 'payment_dispute', goal: 'payment_collection', labels: { en: 'Resolve a payment dispute', 'zh-CN': '处理付款争议' }, title: { en: 'Resolve payment dispute with {name}', 'zh-CN': '处理与{name}的付款争议' }, dueOffsetDays: 1, cycle: 'daily' },
  // Market research
  { id: 'competitor_watch', goal: 'market_research', labels: { en: 'Analyse a trend or competitor', 'zh-CN': '分析市场趋势或竞品' }, title: { en: 'Analyse: {subject}', 'zh-CN': '分析：{subject}' }, dueOffsetDays: 7, cycle: 'phased' },
  { id: 'collect_feedback', goal: 'market_research', labels: { en: 'Collect needs and feedback', 'zh-CN': '收集客户需求与反馈' }, title: { en: 'Collect feedback from {name} for the product team', 'zh-CN': '向{name}收集需求反馈给产品团队' }, dueOffsetDays: 3, cycle: 'daily' },
  { id: 'sales_strategy', goal: 'market_research', labels: { en: 'Draft a sales strategy', 'zh-CN': '制定销售策略' }, title: { en: 'Draft a targeted sales strategy', 'zh-CN': '制定针对性的销售策略' }, dueOffsetDays: 14, cycle: 'phased' },
];

export const DEFAULT_TEMPLATES: Template[] = SEEDS.map((seed, order) => ({
  ...seed,
  notes: seed.notes ?? { en: '', 'zh-CN': '' },
  order,
}));
