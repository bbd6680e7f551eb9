// Runs code in a page's content-script world (the extension's isolated world), as our content
// script would, through CDP: how tests send the messages a content script sends.
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export async function contentWorld(context: BrowserContext, page: Page, extensionId: string) {
  const cdp = await context.newCDPSession(page);
  const contexts: { id: number; origin: string; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => contexts.push(c));
  await cdp.send('Runtime.enable');
  const isOurs = (c: (typeof contexts)[number]) => c.auxData?.type === 'isolated' && (c.origin.includes(extensionId) || c.name === 'Tasklane');
  await expect.poll(() => contexts.some(isOurs)).toBe(true);
  const contextId = contexts.find(isOurs)!.id;
  return {
    /** Evaluates an expression there and returns its (awaited) value. */
    async evaluate<T>(expression: string): Promise<T> {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId, expression, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    },
  };
}
