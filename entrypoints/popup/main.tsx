import '@/components/ui/base.css';
import { connectPopup } from '@/utils/messages/popup-port';

// The tab the popup speaks about: `?tab=<id>` when it is opened as a page, else the active tab (the background's).
const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
// Asked first, before the popup's own code loads: the background builds the first view meanwhile.
const early = connectPopup(Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : null);
void import('./app').then(({ startPopup }) => startPopup(early));
