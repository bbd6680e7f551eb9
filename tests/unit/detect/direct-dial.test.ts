// Round 8, lane B kind 4: on a page that writes a switchboard with its "-0" ("Tel. +49 89
// 4521870-0"), a person's phone is their own direct dial (the full number in their block, or the
// switchboard with the extension they are given: "Durchwahl -21"), never the switchboard; a page
// without such a switchboard is left as it was.
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/detect/index';
import { parseWithLinkedom, toCliOutput } from './helpers';

const URL_ = 'https://www.kessler-antriebe.example/kontakt';

function phones(body: string): Record<string, string | null> {
  const doc = parseWithLinkedom(`<html lang="de"><head><title>Kontakt</title></head><body><main>${body}</main></body></html>`);
  return Object.fromEntries(toCliOutput(detectPage(doc, new URL(URL_)), doc).contacts.map((c) => [c.email ?? c.name ?? '?', c.phone]));
}

const mail = (who: string) => `<a href="mailto:${who}@kessler-antriebe.example">${who}@kessler-antriebe.example</a>`;
const HEAD = `<h1>Kontakt</h1><p>Kessler Antriebstechnik GmbH<br>Tel. +49 89 4521870-0<br>E-Mail: ${mail('info')}</p><h2>Ansprechpartner</h2>`;

describe('direct dials beside a switchboard', () => {
  it.each([
    ['Durchwahl -21', '+4989452187021'],
    ['DW: 21', '+4989452187021'],
    ['App. 21', '+4989452187021'],
    ['Tel. +49 89 4521870-21', '+4989452187021'],
    ['Tel. 089 4521870-21', '+4989452187021'],
  ])('"%s" is the person\'s phone', (dial, phone) => {
    expect(phones(`${HEAD}<p>Vertrieb: <b>Stefan Huber</b>, ${dial}, ${mail('s.huber')}</p><p>Einkauf: <b>Petra Lang</b>, ${mail('p.lang')}</p>`)['s.huber@kessler-antriebe.example']).toBe(phone);
  });

  it('leaves the switchboard with the company\'s block: its mailbox keeps it, a person below gets none', () => {
    const got = phones(`${HEAD}<p>Vertrieb: <b>Stefan Huber</b>, ${mail('s.huber')}</p>`);
    expect(got['s.huber@kessler-antriebe.example']).toBeNull();
    expect(got['info@kessler-antriebe.example']).toBe('+498945218700');
    const alone = phones(`<p>Kessler Antriebstechnik GmbH<br>Tel. +49 89 4521870-0</p><h2>Ansprechpartner</h2><p>Vertrieb: <b>Stefan Huber</b>, ${mail('s.huber')}</p>`);
    expect(alone['s.huber@kessler-antriebe.example']).toBeNull();
  });

  it('makes no number of an extension on a page with no "-0" switchboard', () => {
    const got = phones(`<p>Zentrale: +49 89 4521871<br>${mail('info')}</p><p><b>Stefan Huber</b>, Durchwahl 21, ${mail('s.huber')}</p>`);
    expect(got['s.huber@kessler-antriebe.example']).toBeNull();
    expect(got['info@kessler-antriebe.example']).toBe('+49894521871');
  });
});
