// The shipped category values, from ../shared/taxonomy.md. Ids are stable (stored in tasks);
// labels and colours are defaults the rep may change in the options page.
import type { CategoryValue, Dimension } from '../model';

type Seed = [id: string, en: string, zh: string, color: string];

const SEEDS: Record<Dimension, Seed[]> = {
  goal: [
    ['new_customer', 'New-customer development', '新客户开发', '#2563eb'],
    ['existing_customer', 'Existing-customer care', '现有客户维护', '#059669'],
    ['payment_collection', 'Payment collection', '回款确认', '#d97706'],
    ['market_research', 'Market research', '市场调研', '#7c3aed'],
  ],
  cycle: [
    ['daily', 'Routine', '日常任务', '#64748b'],
    ['phased', 'Milestone', '阶段性任务', '#db2777'],
  ],
  customer: [
    ['b2b', 'Business (B2B)', '企业客户', '#0891b2'],
    ['b2c', 'Consumer (B2C)', '个人客户', '#ea580c'],
  ],
  channel: [
    ['direct', 'Direct', '直销', '#4f46e5'],
    ['distribution', 'Distribution / resellers', '分销', '#65a30d'],
    ['online', 'Online', '在线销售', '#0d9488'],
  ],
};

export const DIMENSION_LABELS: Record<Dimension, { en: string; 'zh-CN': string }> = {
  goal: { en: 'Goal type', 'zh-CN': '目标类型' },
  cycle: { en: 'Time cycle', 'zh-CN': '时间周期' },
  customer: { en: 'Customer type', 'zh-CN': '客户类型' },
  channel: { en: 'Sales channel', 'zh-CN': '销售渠道' },
};

export const DEFAULT_CATEGORIES: CategoryValue[] = (Object.keys(SEEDS) as Dimension[]).flatMap(
  (dimension) =>
    SEEDS[dimension].map(([id, en, zh, color], order) => ({
      dimension,
      id,
      labels: { en, 'zh-CN': zh },
      color,
      order,
      archived: false,
    })),
);
