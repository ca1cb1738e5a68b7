import { en } from 'zod/locales';
import { config } from 'zod/mini';

/**
 * zod/mini carries no wording of its own: without a locale every issue reads "Invalid input". The draft import
 * (utils/drafts/transfer.ts) and the pack checks (utils/packs/messages.ts) show an issue's own message where they
 * have no wording of theirs, as they did when they used full zod (which loads English by itself), so they import
 * this module: English, about 3 kB, in the background and the dashboard only. The content scripts do not load it
 * (their 60 kB budget), and have never had these messages.
 */
config(en());
