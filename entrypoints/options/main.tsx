import { render } from 'preact';
import { OptionsApp } from '@/components/options/options-app';
import '@/components/ui/base.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
