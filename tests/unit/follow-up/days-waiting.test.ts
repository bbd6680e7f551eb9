// The popup's "days waiting" (issue 16): plural rules, counted in calendar days of the rep's zone.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { daysWaitingLabel } from '@/entrypoints/popup/follow-ups';
import { resetFakeBrowser } from '../../helpers/fake-browser';

const at = (date: string, time: string) => new Date(`${date}T${time}:00`).getTime();

beforeEach(() => {
  resetFakeBrowser();
  // WXT's fake browser leaves the UI language unmocked: an English browser.
  (fakeBrowser.i18n as { getUILanguage: () => string }).getUILanguage = () => 'en-US';
});

describe('daysWaitingLabel', () => {
  it('says "Sent today", then one day, then days', () => {
    expect(daysWaitingLabel(at('2026-12-02', '08:00'), '2026-12-02')).toBe('Sent today');
    // Sent late last night: one calendar day, not zero.
    expect(daysWaitingLabel(at('2026-12-01', '23:50'), '2026-12-02')).toBe('1 day waiting');
    expect(daysWaitingLabel(at('2026-11-28', '09:00'), '2026-12-02')).toBe('4 days waiting');
  });
});
