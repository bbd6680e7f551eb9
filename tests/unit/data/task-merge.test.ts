// The pure merge rule of an import (lib/data/task-merge.ts), on the cases the router tests do
// not reach one by one.
import { describe, expect, it } from 'vitest';
import type { ImportPatch } from '@/lib/data/plan';
import { patchTask, resolveImport } from '@/lib/data/task-merge';
import type { Task } from '@/lib/model';

const stored: Task = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Call Dana',
  notes: '',
  due: { date: '2026-12-01', time: '10:00' },
  priority: 'normal',
  categories: { goal: 'new_customer' },
  source: { site: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/abc', externalId: 'abc' },
  status: 'done',
  createdAt: 100,
  updatedAt: 200,
  completedAt: 150,
};
const keep = { kind: 'keep' } as const;
const patch = (fields: Partial<ImportPatch['fields']>, editedAt?: number): ImportPatch => ({
  kind: 'patch',
  id: stored.id,
  row: 2,
  fields: { title: stored.title, ...fields },
  ...(editedAt !== undefined ? { editedAt } : {}),
});

describe('patchTask', () => {
  it('keeps the stored time when the file has a due date but no due_time column', () => {
    expect(patchTask(stored, { title: 'Call Dana', due: { date: '2026-12-03' } }, keep, 999).due).toEqual({ date: '2026-12-03', time: '10:00' });
    expect(patchTask(stored, { title: 'Call Dana', due: { date: '2026-12-03', time: null } }, keep, 999).due).toEqual({ date: '2026-12-03' });
  });

  it('keeps the site and thread id of the source when only its link is cleared', () => {
    expect(patchTask(stored, { title: 'Call Dana', source: { url: null } }, keep, 999).source).toEqual({ site: 'gmail', externalId: 'abc' });
  });

  it('keeps the completion time of a task that stays done, and drops it on reopening', () => {
    expect(patchTask(stored, { title: 'Call Dana', status: 'done' }, keep, 999).completedAt).toBe(150);
    expect(patchTask(stored, { title: 'Call Dana', status: 'open' }, keep, 999)).not.toHaveProperty('completedAt');
  });
});

describe('resolveImport', () => {
  const side = { task: stored, contactLabel: '' };

  it('an identical row is unchanged whatever its date; a differing one is older only when dated before the stored edit', () => {
    expect(resolveImport(patch({}, 50), side, keep, 999)).toEqual({ kind: 'unchanged' });
    expect(resolveImport(patch({ title: 'X' }, 199), side, keep, 999)).toMatchObject({ kind: 'older' });
    // Exported from this very copy, then edited in the file.
    expect(resolveImport(patch({ title: 'X' }, 200), side, keep, 999)).toMatchObject({ kind: 'updated', undated: false, task: { title: 'X', updatedAt: 999 } });
    expect(resolveImport(patch({ title: 'X' }), side, keep, 999)).toMatchObject({ kind: 'updated', undated: true });
  });

  it('an update always orders after the stored copy, even when the clock is behind it', () => {
    expect(resolveImport(patch({ title: 'X' }, 300), { ...side, task: { ...stored, updatedAt: 5_000 } }, keep, 999)).toMatchObject({ kind: 'older' });
    expect(resolveImport(patch({ title: 'X' }), { ...side, task: { ...stored, updatedAt: 5_000 } }, keep, 999)).toMatchObject({ task: { updatedAt: 5_001 } });
  });

  it('a link to a contact the import creates is a change', () => {
    const resolution = resolveImport(patch({}), side, { kind: 'to', label: 'Dana Lee' }, 999);
    expect(resolution).toMatchObject({ kind: 'updated', fields: [{ field: 'contact', from: '', to: 'Dana Lee' }] });
  });
});
