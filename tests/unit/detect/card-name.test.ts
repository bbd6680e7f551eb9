// A nameless address inside a card takes the name its card writes before it (lib/detect/
// ownership.ts nameInCard): a full name — never a one-word section heading ("Tidslinje",
// "Timeline" over an activity), a hidden notice's button, or a heading with a message's
// sentences between it and the address.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { parseWithLinkedom } from './helpers';

const URL_CRM = new URL('https://crm.fjallvind-kunder.example/konto/4471');
const namesOf = (body: string) => detectPage(parseWithLinkedom(`<html><body>${body}</body></html>`), URL_CRM).contacts.map((c) => [c.email, c.name]);

describe("a card's name for its nameless address", () => {
  it('is a full name written before it', () => {
    expect(namesOf('<section><h3>Maria Berg</h3><div>Inköpschef</div><div>maria.berg@fjallvind.example</div></section>')).toEqual([['maria.berg@fjallvind.example', 'Maria Berg']]);
  });
  it('is never a one-word section heading over an activity', () => {
    expect(namesOf('<section><h3>Tidslinje</h3><div><span>Anteckning</span><div>Skicka fakturan till ekonomi@fjallvind.example från januari.</div></div></section>')).toEqual([['ekonomi@fjallvind.example', null]]);
  });
});
