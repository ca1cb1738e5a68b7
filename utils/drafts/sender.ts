import type { Sender } from '@/utils/messaging';
import { platformForHost } from '@/utils/platforms/match';
import { findUserSite, type UserSite } from '@/utils/platforms/user-sites';
import { type DraftKey, originOf } from './schema';

/**
 * Whether a page may read or write the drafts of `key`, judged from what the browser says about the sender,
 * never from what the message claims. A draft belongs to one origin (scheme, host and port) and one platform: an
 * http copy of a platform, another host of the same platform, or a look-alike page gets nothing, and cannot write
 * into a draft that is not its own. Returns the reason for a refusal, or null.
 */
export function draftSenderProblem(key: DraftKey, sender: Sender, userSites: readonly UserSite[]): string | null {
  // The field engine runs in a tab's top frame only (it reads same-origin frames from there).
  if (sender.tabId === undefined || sender.frameId !== 0) return 'not from a page’s top frame';
  const from = originOf(sender.url ?? '');
  if (!from || key.origin !== from) return 'the draft belongs to another origin';
  if (sender.origin !== undefined && sender.origin !== 'null' && sender.origin !== from) {
    return 'the sender’s origin does not match its address';
  }
  const url = new URL(from);
  const platform = platformForHost(url.hostname)?.id ?? findUserSite(userSites, url.host)?.platform;
  if (platform !== key.platform) return 'the draft belongs to another platform';
  return null;
}
