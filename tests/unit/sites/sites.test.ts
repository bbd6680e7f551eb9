import { describe, expect, it } from 'vitest';
import { CRM_ORIGINS, CUSTOM_HOST_PATTERN, WEBMAIL_MATCHES, normaliseHost, originPatternFor, runtimeMatches } from '@/lib/sites';

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

  it('register the run-time script for granted CRM and custom hosts only, never webmail or the wildcard', () => {
    const granted = [...WEBMAIL_MATCHES, CUSTOM_HOST_PATTERN, 'https://*.pipedrive.com/*', 'https://crm.example.com/*', 'http://insecure.example/*'];
    expect(runtimeMatches(granted)).toEqual(['https://*.pipedrive.com/*', 'https://crm.example.com/*']);
    expect(runtimeMatches(WEBMAIL_MATCHES)).toEqual([]);
  });

  it('ask only for https CRM origins', () => {
    for (const origin of CRM_ORIGINS) expect(origin).toMatch(/^https:\/\/[^/]+\/\*$/);
  });
});
