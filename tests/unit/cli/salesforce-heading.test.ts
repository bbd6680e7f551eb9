// Issue 15: a Salesforce record's heading holds the object's label ("Contact", "潜在客户",
// "Kontakt") before the name. The person is the name alone, paired with the record's email from
// the highlights panel, so the page's main person and the task's title are right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { salesforceAdapter } from '@/lib/detect/sites/salesforce';
import { classifyHtml } from '../../../scripts/classify-page';
import { FIXTURES, savedPage } from '../../helpers/page-message';

const EN = 'context/salesforce-contact-heading-en';
const ZH = 'context/salesforce-lead-heading-zh';
const html = (name: string) => readFileSync(join(FIXTURES, `${name}.html`), 'utf8');

describe('Salesforce record heading with the object label inside', () => {
  it.each([
    [EN, html(EN), 'Marcus Feld', 'marcus.feld@orbis-pumps.ch'],
    [ZH, html(ZH), '周涛', 'zhoutao@hengrun-dq.cn'],
    // A German org, the label not marked by its class: the words before the name are dropped.
    [EN, html(EN).replace('<div class="entityNameTitle slds-line-height_reset">Contact</div>', '<span>Kontakt</span> '), 'Marcus Feld', 'marcus.feld@orbis-pumps.ch'],
  ])('%s: the adapter reads the name without the label and the email of the highlights panel', (name, text, person, email) => {
    const page = savedPage(name, text);
    const [record] = salesforceAdapter.detect(page.document, page.url);
    expect(record).toMatchObject({ role: 'record', name: person, email });
    expect(salesforceAdapter.context(page.document, page.url).recordName).toBe(person);
    const out = classifyHtml(page.document, { url: page.url, today: '2026-12-01' });
    expect(out.person).toBe(email);
    expect(out.source!.title).toBe(person);
    expect(out.suggestion!.title).toContain(person);
    expect(out.suggestion!.categories.customer).toBe('b2b');
  });
});
