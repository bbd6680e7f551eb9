// Issue 15: the CRM record's own relationship field (Salesforce Type, HubSpot lifecycle stage,
// 客户类型 / 生命周期阶段…) reaches the classifier and decides existing vs new customer, over words
// elsewhere on the record (an upsell deal in negotiation, a "Proposal/Price Quote" stage).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { relationshipOf } from '@/lib/classify/signals/relationship';
import { readRecordStage } from '@/lib/detect/message/record-stage';
import { classifyHtml } from '../../../scripts/classify-page';
import { personOn, savedPage } from '../../helpers/page-message';

const PAGES = [
  { page: 'context/hubspot-contact-lifecycle-lead-en', email: 'priya.nair@kitebridge-logistics.com', stage: 'Lead', goal: 'new_customer' },
  { page: 'context/hubspot-contact-customer-zh', email: 'wumin@baina-precision.cn', stage: '客户', goal: 'existing_customer' },
  { page: 'context/salesforce-account-customer-en', email: 'erik.lindqvist@norrland-timber.se', stage: 'Customer - Direct', goal: 'existing_customer' },
] as const;

describe('a CRM record field that says the relationship', () => {
  for (const { page, email, stage, goal } of PAGES) {
    it(`${page}: the page hands "${stage}" to the classifier and the goal is ${goal}`, () => {
      const saved = savedPage(page);
      expect(personOn(saved, email, '2026-12-01').message!.fields.stage).toBe(stage);
      const out = classifyHtml(saved.document, { url: saved.url, today: '2026-12-01' });
      expect(out.person).toBe(email);
      expect(out.suggestion!.categories.goal).toBe(goal);
      expect(out.suggestion!.reasons.find((r) => r.dimension === 'goal')!.detail).toContain(stage);
    });
  }

  it.each([
    ['Customer - Active', 'existing'], ['Customer - Channel', 'existing'], ['Customer', 'existing'], ['Partner', 'existing'],
    ['Channel Partner / Reseller', 'existing'], ['客户', 'existing'], ['成交客户', 'existing'], ['Kunde', 'existing'],
    ['Prospect', 'lead'], ['Lead', 'lead'], ['Marketing Qualified Lead', 'lead'], ['Subscriber', 'lead'], ['潜在客户', 'lead'], ['线索', 'lead'], ['Interessent', 'lead'],
  ])('the field "%s" makes the record %s, whatever else the record says', (stage, kind) => {
    const other = kind === 'existing' ? 'negotiation' : 'renewal';
    expect(relationshipOf('salesforce', 'https://x.lightning.force.com/lightning/r/Account/0015g00000NvWxYAAV/view', null, false, other, stage)).toMatchObject({ kind });
  });

  it('a field that says neither (Competitor, Other) leaves the decision to the record as before; off a CRM it is not read', () => {
    expect(relationshipOf('hubspot', null, null, false, 'negotiation', 'Other')).toMatchObject({ kind: 'lead' });
    expect(relationshipOf('hubspot', null, null, false, '', 'Competitor')).toMatchObject({ kind: 'existing', code: 'crm-record' });
    expect(relationshipOf('roundcube', null, null, false, '', 'Customer')).toBeNull();
  });
});

describe('readRecordStage on a CRM no adapter names the field for', () => {
  it.each([
    ['<div class="field"><label>Account Type</label><span>Customer</span></div>', 'Customer'],
    ['<dl><dt>客户类型</dt><dd>潜在客户</dd></dl>', '潜在客户'],
    ['<div><span class="label">Kundentyp:</span></div><div><select><option value="Kunde" selected>Kunde</option></select></div>', 'Kunde'],
    ['<div><label>Industry</label><span>Customer service software</span></div>', null],
  ])('%s → %s', (html, stage) => {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    expect(readRecordStage(document as unknown as Document)).toBe(stage);
  });
});
