// One polite live region for the page (rendered by the options App): keyboard reorders, saves
// and bulk edits are announced to screen readers through it.
import { signal } from '@preact/signals';

export const announcement = signal('');

export function announce(text: string): void {
  // Clear first so the same sentence twice is read twice.
  announcement.value = '';
  setTimeout(() => (announcement.value = text), 30);
}
