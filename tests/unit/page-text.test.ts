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

describe('what the page text reader counts as visible (issue #16: rows asked, cells about once per column)', () => {
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

  test('a big table is asked about once per row and once per column, not once per cell', () => {
    const asked = vi.spyOn(Element.prototype, 'checkVisibility');
    document.body.innerHTML = `<div>${grid(200, 7)}</div>`;
    const text = visiblePageText(document);
    expect(text.split('\n')).toHaveLength(200 * 7);
    // The div, the 200 rows and the first row's 7 cells; the other 1,393 cells are like them and not asked.
    expect(asked).toHaveBeenCalledTimes(1 + 200 + 7);
  });

  test('rows striped by class, and a header row, are each compared with the first row of their kind, not asked per cell', () => {
    const asked = vi.spyOn(Element.prototype, 'checkVisibility');
    // With a header row of th cells in the same tbody, a third kind.
    const header = `<tr>${Array.from({ length: 5 }, (_, c) => `<th>h${c}</th>`).join('')}</tr>`;
    document.body.innerHTML = grid(100, 5, (r) => (r % 2 ? ' class="even"' : ' class="odd"')).replace(
      '<tbody>',
      `<tbody>${header}`,
    );
    expect(visiblePageText(document).split('\n')).toHaveLength(101 * 5);
    expect(asked).toHaveBeenCalledTimes(101 + 3 * 5);
  });

  // The review of 188432f: a cell hidden by a stylesheet rule whose class does not say "hide" was read as page text,
  // so an old deadline in a hidden column could show as the page's deadline.
  const oldDeadline = '截止时间：2023年3月1日 17:00';
  const deadlineTable = (tableAttr: string, oldCell: string) =>
    `<table${tableAttr}><tbody><tr><th>项目</th><th>状态</th><th${oldCell}>${oldDeadline}</th></tr>` +
    `<tr><td>甲</td><td>进行中</td><td${oldCell}>${oldDeadline}</td></tr>` +
    `<tr><td>乙</td><td>已结束</td><td${oldCell}>${oldDeadline}</td></tr></tbody></table>`;

  test.each([
    ['a class rule on a column (.col-old)', '.col-old{display:none}', '', ' class="col-old"'],
    ['a class rule on a column (.print-only)', '.print-only{display:none}', '', ' class="print-only"'],
    [
      'a column rule by position (table.resp td:nth-child(3))',
      'table.resp td:nth-child(3), table.resp th:nth-child(3){display:none}',
      ' class="resp"',
      '',
    ],
  ])('a column hidden by %s is not read', (_name, css, tableAttr, oldCell) => {
    document.head.innerHTML = `<style>${css}</style>`;
    document.body.innerHTML = deadlineTable(tableAttr, oldCell);
    const text = visiblePageText(document);
    expect(text).not.toContain('2023');
    expect(text).toBe('项目\n状态\n甲\n进行中\n乙\n已结束');
  });

  test('a hidden first cell of a column is asked again in every row; a cell unlike the first row is asked', () => {
    // Only the first row's cell of column 2 is hidden: later rows' cells there are asked, and read when visible.
    document.head.innerHTML = '<style>tr:first-child td:nth-child(3){display:none}.late{display:none}</style>';
    document.body.innerHTML = grid(3, 3, undefined, (r, c) => (r === 2 && c === 1 ? ' class="late"' : ''));
    expect(visiblePageText(document)).toBe('r0c0\nr0c1\nr1c0\nr1c1\nr1c2\nr2c0\nr2c2');
  });

  // Each rule hides some cells; the reader gives exactly the text of the cells a per-cell check finds visible.
  test.each([
    [
      'a class rule',
      '.col-old{display:none}',
      (_r: number, c: number) => (c === 3 ? ' class="col-old"' : ` class="c${c}"`),
    ],
    ['a position rule', 'td:nth-child(2){display:none}', () => ''],
    ['a last-child rule on rows of different lengths', 'td:last-child{display:none}', () => ''],
    ['a row rule on its cells', 'tr.expired td{display:none}', () => ''],
    [
      'a sibling rule',
      '.old + td, .old{display:none}',
      (r: number, c: number) => (r === 3 && c === 1 ? ' class="old"' : ''),
    ],
    ['an inline style', '', (r: number, c: number) => (r === 4 && c === 0 ? ' style="display:none"' : '')],
  ])('%s: the same text as a per-cell check', (_name, css, cell) => {
    document.head.innerHTML = `<style>${css}</style>`;
    const row = (r: number) => (r === 2 ? ' class="expired"' : '');
    // Row 5 is shorter: its last cell is another column.
    document.body.innerHTML = grid(6, 5, row, cell).replace(/<td>r5c4<\/td>/, '');
    const visible = [...document.querySelectorAll('td')].filter((td) => td.checkVisibility());
    expect(visible.length).toBeLessThan(document.querySelectorAll('td').length);
    expect(visiblePageText(document)).toBe(visible.map((td) => td.textContent).join('\n'));
  });

  test('a table inside a cell, and a cell skipped by aria-hidden, leave the outer rows read as a per-cell check reads them', () => {
    document.head.innerHTML = '<style>.col-old{display:none}.inner-old{display:none}</style>';
    const inner = (r: number) =>
      `<table><tr><td>i${r}a</td><td class="inner-old">i${r}b</td></tr><tr><td>i${r}c</td><td class="inner-old">i${r}d</td></tr></table>`;
    document.body.innerHTML = `<table><tbody>${Array.from(
      { length: 4 },
      (_, r) =>
        `<tr><td>r${r}c0</td><td${r === 2 ? ' aria-hidden="true"' : ''}>${inner(r)}</td><td>r${r}c2</td><td class="col-old">r${r}old</td></tr>`,
    ).join('')}</tbody></table>`;
    const text = visiblePageText(document);
    expect(text).not.toContain('old');
    expect(text).not.toMatch(/i\db|i\dd/);
    expect(text).toBe('r0c0\ni0a\ni0c\nr0c2\nr1c0\ni1a\ni1c\nr1c2\nr2c0\nr2c2\nr3c0\ni3a\ni3c\nr3c2');
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
