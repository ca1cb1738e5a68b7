import type { RuntimeUi } from '@/utils/content/fields-runtime';

/** The engine's UI for unit tests: hints, guard and panel that draw nothing (the e2e tests see the real ones). */
export function quietUi(): RuntimeUi & { guardShown: string[][] } {
  const guardShown: string[][] = [];
  return {
    guardShown,
    hints: { show: () => undefined, destroy: () => undefined },
    guard: { show: (items) => void guardShown.push([...items]), close: () => undefined },
    mountPanel: () => () => undefined,
  };
}
