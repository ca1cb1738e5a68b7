import * as z from 'zod/mini';
import { defineSetting } from './store';

/** The dashboard's first-run welcome was dismissed: it is shown until the user says they have read it. */
export const WELCOME_DISMISSED = defineSetting<boolean>('welcomeDismissed', z.boolean(), false);
