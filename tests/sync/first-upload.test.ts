import { describe, expect, it } from 'vitest';
import { addTask, allTasks, newDevice, newTaskList, remoteItems, sync, uidsOf } from './helpers';

describe('first upload', () => {
  it('puts every local task on the server as a VTODO whose UID is the task id', async () => {
    const device = await newDevice();
    const list = await newTaskList();
    const a = await addTask(device, 'Call Dana about Q4 pricing', { due: { date: '2026-12-01', time: '10:30' }, priority: 'high', categories: { goal: 'new_customer' } });
    const b = await addTask(device, 'Send the contract', { due: { date: '2026-12-02' }, reminder: { offsetMinutes: 30 } });

    const { report } = await sync(device, list);
    expect(report.pushed).toBe(2);
    const items = await remoteItems(list);
    expect(uidsOf(items).sort()).toEqual([a.id, b.id].sort());
    const icsA = [...items.values()].find((ics) => ics.includes(a.id))!;
    expect(icsA).toMatch(/SUMMARY:Call Dana about Q4 pricing/);
    expect(icsA).toMatch(/DUE:20261201T\d{4}00Z/);
    expect(icsA).toMatch(/PRIORITY:1/);
    expect(icsA).toMatch(/X-TASKLANE-GOAL:new_customer/);
    const icsB = [...items.values()].find((ics) => ics.includes(b.id))!;
    expect(icsB).toMatch(/DUE;VALUE=DATE:20261202/);
    expect(icsB).toMatch(/TRIGGER;RELATED=END:-PT30M/);

    // A second sync finds nothing to do and changes nothing locally.
    const again = await sync(device, list);
    expect(again.report).toMatchObject({ pushed: 0, pulled: 0, deleted: 0, conflicts: 0 });
    expect(await allTasks(device)).toHaveLength(2);
  });
});
