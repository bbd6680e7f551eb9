// Brief F (issue 15's fourth held-out set): on Outlook.com's consumer build the reading pane's
// sender may carry no address, so the page's only person is the selected row of the message list.
// Their email is the one open in the pane: the subject, the body and its deadline are read there,
// never from the row's sender, subject, American date ("Mon 12/7/2026 8:20 AM") and preview —
// as written, in a hand-written drift of it, and under every rewrite of the drift harness.
import { describe, expect, it } from 'vitest';
import { classifyHtml } from '../../../scripts/classify-page';
import { REWRITES } from '../../drift/rewrites';
import { peopleWithMessages, savedPage, type SavedPage } from '../../helpers/page-message';

const EMAIL = 'dana.okafor@harlowcold.co.uk';
const SUBJECT = 'Revised quote for the loading bay doors';
const TODAY = '2026-12-07';

function expectPaneRead(saved: SavedPage, label: string) {
  const out = classifyHtml(saved.document, { url: saved.url, today: TODAY });
  expect(out.person, label).toBe(EMAIL);
  expect(out.source!.title, label).toBe(SUBJECT);
  expect(out.suggestion!.due.date, label).toBe('2026-12-10');
  expect(out.suggestion!.reasons.find((r) => r.dimension === 'due')!.detail, label).toMatch(/Thursday 10 December/u);
  expect(out.suggestion!.categories, label).toMatchObject({ goal: 'new_customer', customer: 'b2b', channel: 'direct' });
  const row = peopleWithMessages(saved, TODAY).find((p) => p.contact.email === EMAIL)!;
  const text = row.message!.text ?? row.text ?? '';
  expect(text, label).toContain('by Thursday 10 December');
  expect(text, label).not.toContain('8:20');
  expect(text, label).not.toContain('ParcelHub');
  expect(row.text, label).toContain('loading bay doors by Thursday');
  expect(row.message!.fields.sentDate, label).toBe(TODAY);
}

describe('Outlook.com reading pane beside the list', () => {
  it('reads the open message for the selected row', () => {
    expectPaneRead(savedPage('context/outlook-live-pane-en-us'), 'as written');
  });

  it('reads it in a drifted build (no pane label, plain heading, UniqueMessageBody)', () => {
    expectPaneRead(savedPage('context/outlook-live-pane-drift-en-us'), 'drift');
  });

  // attributes-to-child/-parent move the row's own address (its title) away: then detection finds
  // no person on this page at all, which is the detectors' work, not the page reader's.
  for (const rewrite of REWRITES.filter((r) => !r.id.startsWith('attributes-to-'))) {
    it(`reads it under the drift harness's ${rewrite.id}`, () => {
      const saved = savedPage('context/outlook-live-pane-en-us');
      rewrite.apply(saved.document);
      expectPaneRead(saved, rewrite.id);
    });
  }

  it('reads it when the build marks the open row aria-current instead of aria-selected', () => {
    const saved = savedPage('context/outlook-live-pane-drift-en-us');
    for (const row of saved.document.querySelectorAll('[role="option"]')) {
      if (row.getAttribute('aria-selected') === 'true') row.setAttribute('aria-current', 'true');
      row.removeAttribute('aria-selected');
    }
    expectPaneRead(saved, 'aria-current');
  });

  it('never reads another row as the open message', () => {
    const saved = savedPage('context/outlook-live-pane-en-us');
    const other = peopleWithMessages(saved, TODAY).find((p) => p.contact.email === 'no-reply@parcelhub.example');
    if (other) expect(other.message?.text ?? other.text ?? '').not.toContain('loading bay');
  });
});
