// Which messages a pass reads (lib/follow-up/shown-messages.ts itemsIn): every item once, the
// first 200 of a long list, never a wrapper holding other items.
import { describe, expect, it } from 'vitest';
import { itemsIn } from '@/lib/follow-up/shown-messages';
import type { MessageMarks } from '@/lib/detect/types';
import { parseWithHappyDom } from '../detect/helpers';

const MARKS: MessageMarks = { item: 'tr.row, div.msg', from: 'span[email]', date: 'span.date', threadIds: false };

function page(rows: number): Document {
  const body = Array.from({ length: rows }, (_, i) => `<tr class="row" id="r${i}"><td><span email="p${i}@example.com">P${i}</span></td></tr>`).join('');
  return parseWithHappyDom(`<html><body><table><tbody>${body}</tbody></table><div class="msg" id="wrap"><div class="msg" id="inner"></div></div></body></html>`, 'https://mail.example.com/');
}

describe('itemsIn', () => {
  it('reads the first 200 items of a long list, in page order', () => {
    const doc = page(500);
    const items = itemsIn([doc], MARKS);
    expect(items.length).toBe(200);
    expect(items.map((el) => el.id)).toEqual(Array.from({ length: 200 }, (_, i) => `r${i}`));
  });

  it('takes each item once, the item around a changed part, and never a wrapper of items', () => {
    const doc = page(3);
    const cell = doc.querySelector('#r1 td')!;
    const items = itemsIn([cell, doc.querySelector('#r1')!, doc.querySelector('#wrap')!], MARKS);
    expect(items.map((el) => el.id)).toEqual(['r1']);
    expect(itemsIn([doc.body], MARKS).map((el) => el.id)).toEqual(['r0', 'r1', 'r2', 'inner']);
  });
});
