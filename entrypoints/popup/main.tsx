import '@/components/ui/base.css';
import { connectPopup } from '@/utils/messages/popup-port';
import { startPopup } from './app';

// The popup's code is one set of modules, all fetched at once (the page names each one): a dynamic import of the
// app was a second round of fetches after the first had run, ~35 ms later (issue #16). The port opens as soon as the
// modules have run, before anything renders; the background builds the first view meanwhile.
// The tab the popup speaks about: `?tab=<id>` when it is opened as a page, else the active tab (the background's).
const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
startPopup(connectPopup(Number.isInteger(fromQuery) && fromQuery > 0 ? fromQuery : null));
