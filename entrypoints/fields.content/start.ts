import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GuardDialog } from '@/components/fields/guard-dialog';
import { Hints } from '@/components/fields/hints';
import { mountProblemPanel } from '@/components/fields/problem-panel';
import { getBus } from '@/utils/content/bus';
import { FieldsRuntime } from '@/utils/content/fields-runtime';
import { onExtensionGone } from '@/utils/content/lifetime';

const RUNNING = Symbol.for('tianbao.fields');

export function startFields(ctx: ContentScriptContext): void {
  const scope = globalThis as { [RUNNING]?: FieldsRuntime };
  // Injected once per page; a second injection (e.g. after an extension reload) takes over from the first.
  scope[RUNNING]?.destroy();
  const bus = getBus();
  const runtime = new FieldsRuntime(document, {
    hints: new Hints(document),
    guard: new GuardDialog(document),
    mountPanel: (source) => mountProblemPanel(bus, source),
  });
  scope[RUNNING] = runtime;
  void runtime.start();
  onExtensionGone(ctx, () => runtime.destroy());
}
