// The classify CLI (npm run classify): one JSON object per page, by the code path of a click —
// the page's people as detect prints them, the main person (or --person), the suggestion with its
// reasons, and the task's source and dedupe key; clear errors and exit code 2 on bad input.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_IDS, CUSTOMER_IDS, CYCLE_IDS, GOAL_IDS } from '@/lib/classify/types';
import { FULL_DETECTOR, makeDetector } from '@/lib/detect';
import { classifyHtml, noonOf, type ClassifyOutput } from '../../../scripts/classify-page';
import { savedPage, FIXTURES } from '../../helpers/page-message';
import { toCliOutput } from '../detect/helpers';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'scripts/classify.ts');
const TODAY = '2026-12-06';

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function classify(page: string, ...more: string[]): ClassifyOutput {
  const r = run([join(FIXTURES, `${page}.html`), '--today', TODAY, ...more]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as ClassifyOutput;
}

/** The contract's shape, key by key: nothing more, nothing less, every value of its kind. */
function expectShape(out: ClassifyOutput): void {
  expect(Object.keys(out).sort()).toEqual(['contacts', 'person', 'site', 'source', 'suggestion']);
  const { suggestion, source } = out;
  expect(Object.keys(suggestion!).sort()).toEqual(['categories', 'due', 'reasons', 'title']);
  expect(Object.keys(suggestion!.categories).sort()).toEqual(['channel', 'customer', 'cycle', 'goal']);
  const { goal, cycle, customer, channel } = suggestion!.categories;
  expect([null, ...GOAL_IDS]).toContain(goal);
  expect([null, ...CYCLE_IDS]).toContain(cycle);
  expect([null, ...CUSTOMER_IDS]).toContain(customer);
  expect([null, ...CHANNEL_IDS]).toContain(channel);
  expect(suggestion!.due.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(suggestion!.due.date >= TODAY).toBe(true);
  for (const reason of suggestion!.reasons) {
    expect(Object.keys(reason).sort()).toEqual(['detail', 'dimension', 'value']);
    expect(['goal', 'cycle', 'customer', 'channel', 'due']).toContain(reason.dimension);
  }
  // Every category the suggestion sets carries its reason.
  for (const [dimension, value] of Object.entries(suggestion!.categories)) {
    if (value) expect(suggestion!.reasons).toContainEqual(expect.objectContaining({ dimension, value }));
  }
  expect(Object.keys(source!).sort()).toEqual(['dedupeKey', 'externalId', 'title']);
}

describe('classify CLI', () => {
  it('Roundcube message: the sender by default, contacts as detect prints them, the source and key of this message', () => {
    const out = classify('context/roundcube-elena-delivery');
    expectShape(out);
    const page = savedPage('context/roundcube-elena-delivery');
    expect(out.contacts).toEqual(toCliOutput(makeDetector(FULL_DETECTOR).detectPage(page.document, page.url), page.document).contacts);
    expect(out).toMatchObject({
      site: 'roundcube',
      person: 'elena.petrov@kestrel-freight.com',
      source: { title: 'Re: Delivery dates for the Felixstowe scanners', externalId: 'INBOX/22', dedupeKey: 'roundcube:INBOX/22:elena.petrov@kestrel-freight.com' },
    });
    expect(out.suggestion!.title).toContain('Delivery dates for the Felixstowe scanners');
  }, 60_000);

  it('QQ Mail frame page: two emails of one person at one address are two keys, each titled by its subject', () => {
    const order = classify('context/qqmail-frame-order');
    const statement = classify('context/qqmail-frame-statement');
    for (const out of [order, statement]) {
      expectShape(out);
      expect(out.site).toBe('qqmail');
      expect(out.person).toBe('wang.lei@hengda-machinery.cn');
    }
    expect(order.source!.dedupeKey).not.toBe(statement.source!.dedupeKey);
    expect(order.suggestion!.title).toContain('关于三月份订单的交期确认');
    expect(statement.suggestion!.title).toContain('第四季度对账单及付款安排');
    expect(order.source!.title).toBe('关于三月份订单的交期确认');
  }, 90_000);

  it('--person picks someone else on the page; a CRM record page defaults to its record', () => {
    const marcus = classify('gmail-thread', '--person', 'Marcus.Lee@northwind-traders.com');
    expectShape(marcus);
    expect(marcus.person).toBe('marcus.lee@northwind-traders.com');
    expect(marcus.source!.dedupeKey).toBe('gmail:18fe4a7c2b9d0e11:marcus.lee@northwind-traders.com');
    const record = classify('salesforce-contact', '--tz', 'Europe/Berlin');
    expectShape(record);
    expect(record.site).toBe('salesforce');
    expect(record.person).toBe('h.schneider@brightwater-logistics.de');
    expect(record.source!.externalId).toBe('0035g00000AbCdEAAV');
  }, 90_000);

  it('fails clearly: no --today, an unknown zone, a person not on the page', () => {
    const file = join(FIXTURES, 'gmail-thread.html');
    const cases: [string[], RegExp][] = [
      [[file], /missing --today/],
      [[file, '--today', TODAY, '--tz', 'Mars/Olympus'], /unknown time zone Mars\/Olympus/],
      [[file, '--today', TODAY, '--person', 'nobody@example.org'], /nobody@example\.org is not among the people on this page/],
      [[file, '--today', '06/12/2026'], /--today is not a date/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  }, 120_000);
});

describe('the CLI\'s day in the rep\'s zone', () => {
  it.each(['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Europe/London'])('noon of --today in %s is that day there', (tz) => {
    const noon = noonOf(TODAY, tz);
    const shown = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).format(noon);
    expect(shown).toBe(`${TODAY}, 12`);
  });

  it('the same page gives the same due date in every zone', () => {
    const page = savedPage('roundcube-message-cc');
    const dues = ['America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Europe/London'].map((tz) => classifyHtml(page.document, { url: page.url, today: TODAY, tz }).suggestion!.due.date);
    expect(new Set(dues).size).toBe(1);
    expect(dues[0]! > TODAY).toBe(true);
  });
});
