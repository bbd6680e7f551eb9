import { describe, expect, it } from 'vitest';
import { DEFAULT_GOAL_KEYWORDS } from '@/lib/classify';
import { reason, run } from './helpers';

describe('goal from keywords', () => {
  it.each([
    ['Invoice 2231', 'payment_collection', 'invoice'],
    ['Remittance advice', 'payment_collection', 'remittance'],
    ['Pricing for 40 seats', 'new_customer', 'pricing'],
    ['Demo request', 'new_customer', 'demo'],
    ['Renewal of your licence', 'existing_customer', 'renewal'],
    ['Support ticket #88', 'existing_customer', 'support'],
    ['Competitor pricing survey', 'market_research', 'survey'],
    ['关于三月回款', 'payment_collection', '回款'],
    ['对账单', 'payment_collection', '对账'],
    ['产品试用申请', 'new_customer', '试用'],
    ['续约提醒', 'existing_customer', '续约'],
    ['竞品调研', 'market_research', '调研'],
  ])('%s → %s', (subject, goal, detail) => {
    const s = run({ subject });
    expect(s.categories.goal).toBe(goal);
    expect(reason(s, 'goal')).toEqual({ dimension: 'goal', value: goal, code: 'keyword', detail });
  });

  it('matches whole English words only, plurals included', () => {
    expect(run({ subject: 'Invoices attached' }).categories.goal).toBe('payment_collection');
    expect(run({ subject: 'Our marketing newsletter' }).categories.goal).toBeUndefined(); // not "market"
    expect(run({ subject: 'Quoted text' }).categories.goal).toBeUndefined(); // not "quote"
    expect(run({ subject: 'Cross sell ideas' }).categories.goal).toBe('existing_customer'); // "cross-sell"
  });

  it('matches Chinese keywords inside a sentence', () => {
    expect(run({ text: '您好，请确认本月的付款进度。' }).categories.goal).toBe('payment_collection');
  });

  it('weighs the subject above the body', () => {
    // Body: two new-customer words; subject: one payment word (worth three).
    const s = run({ subject: 'Invoice', text: 'Thanks for the demo and the quote.' });
    expect(s.categories.goal).toBe('payment_collection');
  });

  it('breaks a tie toward the concrete action: payment, then an existing relationship', () => {
    expect(run({ text: 'About the invoice and the demo.' }).categories.goal).toBe('payment_collection');
    expect(run({ subject: 'Q3 renewal: revised quote for 40 seats' }).categories.goal).toBe('existing_customer');
    expect(reason(run({ subject: 'Q3 renewal: revised quote' }), 'goal')).toMatchObject({ code: 'keyword', detail: 'renewal' });
  });

  it('does not treat a bare quarter name as a milestone', () => {
    expect(run({ subject: 'Q3 renewal: revised quote' }).categories.cycle).toBe('daily');
  });

  it('uses the user\'s keyword list for a goal instead of the default one', () => {
    const config = { keywords: { payment_collection: ['PO number'], market_research: ['Gartner'] } };
    expect(run({ subject: 'Invoice' }, config).categories.goal).toBeUndefined();
    expect(run({ subject: 'Your PO number' }, config).categories.goal).toBe('payment_collection');
    expect(run({ text: 'see the gartner report' }, config).categories.goal).toBe('market_research');
    // Other goals keep their defaults.
    expect(run({ subject: 'Demo' }, config).categories.goal).toBe('new_customer');
  });

  it('treats user keywords as text, not as regular expressions', () => {
    const config = { keywords: { new_customer: ['.*', '(a+)+$', '-', '   '] } };
    expect(run({ subject: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' }, config).categories.goal).toBeUndefined();
    expect(run({ subject: 'regex .* here' }, config).categories.goal).toBe('new_customer');
  });

  it('ships keywords for every goal in both languages', () => {
    for (const list of Object.values(DEFAULT_GOAL_KEYWORDS)) {
      expect(list.some((k) => /[a-z]/i.test(k))).toBe(true);
      expect(list.some((k) => /[\u4e00-\u9fff]/.test(k))).toBe(true);
    }
  });
});

describe('goal from the relationship', () => {
  const record = 'https://acme.lightning.force.com/lightning/r/Contact/003XX/view';

  it('a CRM record page means an existing customer', () => {
    const s = run({ site: 'hubspot', url: 'https://app.hubspot.com/contacts/1/record/0-1/51' });
    expect(reason(s, 'goal')).toEqual({ dimension: 'goal', value: 'existing_customer', code: 'crm-record', detail: 'hubspot' });
  });

  it('a CRM lead record means a new customer', () => {
    expect(run({ site: 'salesforce', url: 'https://acme.lightning.force.com/lightning/r/Lead/00QXX/view' }).categories.goal).toBe('new_customer');
    expect(run({ site: 'dynamics', url: 'https://org.crm.dynamics.com/main.aspx?etn=lead&id=1' }).categories.goal).toBe('new_customer');
    expect(reason(run({ site: 'zoho', url: 'https://crm.zoho.com/crm/org1/tab/Leads/42' }), 'goal')?.code).toBe('crm-lead');
  });

  it('a contact with earlier tasks is an existing customer', () => {
    const s = run({ contact: { email: 'a@acme.com' }, history: { openTasks: 0, totalTasks: 3 } });
    expect(reason(s, 'goal')).toEqual({ dimension: 'goal', value: 'existing_customer', code: 'known-contact', detail: '3 earlier tasks' });
    expect(run({ history: { openTasks: 0, totalTasks: 0 } }).categories.goal).toBeUndefined();
  });

  it('overrides a weak contradicting keyword, not a strong one', () => {
    const history = { openTasks: 1, totalTasks: 2 };
    expect(run({ text: 'Could you send a quote for more seats?', history }).categories.goal).toBe('existing_customer');
    expect(run({ subject: 'Quote request', history }).categories.goal).toBe('new_customer');
    expect(run({ site: 'salesforce', url: record, text: 'a quote please' }).categories.goal).toBe('existing_customer');
  });

  it('never overrides payment or research keywords', () => {
    const history = { openTasks: 1, totalTasks: 2 };
    expect(run({ text: 'The invoice is attached.', history }).categories.goal).toBe('payment_collection');
    expect(run({ site: 'salesforce', url: record, text: '请填写调研问卷' }).categories.goal).toBe('market_research');
  });
});
