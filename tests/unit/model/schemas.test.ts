import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ContactInputSchema, MAX, SettingsPatchSchema, TaskDraftSchema, TaskSchema } from '@/lib/model';

describe('task draft schema', () => {
  it('fills defaults and trims the title', () => {
    const draft = v.parse(TaskDraftSchema, { title: '  Call Dana  ' });
    expect(draft).toEqual({ title: 'Call Dana', notes: '', priority: 'normal', categories: {} });
  });

  it('rejects an empty or over-long title', () => {
    expect(v.safeParse(TaskDraftSchema, { title: '   ' }).success).toBe(false);
    expect(v.safeParse(TaskDraftSchema, { title: 'x'.repeat(MAX.title + 1) }).success).toBe(false);
  });

  it('accepts calendar dates and wall-clock times only', () => {
    expect(v.safeParse(TaskDraftSchema, { title: 't', due: { date: '2026-11-30', time: '09:30' } }).success).toBe(true);
    for (const due of [{ date: '2026-13-01' }, { date: '2026-02-30' }, { date: '30/11/2026' }, { date: '2026-11-30', time: '25:00' }, { date: '2026-11-30T09:00:00Z' }]) {
      expect(v.safeParse(TaskDraftSchema, { title: 't', due }).success, JSON.stringify(due)).toBe(false);
    }
  });

  it('rejects unknown category ids shapes and non-http source urls', () => {
    expect(v.safeParse(TaskDraftSchema, { title: 't', categories: { goal: 'New Customer!' } }).success).toBe(false);
    expect(v.safeParse(TaskDraftSchema, { title: 't', source: { site: 'gmail', url: 'javascript:alert(1)' } }).success).toBe(false);
    expect(v.safeParse(TaskDraftSchema, { title: 't', source: { site: 'nowhere' } }).success).toBe(false);
  });

  it('drops keys it does not know, including __proto__', () => {
    const input = JSON.parse('{"title":"t","__proto__":{"polluted":true},"status":"done"}');
    const draft = v.parse(TaskDraftSchema, input) as Record<string, unknown>;
    expect(draft.status).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(draft)).not.toContain('__proto__');
  });
});

describe('task schema', () => {
  it('requires a UUID id and integer timestamps', () => {
    const base = { title: 't', notes: '', priority: 'normal', categories: {}, status: 'open', createdAt: 1, updatedAt: 1 };
    expect(v.safeParse(TaskSchema, { ...base, id: crypto.randomUUID() }).success).toBe(true);
    expect(v.safeParse(TaskSchema, { ...base, id: 'task-1' }).success).toBe(false);
    expect(v.safeParse(TaskSchema, { ...base, id: crypto.randomUUID(), createdAt: 1.5 }).success).toBe(false);
  });
});

describe('contact input schema', () => {
  it('lower-cases the email and needs at least one way to know the person', () => {
    expect(v.parse(ContactInputSchema, { email: ' Dana.Lee@Example.COM ' }).email).toBe('dana.lee@example.com');
    expect(v.safeParse(ContactInputSchema, {}).success).toBe(false);
    expect(v.safeParse(ContactInputSchema, { email: 'not-an-email' }).success).toBe(false);
  });
});

describe('settings patch schema', () => {
  it('accepts a partial patch and refuses a bad language', () => {
    expect(v.safeParse(SettingsPatchSchema, { language: 'zh-CN' }).success).toBe(true);
    expect(v.safeParse(SettingsPatchSchema, { language: 'fr' }).success).toBe(false);
  });
});
