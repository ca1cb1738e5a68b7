import { antDesignVue } from './ant-design-vue';
import { elementPlus } from './element-plus';
import { elementUi } from './element-ui';
import { layui } from './layui';
import type { FrameworkAdapter, FrameworkName } from './types';

export type { Control, FrameworkAdapter, FrameworkName, RestoreRefusal } from './types';

/** In order of precedence: the first whose signals are in the page reads it; generic HTML is the fallback. */
const ADAPTERS: readonly FrameworkAdapter[] = [elementPlus, elementUi, antDesignVue, layui];

/** The framework a document is built with, by its public structure; null for plain HTML. */
export function adapterFor(doc: Document): FrameworkAdapter | null {
  return ADAPTERS.find((a) => a.present(doc)) ?? null;
}

export function adapterNamed(name: FrameworkName): FrameworkAdapter | null {
  return ADAPTERS.find((a) => a.name === name) ?? null;
}

/** Every framework's containers whose change may relabel the controls inside (FrameworkAdapter.labelScope). */
export function labelScopes(): string[] {
  return ADAPTERS.map((a) => a.labelScope);
}

/** Every framework's toggles drawn without a native control (FrameworkAdapter.toggles). */
export function togglesOfAll(): string[] {
  return ADAPTERS.flatMap((a) => (a.toggles ? [a.toggles] : []));
}

/** Every framework's containers where a class change may re-mark a control outside it (FrameworkAdapter.classScope). */
export function classScopes(): string[] {
  return ADAPTERS.flatMap((a) => (a.classScope ? [a.classScope] : []));
}
