// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { visiblePageText } from '@/utils/notices/page-text';

/** A table of `rows` rows of `cols` cells, each cell's text saying where it is. */
const grid = (rows: number, cols: number, row = (_r: number) => '', cell = (_r: number, _c: number) => '') =>
  `<table><tbody>${Array.from(
    { length: rows },
    (_, r) =>
      `<tr${row(r)}>${Array.from({ length: cols }, (_, c) => `<td${cell(r, c)}>r${r}c${c}</td>`).join('')}</tr>`,
  ).join('')}</tbody></table>`;

describe('what the page text reader counts as visible (issue #16: rows asked, cells only when they may be hidden)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  test('hidden rows are skipped, by a class rule, inline style or the hidden attribute, and a hidden table whole', () => {
    document.head.innerHTML = '<style>.folded{display:none}.layui-hide{display:none}</style>';
    const rows = ['', ' class="folded"', ' style="display: none"', ' hidden', ' aria-hidden="true"', ''];
    const hiddenTable = '<div class="layui-hide"><table><tr><td>截止时间：2026年1月1日</td></tr></table></div>';
    document.body.innerHTML = `${grid(6, 2, (r) => rows[r] ?? '')}${hiddenTable}`;
    expect(visiblePageText(document)).toBe('r0c0\nr0c1\nr5c0\nr5c1');
  });

  test('hidden cells of a visible row are skipped when their class or style says so (a layui-hide column)', () => {
    document.head.innerHTML = '<style>.layui-hide{display:none}.d-none{display:none}.col-id{color:red}</style>';
    document.body.innerHTML = grid(2, 4, undefined, (_r, c) =>
      c === 1 ? ' class="layui-hide"' : c === 2 ? ' style="display:none"' : c === 3 ? ' class="col-id d-none"' : '',
    );
    expect(visiblePageText(document)).toBe('r0c0\nr1c0');
  });

  test('a big table is asked about once per row, not once per cell', () => {
    const asked = vi.spyOn(Element.prototype, 'checkVisibility');
    document.body.innerHTML = `<div>${grid(200, 7)}</div>`;
    const text = visiblePageText(document);
    expect(text.split('\n')).toHaveLength(200 * 7);
    // The rows and the one div; the 1,400 cells are not asked.
    expect(asked).toHaveBeenCalledTimes(201);
  });

  test('the text is built as it goes: spaces around line breaks dropped, spaces inside a line kept, cut at the limits', () => {
    document.body.innerHTML = '<p>  甲  <b> 乙 </b> </p><div> <span>丙</span>\n\t丁 </div><br><p> </p>';
    // As before #16: the spaces between two pieces of one line are kept as the page has them.
    expect(visiblePageText(document)).toBe('甲  乙\n丙 丁');
    expect(visiblePageText(document, { chars: 5, nodes: 100 })).toBe('甲  乙');
    expect(visiblePageText(document, { chars: 7, nodes: 100 })).toBe('甲  乙\n丙');
    expect(visiblePageText(document, { chars: 100, nodes: 4 })).toBe('甲  乙');
  });
});
