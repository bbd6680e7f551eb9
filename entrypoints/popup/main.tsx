import { render } from 'preact';
import '@/components/base.css';
import './style.css';
import { loadCategories } from '@/components/useCategories';
import { PopupApp } from './App';
import { actionError, loadDue } from './due-tasks';
import { loadFollowUps } from './follow-ups';

// Ask for today's list before the first render, not from an effect after it: the worker's
// reply is what the first useful paint waits for.
const categories = loadCategories().catch((e: Error) => void (actionError.value = e.message));
void loadDue(categories);
void loadFollowUps();
render(<PopupApp />, document.getElementById('app')!);
