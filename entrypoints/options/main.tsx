import { render } from 'preact';
import '@/components/base.css';
import './style.css';
import { firstPaint } from '@/components/i18n';
import { OptionsApp } from './App';

// The first paint is already in the rep's language and theme (the mirror this page left last).
firstPaint(() => render(<OptionsApp />, document.getElementById('app')!), 'mirror', 'optionsTitle');
