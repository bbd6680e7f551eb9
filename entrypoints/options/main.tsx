import { render } from 'preact';
import '@/components/base.css';
import './style.css';
import { OptionsApp } from './App';

render(<OptionsApp />, document.getElementById('app')!);
