import { render } from 'preact';
import { WorkbenchApp } from '@/components/workbench/workbench-app';
import '@/components/ui/base.css';
import { loadPickedLocale } from '@/utils/settings/ui';

// The user's language choice is loaded before the first render, so no string flashes in the other language.
loadPickedLocale().finally(() => {
  const root = document.getElementById('app');
  if (root) render(<WorkbenchApp />, root);
});
