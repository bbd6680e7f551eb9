// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Timers } from '@/lib/content/timers';
import { viewportGate } from '@/lib/content/viewport-gate';
import type { DetectedContact } from '@/lib/detect';

const ROW = 40;
let scrollY = 0;

/** happy-dom lays nothing out: a row's box is from its index (row i at i × 40 px). */
beforeEach(() => {
  scrollY = 0;
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 700 });
  Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1200 });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const row = this.closest('tr');
    return new DOMRect(0, Number(row?.id.slice(1) ?? 0) * ROW - scrollY, 600, ROW);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

interface Item {
  contact: DetectedContact;
}

function rows(n: number): HTMLTableRowElement[] {
  const body = document.createElement('tbody');
  for (let i = 0; i < n; i++) {
    const row = body.insertRow();
    row.id = `r${i}`;
    const span = document.createElement('span');
    span.setAttribute('email', `p${i}@x.com`);
    row.insertCell().append(span);
  }
  document.body.append(body);
  return [...body.querySelectorAll('tr')];
}

function setup() {
  const tasks: (() => void)[] = [];
  const timers: Timers = { frame: (cb) => void tasks.push(cb), soon: (cb) => void tasks.push(cb), after: (_ms, cb) => void tasks.push(cb) };
  const listeners: Record<string, () => void> = {};
  const ctx = { addEventListener: (_target: unknown, type: string, listener: () => void) => void (listeners[type] = listener) } as unknown as ContentScriptContext;
  const detected: Element[] = [];
  const decorated: Item[] = [];
  const gate = viewportGate<Item>(ctx, timers, {
    detect: (root) => {
      detected.push(root);
      const anchor = root.querySelector('span')!;
      return [{ contact: { name: null, email: anchor.getAttribute('email'), phone: null, company: null, role: 'sender', anchor } }];
    },
    decorate: (near) => void decorated.push(...near),
  });
  const run = () => {
    let tasksRun = 0;
    while (tasks.length) {
      tasks.shift()!();
      tasksRun++;
    }
    return tasksRun;
  };
  return { gate, detected, decorated, run, scroll: () => listeners.scroll!() };
}

describe('viewportGate.look', () => {
  it('reads the parts near the viewport in slices, leaves the far ones unread, and reads them once a scroll brings them near', () => {
    const list = rows(200);
    const { gate, detected, decorated, run, scroll } = setup();
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 0.5));
    gate.look(list);
    expect(run()).toBeGreaterThan(1); // more than one slice
    // Within one viewport of the 700 px screen: rows 0-35.
    expect(detected).toEqual(list.slice(0, 36));
    expect(decorated.map((item) => item.contact.anchor)).toEqual(list.slice(0, 36).map((row) => row.querySelector('span')));
    // A change inside a far row waits.
    expect(gate.offscreen.holds(list[100]!.querySelector('td')!)).toBe(true);
    expect(gate.offscreen.holds(list[10]!.querySelector('td')!)).toBe(false);
    detected.length = 0;
    scrollY = 100 * ROW;
    scroll();
    run();
    expect(detected).toEqual(list.slice(82, 136)); // rows 82-135 lie within a viewport of it
    expect(gate.offscreen.holds(list[100]!.querySelector('td')!)).toBe(false);
    expect(gate.offscreen.holds(list[150]!.querySelector('td')!)).toBe(true);
  });
});
