import type { RuntimeUi } from '@/utils/content/fields-runtime';
import type { GuardItem } from '@/utils/content/submit-guard';

/** The engine's UI for unit tests: hints, guard and panel that draw nothing (the e2e tests see the real ones). */
export function quietUi(): RuntimeUi & { guardShown: GuardItem[][] } {
  const guardShown: GuardItem[][] = [];
  return {
    guardShown,
    hints: { show: () => undefined, destroy: () => undefined },
    guard: { show: (items) => void guardShown.push([...items]), close: () => undefined },
    mountPanel: () => () => undefined,
  };
}
