// Round 9, lane phones: Exmail's and QQ Mail's signatures — full-width digits, labels spaced
// with full-width spaces, an extension glued on by 转, labels in cells of their own — give their
// signer the number (the mobile row of a table), never the extension or a fax.
import { describe, expect, it } from 'vitest';
import { blockPhone } from '../../../lib/detect/signature-phones';

describe('blockPhone on Chinese webmail signatures', () => {
  it('reads a landline with its extension glued on by 转, without the extension', () => {
    expect(blockPhone(['梁宇', '电话：0755-26587301转8021'])).toBe('0755-26587301');
    expect(blockPhone(['王芳', 'Tel：0512-62835500轉306　|　Fax：0512-62835599'])).toBe('0512-62835500');
  });

  it('reads full-width digits, and a mobile row under labels spaced out with full-width spaces', () => {
    expect(blockPhone(['梁宇', '手机：１３８ ２６５１ ０９３７'])).toBe('138 2651 0937');
    expect(blockPhone(['梁宇', '电　话：', '0755-2658 7301', '手　机：', '138 2651 0937'])).toBe('138 2651 0937');
  });

  it('never reads a fax or an extension alone as the phone', () => {
    expect(blockPhone(['梁宇', '传真：0755-2658 7399'])).toBeNull();
    expect(blockPhone(['梁宇', '分机 8021'])).toBeNull();
  });
});
