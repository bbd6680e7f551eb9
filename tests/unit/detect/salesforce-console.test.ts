// A Salesforce console keeps every open subtab's record in the page, the inactive ones hidden —
// in a tab panel of their own, or (Lightning's subtabs) as hidden wrappers inside the one panel
// all subtabs share. The page's record is the shown one's, never a hidden subtab's account.

import { describe, expect, it } from 'vitest';
import { detectPage, pageContext } from '../../../lib/detect/index';
import { parseWithLinkedom } from './helpers';

const URL_ = new URL('https://acme.lightning.force.com/lightning/r/Contact/0035j00000AbCdEAAV/view');
const account = `<records-highlights2><h1 class="slds-page-header__title"><lightning-formatted-text>Nordlicht Pumpen GmbH</lightning-formatted-text></h1>
  <p title="Phone">Phone</p><p><a href="tel:+49301234000">+49 30 1234000</a></p></records-highlights2>`;
const contact = `<records-highlights2><h1 class="slds-page-header__title"><slot name="primaryField"><lightning-formatted-name>Lena Roth</lightning-formatted-name></slot></h1>
  <records-highlights-details-item><p title="Email">Email</p><p><a href="mailto:lena.roth@nordlicht.example">lena.roth@nordlicht.example</a></p></records-highlights-details-item></records-highlights2>`;

const people = (html: string) => detectPage(parseWithLinkedom(`<html><body>${html}</body></html>`), URL_).contacts.map((c) => [c.name, c.email, c.role]);

describe('a console\'s shown subtab', () => {
  it.each([
    ['hidden wrappers in one shared panel', `<section role="tabpanel"><div aria-hidden="true" style="display:none">${account}</div><div class="active">${contact}</div></section>`],
    ['a tab panel each', `<section role="tabpanel" hidden>${account}</section><section role="tabpanel">${contact}</section>`],
  ])('is the record (%s)', (_, html) => {
    expect(people(html)).toContainEqual(['Lena Roth', 'lena.roth@nordlicht.example', 'record']);
    expect(people(html).map(([name]) => name)).not.toContain('Nordlicht Pumpen GmbH');
    // The task made on this page names the shown record, not the hidden account.
    expect(pageContext(parseWithLinkedom(`<html><body>${html}</body></html>`), URL_).recordName).toBe('Lena Roth');
  });
});
