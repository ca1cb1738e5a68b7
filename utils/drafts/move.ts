import { PLATFORMS, type PlatformId } from '@/utils/platforms/registry';
import type { UserSite } from '@/utils/platforms/user-sites';
import { db, type TianbaoDB } from './db';
import { type DraftKey, draftId, storedUrl } from './schema';

/**
 * The origins a draft of a platform may be moved to: the platform's other hosts (双高监测平台 moved from
 * sg.chinaeducloud.com to sg.cutech.edu.cn), over https and http, and the self-hosted sites the user gave that
 * platform. Never done automatically: the user chooses in the dashboard.
 */
export function originsOfPlatform(platform: PlatformId, userSites: readonly UserSite[]): string[] {
  const hosts = [
    ...(PLATFORMS.find((p) => p.id === platform)?.hosts ?? []),
    ...userSites.filter((s) => s.platform === platform).map((s) => s.host),
  ];
  return [...new Set(hosts.flatMap((h) => [`https://${h}`, `http://${h}`]))];
}

/** Why a move was refused, for the dashboard to say in the user's language (`message` says it in Chinese). */
export type MoveProblem = 'gone' | 'not-platform' | 'occupied';
export type MoveResult = { ok: true; id: string } | { ok: false; message: string; problem: MoveProblem };

/**
 * Moves one draft, with its versions and its 说明, to another origin of its platform, in one transaction. A draft already
 * there for the same form is never overwritten: the move is refused and says so.
 */
export async function moveDraft(
  db: TianbaoDB,
  id: string,
  toOrigin: string,
  userSites: readonly UserSite[],
): Promise<MoveResult> {
  return db.transaction('rw', db.drafts, db.versions, db.explanations, async () => {
    const draft = await db.drafts.get(id);
    if (!draft) return { ok: false as const, message: '草稿已不存在。', problem: 'gone' as const };
    if (!originsOfPlatform(draft.key.platform, userSites).includes(toOrigin)) {
      return {
        ok: false as const,
        message: `${toOrigin} 不是该平台的网址，草稿未移动。`,
        problem: 'not-platform' as const,
      };
    }
    const key: DraftKey = { ...draft.key, origin: toOrigin };
    const newId = draftId(key);
    if (newId === id) return { ok: true as const, id };
    if (await db.drafts.get(newId)) {
      return {
        ok: false as const,
        message: `${toOrigin} 上已有同一表单的草稿，为免覆盖，未移动。请先导出或删除其中一份。`,
        problem: 'occupied' as const,
      };
    }
    const path = draft.url ? new URL(draft.url).pathname : key.path;
    await db.drafts.add({ ...draft, id: newId, key, url: storedUrl(`${toOrigin}${path}`) });
    await db.versions.where('draftId').equals(id).modify({ draftId: newId });
    const explained = await db.explanations.get(id);
    if (explained) {
      await db.explanations.put({ ...explained, draftId: newId, key });
      await db.explanations.delete(id);
    }
    await db.drafts.delete(id);
    return { ok: true as const, id: newId };
  });
}

/** The dashboard's move: this context's database. */
export const moveDraftTo = (id: string, toOrigin: string, userSites: readonly UserSite[]): Promise<MoveResult> =>
  moveDraft(db(), id, toOrigin, userSites);
