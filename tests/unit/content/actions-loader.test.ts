// @vitest-environment happy-dom
// The content script's side of a click: what a click does loads once, on the first click, and a
// load that fails is said on the button and tried again on the next click.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detector } from '@/lib/detect/detector';
import type { PersonOnPage } from '@/lib/content/follow-up';
import type { KeyShield } from '@/lib/content/key-shield';

const request = vi.fn();
vi.mock('@/lib/messages/client', () => ({ request: (...args: unknown[]) => request(...args) }));
vi.mock('wxt/browser', () => ({ browser: { i18n: { getMessage: (key: string) => `[${key}]` } } }));

const { lazyActions, PAGE_ACTIONS_KEY } = await import('@/lib/content/actions-loader');

const ctx = {} as ContentScriptContext;
const shield = { guard: () => undefined } as KeyShield;
const detector = {} as Detector;
const person = { site: 'gmail' } as unknown as PersonOnPage;
const world = globalThis as Record<string, unknown>;

/** What the injected chunk leaves on the isolated world's global object. */
function chunk() {
  const actions = { createNow: vi.fn(async () => undefined), openPanel: vi.fn(async () => undefined), notify: vi.fn() };
  const factory = vi.fn(() => actions);
  return { actions, factory };
}

// A block, not an arrow returning the mock: vitest would call a returned function after the test.
beforeEach(() => {
  request.mockReset();
});
afterEach(() => {
  delete world[PAGE_ACTIONS_KEY];
});

describe('lazyActions', () => {
  it('injects the actions on the first click only, and hands them the content script\'s detector', async () => {
    const { actions, factory } = chunk();
    request.mockImplementation(async () => {
      world[PAGE_ACTIONS_KEY] = factory;
      return { loaded: true };
    });
    const lazy = lazyActions(ctx, shield, detector);
    expect(request).not.toHaveBeenCalled();
    const button = document.createElement('button');
    await lazy.createNow(person, button);
    await lazy.openPanel(person, button);
    lazy.notify('Follow-up set', { closeLabel: 'Close' });
    await vi.waitFor(() => expect(actions.notify).toHaveBeenCalledWith('Follow-up set', { closeLabel: 'Close' }));
    expect(request.mock.calls).toEqual([['actions.load', {}]]);
    expect(factory).toHaveBeenCalledOnce();
    expect(factory).toHaveBeenCalledWith(ctx, shield, detector);
    expect(actions.createNow).toHaveBeenCalledWith(person, button);
    expect(actions.openPanel).toHaveBeenCalledWith(person, button);
  });

  it('says on the button when the actions cannot load, and asks again on the next click (the button\'s own tooltip back then)', async () => {
    request.mockRejectedValueOnce(new Error('Tasklane is not reachable'));
    const lazy = lazyActions(ctx, shield, detector);
    const button = document.createElement('button');
    button.title = 'Create follow-up task for Priya';
    await lazy.createNow(person, button);
    expect(button.title).toBe('[actionsUnavailable]');

    const { actions, factory } = chunk();
    request.mockImplementation(async () => {
      world[PAGE_ACTIONS_KEY] = factory;
      return { loaded: true };
    });
    await lazy.createNow(person, button);
    expect(button.title).toBe('Create follow-up task for Priya');
    expect(request).toHaveBeenCalledTimes(2);
    expect(actions.createNow).toHaveBeenCalledOnce();
  });

  it('does not ask again when the chunk is already in this world (another script of ours loaded it)', async () => {
    const { actions, factory } = chunk();
    world[PAGE_ACTIONS_KEY] = factory;
    await lazyActions(ctx, shield, detector).createNow(person, document.createElement('button'));
    expect(request).not.toHaveBeenCalled();
    expect(actions.createNow).toHaveBeenCalledOnce();
  });
});
