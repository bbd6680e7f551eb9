// The system's light or dark choice as a signal, updated live when it changes (a scheduled
// switch at dusk, the rep flipping it): what is drawn with colours read from CSS once (the
// Insights charts) redraws from it; what CSS colours follows by itself.
import { signal } from '@preact/signals';

const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

export const systemScheme = signal<'light' | 'dark'>(query?.matches ? 'dark' : 'light');

query?.addEventListener('change', (event) => {
  systemScheme.value = event.matches ? 'dark' : 'light';
});
