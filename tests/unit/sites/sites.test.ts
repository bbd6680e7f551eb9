import { describe, expect, it } from 'vitest';
import { CUSTOM_HOST_PATTERN, OPTIONAL_ORIGINS, OPTIONAL_SITES, WEBMAIL_MATCHES, allOriginsOf, contentScriptMatches, crmScripts, frameScripts, missingLaterOrigins, normaliseHost, originPatternFor, sitesOn, unusedOrigins } from '@/lib/sites';

describe('site hosts', () => {
  it('normalise what a rep types into a bare host, or refuse it', () => {
    expect(normaliseHost(' CRM.Example.com ')).toBe('crm.example.com');
    expect(normaliseHost('https://crm.example.com/app/records')).toBe('crm.example.com');
    expect(normaliseHost('crm.example.com/path')).toBe('crm.example.com');
    for (const bad of ['', 'localhost', '*.example.com', 'exa mple.com', '-bad.example.com', 'javascript:alert(1)']) {
      expect(normaliseHost(bad), bad).toBeNull();
    }
    expect(originPatternFor('crm.example.com')).toBe('https://crm.example.com/*');
  });

  it('register the run-time script for granted CRMs and the custom sites the rep added, nothing else granted', () => {
    const granted = [...WEBMAIL_MATCHES, CUSTOM_HOST_PATTERN, 'https://*.pipedrive.com/*', 'https://crm.example.com/*', 'https://cloud.example.com/*', 'http://127.0.0.1/*'];
    // cloud.example.com is granted for sync: not a site. other.example.com is listed but not granted.
    // A CRM in its top frame; custom sites in every frame (a self-hosted webmail's preview pane).
    expect(contentScriptMatches(granted, ['crm.example.com', 'other.example.com'])).toEqual({ top: ['https://*.pipedrive.com/*'], allFrames: ['https://crm.example.com/*'] });
    expect(contentScriptMatches(WEBMAIL_MATCHES, [])).toEqual({ top: [], allFrames: [] });
    // A custom site that is not a bare host (saved by some other path) is never a match pattern.
    expect(contentScriptMatches(['https://crm.example.com/*'], ['CRM.example.com', 'crm.example.com/x'])).toEqual({ top: [], allFrames: [] });
  });

  it('give each CRM its own script on its own origins, whichever of them are granted', () => {
    const granted = ['https://*.pipedrive.com/*', 'https://crm.zoho.eu/*', 'https://*.dynamics.com/*', 'https://mail.qq.com/*'];
    const { top } = contentScriptMatches(granted, []);
    expect(crmScripts(top)).toEqual([
      { site: 'pipedrive', matches: ['https://*.pipedrive.com/*'] },
      { site: 'zoho', matches: ['https://crm.zoho.eu/*'] },
      { site: 'dynamics', matches: ['https://*.dynamics.com/*'] },
    ]);
    expect(crmScripts([])).toEqual([]);
  });

  it('keep a site on for its rep when an update adds hosts of it, and run on those the rep allows', () => {
    const salesforce = OPTIONAL_SITES.find((s) => s.id === 'salesforce')!;
    const zoho = OPTIONAL_SITES.find((s) => s.id === 'zoho')!;
    // Granted before Salesforce Classic's instances (eu12.salesforce.com) were a Salesforce host.
    const before = [...salesforce.origins, ...zoho.origins];
    expect(sitesOn(before).map((s) => s.id)).toEqual(['salesforce', 'zoho']);
    expect(missingLaterOrigins(salesforce, before)).toEqual(['https://*.salesforce.com/*']);
    expect(missingLaterOrigins(zoho, before)).toContain('https://crm.zoho.jp/*');
    expect(crmScripts(contentScriptMatches(before, []).top).find((s) => s.site === 'salesforce')!.matches).not.toContain('https://*.salesforce.com/*');
    // Allowed from Options → Sites: Salesforce's script runs there too, and nothing is left to offer.
    const after = [...before, ...salesforce.laterOrigins!];
    expect(crmScripts(contentScriptMatches(after, []).top).find((s) => s.site === 'salesforce')!.matches).toContain('https://*.salesforce.com/*');
    expect(missingLaterOrigins(salesforce, after)).toEqual([]);
    // A site off offers nothing more; turning it on asks for every host; all of them are in the manifest.
    expect(missingLaterOrigins(salesforce, [])).toEqual([]);
    expect(allOriginsOf(zoho)).toEqual([...zoho.origins, ...zoho.laterOrigins!]);
    for (const origin of allOriginsOf(salesforce)) expect(OPTIONAL_ORIGINS).toContain(origin);
    // Turning Salesforce off gives its later hosts back too, unless a custom site holds them.
    expect(unusedOrigins(allOriginsOf(salesforce), { sites: [], customSites: [], syncOrigins: [] })).toContain('https://*.salesforce.com/*');
  });

  it('run in every frame of the webmails that read mail in frames (QQ Mail, NetEase)', () => {
    const qq = OPTIONAL_SITES.find((s) => s.id === 'qqmail')!;
    expect(contentScriptMatches(qq.origins, [])).toEqual({ top: [], allFrames: [...qq.origins].sort() });
  });

  it('give QQ Mail and NetEase each their own frame script, and the custom sites theirs', () => {
    const granted = ['https://wx.mail.qq.com/*', 'https://mail.126.com/*', 'https://webmail.example.com/*', 'https://hw.qiye.163.com/*'];
    const { allFrames } = contentScriptMatches(granted, ['webmail.example.com', 'hw.qiye.163.com']);
    // As the background's: a custom site on a host a webmail's adapter knows runs as that webmail.
    const webmailOf = (host: string) => (host.endsWith('.163.com') ? 'netease' : host === 'webmail.example.com' ? 'salesforce' : undefined);
    expect(frameScripts(allFrames, webmailOf)).toEqual([
      { script: 'qqmail', matches: ['https://wx.mail.qq.com/*'] },
      { script: 'netease', matches: ['https://hw.qiye.163.com/*', 'https://mail.126.com/*'] },
      // A site with no frame script of its own (a CRM's) is read as a custom site.
      { script: 'custom', matches: ['https://webmail.example.com/*'] },
    ]);
    expect(frameScripts([], webmailOf)).toEqual([]);
  });

  it('give back only the origins no CRM, custom site or sync still uses', () => {
    const hubspot = OPTIONAL_SITES.find((s) => s.id === 'hubspot')!;
    const users = { sites: [], customSites: ['app.hubspot.com'], syncOrigins: ['https://cloud.example.com/*'] };
    expect(unusedOrigins(hubspot.origins, users)).toEqual(['https://app-eu1.hubspot.com/*']);
    expect(unusedOrigins(['https://cloud.example.com/*', 'https://crm.example.com/*'], users)).toEqual(['https://crm.example.com/*']);
    expect(unusedOrigins(['https://app.hubspot.com/*'], { ...users, customSites: [], sites: [hubspot] })).toEqual([]);
    expect(sitesOn([...hubspot.origins, 'https://crm.zoho.com/*']).map((s) => s.id)).toEqual(['hubspot']);
  });

  it('ask only for https origins of the optional sites', () => {
    for (const origin of OPTIONAL_ORIGINS) expect(origin).toMatch(/^https:\/\/[^/]+\/\*$/);
  });
});
