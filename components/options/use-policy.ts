import { useEffect, useState } from 'preact/hooks';
import { POLICY_APPLIED, pushedFollowed, pushedSites } from '@/utils/policy/apply';
import { loadPolicy, onPolicyChanged } from '@/utils/policy/managed';
import type { PolicyRead } from '@/utils/policy/schema';
import { readSetting } from '@/utils/settings/store';

/** What the administrator's policy sets, read as the background reads it, and again whenever the policy changes. */
export interface PolicyView {
  read: PolicyRead;
  /** Hosts the policy pushes (its `sites` and its packs' sites). */
  hosts: Set<string>;
  /** Requirement ids the policy follows. */
  followed: Set<string>;
}

const EMPTY: PolicyView = { read: { policy: {}, warnings: [] }, hosts: new Set(), followed: new Set() };

export function usePolicy(): PolicyView {
  const [view, setView] = useState<PolicyView>(EMPTY);
  useEffect(() => {
    let live = true;
    const load = async () => {
      const [read, applied] = await Promise.all([loadPolicy(), readSetting(POLICY_APPLIED)]);
      if (!live) return;
      // A key the policy holds but that can't be read leaves what it applied before: still the administrator's.
      setView({
        read,
        hosts: new Set(pushedSites(read)?.map((s) => s.host) ?? applied.sites),
        followed: new Set(pushedFollowed(read) ?? applied.followed),
      });
    };
    void load();
    const stop = onPolicyChanged(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);
  return view;
}
