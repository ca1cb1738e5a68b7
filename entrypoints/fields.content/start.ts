import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FieldsRuntime } from '@/utils/content/fields-runtime';
import { onExtensionGone } from '@/utils/content/lifetime';

const RUNNING = Symbol.for('tianbao.fields');

export function startFields(ctx: ContentScriptContext): void {
  const scope = globalThis as { [RUNNING]?: FieldsRuntime };
  // Injected once per page; a second injection (e.g. after an extension reload) takes over from the first.
  scope[RUNNING]?.destroy();
  const runtime = new FieldsRuntime(document);
  scope[RUNNING] = runtime;
  void runtime.start();
  onExtensionGone(ctx, () => runtime.destroy());
}
