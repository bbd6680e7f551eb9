// Header labels added for the third held-out set (issue 14): a meeting's attendee wells, Korean
// Gmail, and a full-width colon with no space before the person.

import { describe, expect, it } from 'vitest';
import { lastLabelIn } from '../../../lib/detect/labels';

describe('header labels', () => {
  it('reads a label whose colon runs straight into the name', () => {
    expect(lastLabelIn(['收件人：刘洋 '])).toBe('recipient');
    expect(lastLabelIn(['抄送：孙倩'])).toBe('cc');
    expect(lastLabelIn(['To:Dana '])).toBe('recipient');
    expect(lastLabelIn(['Tomorrow '])).toBeNull();
  });

  it("reads a meeting's attendee wells as To and Cc, only alone or with a colon", () => {
    expect(lastLabelIn(['Required'])).toBe('recipient');
    expect(lastLabelIn(['Erforderlich'])).toBe('recipient');
    expect(lastLabelIn(['必需：'])).toBe('recipient');
    expect(lastLabelIn(['Optional'])).toBe('cc');
    expect(lastLabelIn(['Obligatoire :'])).toBe('recipient');
    expect(lastLabelIn(['可选'])).toBe('cc');
    expect(lastLabelIn(['Required fields are marked '])).toBeNull();
  });

  it('reads Korean Gmail labels', () => {
    expect(lastLabelIn(['보낸사람:'])).toBe('sender');
    expect(lastLabelIn(['받는사람:'])).toBe('recipient');
    expect(lastLabelIn(['참조:'])).toBe('cc');
  });
});
