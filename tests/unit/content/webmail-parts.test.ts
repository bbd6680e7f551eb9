// Gmail's and Outlook's scripts (lib/content/webmail-script.ts) know the rep where the CLI does:
// on every fixture of their sites, the account their detector reads is the CLI's. Neither carries
// the CLI's page-chrome reader (selfFromChrome): their adapters must name the account. Outlook's
// rep named only in the navigation pane's tree (outlook-reading-pane-legal-city) was nobody once,
// and their own To line got a button in Chromium; a fixture that needs the chrome reader fails here.
import { describe, expect, it, vi } from 'vitest';
import { makeDetector } from '@/lib/detect/detector';
import { FULL_DETECTOR } from '@/lib/detect/index';
import { gmailAdapter, gmailAdapterWith } from '@/lib/detect/sites/gmail';
import { outlookAdapter, outlookAdapterWith } from '@/lib/detect/sites/outlook';
import { listFixtures, parseWithLinkedom } from '../detect/helpers';

vi.mock('@/lib/messages/client', () => ({ request: () => new Promise(() => undefined) }));
const { webmailParts } = await import('@/lib/content/webmail-script');

describe('the webmail scripts read the rep as the CLI does', () => {
  const cli = makeDetector(FULL_DETECTOR);
  const sites = [[gmailAdapter, gmailAdapterWith], [outlookAdapter, outlookAdapterWith]] as const;
  const cases = sites.flatMap(([adapter, site]) => listFixtures().filter((f) => f.expected.site === adapter.id).map((f) => [f.name, adapter, site, f] as const));

  it('covers both sites, the legal-city page among them', () => {
    expect(cases.some(([, a]) => a === gmailAdapter) && cases.some(([, a]) => a === outlookAdapter)).toBe(true);
    expect(cases.map(([name]) => name)).toContain('outlook-reading-pane-legal-city');
  });
  it.each(cases)('%s', (_name, _adapter, site, f) => {
    // As entrypoints/gmail.content.ts and outlook.content.ts start them.
    const script = makeDetector(webmailParts(site, () => undefined));
    const url = new URL(f.url);
    const ours = script.pageContext(parseWithLinkedom(f.html), url).selfEmail;
    expect(ours).toBe(cli.pageContext(parseWithLinkedom(f.html), url).selfEmail);
    if (f.name === 'outlook-reading-pane-legal-city') expect(ours).toBe('sam.devries@noordzee-koeling.nl');
  });
});
