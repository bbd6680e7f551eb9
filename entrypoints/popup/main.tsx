import { render } from 'preact';
import '@/components/base.css';
import './style.css';
import { applyLanguage, applyTheme, errorText, firstPaint } from '@/components/i18n';
import { loadCategories } from '@/components/useCategories';
// The client alone, not '@/lib/messages': that re-exports the request schemas (valibot), which
// only the worker needs; loading them delayed the popup's first paint.
import { onChange, request } from '@/lib/messages/client';
import { PopupApp } from './App';
import { actionError, loadDue } from './due-tasks';
import { loadFollowUps } from './follow-ups';

// Ask for today's list before the first render, not from an effect after it: the worker's
// reply is what the first useful paint waits for. It is asked first of all: the worker starts
// requests in the order they come, and one asked before it (the categories) was answered first.
let categories: Promise<unknown> = Promise.resolve();
// Follow-ups are listed below today's list: asked for once it has come, so their query does not
// share the worker (and its database) with the one the first paint waits for.
void loadDue(() => categories).then(loadFollowUps);
categories = loadCategories().catch((e: Error) => void (actionError.value = errorText(e)));

// The rep's language and theme (Options → Preferences) apply here as on the options page.
const applySettings = () =>
  request('settings.get', {})
    .then(({ settings }) => {
      applyTheme(settings.theme);
      return applyLanguage(settings.language);
    })
    .catch(() => undefined);
void applySettings();
onChange((event) => {
  if (event.entity === 'settings') void applySettings();
});

// The first paint is already in the rep's language and theme: the worker puts them in the
// popup's address (lib/background/language-surfaces.ts).
firstPaint(() => render(<PopupApp />, document.getElementById('app')!), 'address');
