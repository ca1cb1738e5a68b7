// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FrameworkEdits } from '@/utils/content/framework-edits';
import { adapterNamed } from '@/utils/fields/adapters';
import { discoverFields, type Field } from '@/utils/fields/discover';

// Element Plus selects in the shape the framework renders (its public class names), written for the test.
const select = (label: string, shown: string) => `
  <div class="el-form-item"><label class="el-form-item__label">${label}</label>
    <div class="el-form-item__content"><div class="el-select"><div class="el-select__wrapper">
      <div class="el-select__selection"><div class="el-select__selected-item el-select__input-wrapper"><input class="el-select__input" readonly></div>
      <div class="el-select__selected-item el-select__placeholder"><span>${shown}</span></div></div></div></div></div></div>`;

function trusted(type: string, target: EventTarget): void {
  const e = new KeyboardEvent(type, { bubbles: true, key: 'ArrowDown' });
  Object.defineProperty(e, 'isTrusted', { value: true });
  target.dispatchEvent(e);
}

describe('FrameworkEdits', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('a key press on one widget reads that widget only, and still sees its change without an input event', () => {
    vi.useFakeTimers();
    document.body.innerHTML = `<form class="el-form">${select('主题', '家庭教育')}${select('职称', '讲师')}${select('类别', '甲')}</form>`;
    const fields = discoverFields(document);
    expect(fields.map((f) => f.control?.kind)).toEqual(['select', 'select', 'select']);
    const adapter = adapterNamed('element-plus');
    if (!adapter) throw new Error('no Element Plus adapter');
    const read = vi.spyOn(adapter, 'read');
    const changed: Field[] = [];
    new FrameworkEdits(
      () => fields,
      (f) => changed.push(f),
      new AbortController().signal,
    ).watch(document);

    const first = fields[0] as Field;
    trusted('keydown', first.el);
    // The framework picks an option on Enter: the shown text changes, no input event.
    const shown = first.control?.view.querySelector('.el-select__placeholder span');
    if (shown) shown.textContent = '非遗传承';
    trusted('keyup', first.el);
    vi.advanceTimersByTime(500);

    expect(read.mock.calls.length).toBeGreaterThan(0);
    expect(new Set(read.mock.calls.map(([el]) => el))).toEqual(new Set([first.el]));
    expect(changed.map((f) => f.label.label)).toEqual(['主题']);
  });
});
