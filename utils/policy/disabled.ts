import * as z from 'zod/mini';
import { defineSetting } from '@/utils/settings/store';

/**
 * The platform ids and features the administrator's policy turns off, as the background last applied them: a
 * copy in storage.local, so the page's script and the reminders check it without reading (and carrying the schema
 * of) the whole policy.
 */
export const POLICY_DISABLED = defineSetting<string[]>('policyDisabled', z.array(z.string()), []);
