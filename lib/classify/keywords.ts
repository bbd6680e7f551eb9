/**
 * Default goal keywords and milestone words, English and Simplified Chinese (taxonomy.md,
 * "Signals"). The options page lets users edit the goal lists; these are the shipped copy.
 *
 * English entries match whole words (an optional plural -s/-es is allowed, and a space or
 * hyphen inside a phrase matches either); Chinese entries match as substrings, since Chinese
 * has no spaces between words. Words too common to mean anything alone are left out on
 * purpose: "pay" ("pay attention"), "lead" ("lead time"), 问题 ("any question").
 */
import type { GoalId } from './types';

export const DEFAULT_GOAL_KEYWORDS: Readonly<Record<GoalId, readonly string[]>> = {
  payment_collection: [
    'invoice', 'overdue', 'payment', 'remittance', 'receivable', 'past due', 'unpaid',
    'outstanding balance', 'statement of account', 'reconciliation', 'reconcile', 'wire transfer',
    'credit note', 'billing', 'cash flow', 'late payment', 'pay you', 'paying you',
    '回款', '付款', '货款', '尾款', '定金', '发票', '对账', '汇款', '打款', '欠款', '逾期', '应收', '收款', '催款', '账单', '结算', '转账',
    '款项', '余款', '付清', '付钱', '打钱', '给钱', '还钱', '资金紧', '资金有点紧', '晚几天付', '晚几天给',
  ],
  new_customer: [
    'quote', 'quotation', 'pricing', 'price list', 'demo', 'intro', 'introduction', 'proposal',
    'trial', 'prospect', 'RFQ', 'RFP', 'sample', 'partnership', 'interested in',
    // Asking what it would cost, or weighing us before buying.
    'how much', 'estimate', 'idea of the cost', 'rough price', 'price for', 'prices for', 'cost comparison',
    'before we commit', 'business case', 'walk us through', 'walking us through',
    // A partner bringing a new end customer.
    'deal registration', 'registered a deal',
    // Closing the first deal.
    'before we sign', 'countersign', 'draft contract', 'revised contract',
    '报价', '询价', '合作意向', '试用', '演示', '样品', '新客户', '潜在客户', '意向', '报个价', '多少钱', '定做', '定制', '报备',
    '想请贵司', '方案', '签合同', '合同草稿',
  ],
  existing_customer: [
    'issue', 'support', 'renewal', 'renew', 'upgrade', 'ticket', 'bug', 'outage', 'complaint',
    'onboarding', 'upsell', 'cross-sell', 'subscription', 'license', 'licence', 'check-in', 'add-on',
    'replacement', 'refund', 'return', 'warranty', 'repair', 'damaged', 'defective', 'faulty', 'not working',
    'error', 'crash', 'escalate', 'cancel', 'purchase order', 'reorder', 'repeat order', 'order number',
    'your order', 'our order', 'my order', 'placed an order', 'placed the order', 'order confirmation',
    'confirmation email', 'tracking number', 'delivery', 'business review', 'account review', 'QBR', 'usage',
    // Work on what they already have: the next phase, training their staff, something that stopped.
    'phase 2', 'second phase', 'next phase', 'statement of work', 'SOW', 'training session', 'staff training',
    'product training', 'co-marketing', 'joint promotion', 'stopped working', 'has stopped', 'have stopped', 'broken',
    // A bare "spare" is "a spare minute"; a plant's shutdown needs its supplier's parts or service.
    'spare parts', 'spares', 'replacement parts', 'wear parts', 'maintenance shutdown', 'planned shutdown', 'sell-out', 'rebate', "next year's agreement", 'missing item', 'wrong item', 'short-shipped', 'missing from',
    '售后', '续约', '升级', '续费', '故障', '报错', '投诉', '维修', '技术支持', '回访', '使用情况',
    '保修', '检修', '退换', '退货', '换货', '退款', '坏了', '修好', '漏水', '不能用', '用不了', '订单号', '发货', '到货',
    '我的订单', '已下单', '下了单', '少发', '漏发', '补发', '发错', '备件', '返点', '上门安装', '安装调试', '调试', '没到', '还没收到', '培训', '物流单号', '查一下物流',
  ],
  market_research: [
    'survey', 'competitor', 'competitive', 'market', 'feedback', 'trend', 'research', 'benchmark',
    'questionnaire', 'wishlist', 'feature request', 'rival', 'price drop',
    // Someone studying the market and asking us: an interview, a study, a few questions.
    'study on', 'study of', 'short study', 'interview', 'a few questions', 'five questions', 'some questions', 'analyst',
    '调研', '竞品', '市场', '竞争对手', '问卷', '反馈', '趋势', '行业分析', '访谈', '研究报告', '行情',
  ],
};

/**
 * Words that mark work toward a dated target → cycle 'phased'. Not user-editable yet. A quarter
 * alone (Q1–Q4, "quarter", 第二季度) and a bare "annual" are left out: "the Q3 budget", "our
 * quarterly reorder", "annual prepay", 二季度前 (a deadline) fill routine emails; a quarter
 * counts with the work it times ("quarterly review", 季度目标).
 */
export const MILESTONE_WORDS: readonly string[] = [
  'quarterly review', 'quarterly business review', 'quarterly target', 'quarterly plan', 'quarterly goals',
  'target', 'launch', 'campaign', 'annual plan', 'annual campaign', 'milestone', 'roadmap', 'rollout', 'kickoff',
  'fiscal year', 'QBR',
  '季度销售', '季度目标', '季度考核', '季度总结', '季度复盘', '季度计划',
  '目标', '发布', '年度', '里程碑', '上线', '推广活动', '营销活动', '年终',
];
/** Milestone words used of something else: "campaign attribution" is a feature, not a campaign. */
export const NOT_MILESTONE = /(?<![\p{L}])campaign\s+(?:attribution|tracking|reporting|reports?|analytics|data|performance)(?![\p{L}])/giu;
