import { describe, expect, it } from 'vitest';
import { classifySender } from '@/lib/messages';
import { EXTENSION_ID, ORIGIN, SENDERS } from '../../helpers/router';

describe('classifySender', () => {
  const classify = (s: keyof typeof SENDERS) => classifySender(SENDERS[s] as never, EXTENSION_ID, ORIGIN);

  it('trusts the popup and an options page open in a tab', () => {
    expect(classify('popup')).toBe('extension');
    expect(classify('optionsTab')).toBe('extension');
  });
  it('treats anything in a web page as a content script', () => {
    expect(classify('content')).toBe('content');
    expect(classify('contentInFrame')).toBe('content');
  });
  it('refuses other extensions', () => {
    expect(classify('otherExtension')).toBe('foreign');
  });
  it('ignores sender.url: a content script claiming an extension url is still a content script', () => {
    const forged = { ...SENDERS.content, url: `${ORIGIN}popup.html` };
    expect(classifySender(forged as never, EXTENSION_ID, ORIGIN)).toBe('content');
  });
});
