// Everything a click on a person's button does, bundled apart from the content script
// (entrypoints/page-actions.ts): read the message around the person, ask for the suggestion,
// create the task, show the toast in the rep's language. None of it is needed before the first
// click, and the content script that runs on every page stays small (≤ 25 kB gzip).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detector } from '@/lib/detect/detector';
import { createActions } from './actions';
import type { KeyShield } from './key-shield';
import { readPageMessage } from './page-message';

export function pageActions(ctx: ContentScriptContext, shield: KeyShield, detector: Detector) {
  // A message that cannot be read leaves the task to what the adapter read, never without a task.
  return createActions(ctx, shield, async (person) => {
    try {
      return { ...person, message: readPageMessage(person, detector, document) };
    } catch {
      return person;
    }
  });
}

export type PageActions = ReturnType<typeof pageActions>;
