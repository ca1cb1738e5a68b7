import { PREVIEW_DATE } from '@/utils/settings/planning';
import { readSetting } from '@/utils/settings/store';
import { type IsoDay, shanghaiDay } from './calendar';

/** The day deadlines are judged on: the user's preview date when set, otherwise today in Beijing. */
export async function judgedDay(now: number = Date.now()): Promise<IsoDay> {
  return (await readSetting(PREVIEW_DATE)) ?? shanghaiDay(now);
}
