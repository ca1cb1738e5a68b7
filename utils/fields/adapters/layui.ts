import { visibleText } from '../normalise';
import { byText, clickLike, labelFrom, waitFor, writeChoice } from './dom';
import type { Control, FrameworkAdapter, RestoreRefusal } from './types';

/**
 * layui keeps the native controls (hidden by its stylesheet) and draws its own beside them: a select's title input
 * and option list, a radio's or checkbox's box. The native control holds the value (`form.val` reads it); the drawn
 * one is what a person sees and clicks, so values go in through it.
 */
const DRAWN = '.layui-form-select, .layui-form-radio, .layui-form-checkbox, .layui-form-switch';

function drawnBeside(el: HTMLElement): HTMLElement | null {
  const next = el.nextElementSibling as HTMLElement | null;
  return next?.matches(DRAWN) ? next : null;
}

function requiredBy(el: HTMLElement): boolean {
  return (el.getAttribute('lay-verify') ?? '').split('|').includes('required');
}

function shownOption(select: HTMLSelectElement): string {
  const o = select.selectedOptions[0];
  return o && o.value !== '' ? visibleText(o).trim() : '';
}

async function writeSelect(
  select: HTMLSelectElement,
  view: HTMLElement,
  value: string,
): Promise<RestoreRefusal | null> {
  if (shownOption(select) === value) return null;
  clickLike(view.querySelector('.layui-select-title') ?? view);
  // Empty is layui's 请选择 line (lay-value="").
  const dd = await waitFor(() =>
    value === ''
      ? view.querySelector<HTMLElement>('dl dd[lay-value=""]')
      : byText(view.querySelectorAll<HTMLElement>('dl dd:not(.layui-disabled)'), value),
  );
  if (!dd) {
    clickLike(select.ownerDocument.body);
    return 'restoreWhyNoOption';
  }
  clickLike(dd);
  return (await waitFor(() => (shownOption(select) === value ? true : null))) ? null : 'restoreWhyRejected';
}

export const layui: FrameworkAdapter = {
  name: 'layui',
  present: (doc) => !!doc.querySelector('.layui-form .layui-form-item, .layui-form-select'),
  labelScope: '.layui-form-item',
  classScope: '.layui-form-item',
  writes: ['select', 'choice', 'switch'],
  control(el): Control | 'skip' | null {
    // The select's drawn title input and its search box are layui's, not fields.
    if (el.closest('.layui-form-select, .layui-laydate')) return 'skip';
    const drawn = drawnBeside(el);
    if (drawn) {
      const kind = drawn.matches('.layui-form-select')
        ? 'select'
        : drawn.matches('.layui-form-switch')
          ? 'switch'
          : 'choice';
      // layui draws the widget again on each form.render(): the one beside the control now is the one to see.
      return {
        framework: 'layui',
        kind,
        get view() {
          return drawnBeside(el) ?? el;
        },
      };
    }
    if (el.hasAttribute('lay-key') || el.hasAttribute('lay-laydate-id'))
      return { framework: 'layui', kind: 'date', view: el };
    return null;
  },
  label(el) {
    const label = el.closest('.layui-form-item')?.querySelector(':scope > .layui-form-label');
    return label ? labelFrom(visibleText(label)) : null;
  },
  required: requiredBy,
  read(el, control) {
    return control.kind === 'select' ? shownOption(el as HTMLSelectElement) : null;
  },
  async write(el, control, value) {
    if (control.kind === 'select') return writeSelect(el as HTMLSelectElement, control.view, value);
    return writeChoice(el as HTMLInputElement, control.view, value);
  },
};
