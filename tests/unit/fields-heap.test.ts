// @vitest-environment happy-dom
// Issue #16 (page-heap): what a large page's fields keep per field. Structural guards, none timed.
import { describe, expect, it } from 'vitest';
import { latestReadings, textDigest } from '@/components/overlay/page-requirements';
import { discoverFields } from '@/utils/fields/discover';
import { buildGrid, cellAt } from '@/utils/fields/table-grid';
import { PlaceIndex } from '@/utils/rules/place-index';
import { FormValidator, PageFields, validatorField } from '@/utils/rules/validator';

function table(rows: number): Document {
  const body = Array.from(
    { length: rows },
    (_, r) =>
      `<tr><td>${r + 1}</td><td>第${r + 1}单位</td><td><input name="a${r}"></td><td><input name="b${r}"></td></tr>`,
  ).join('');
  return new DOMParser().parseFromString(
    `<!doctype html><body><table><thead><tr><th>序号</th><th>单位</th><th>人数</th><th>金额</th></tr></thead><tbody>${body}</tbody></table></body>`,
    'text/html',
  );
}

describe('per-field memory on a repeating table', () => {
  it('the cells of one row share one table position, the rows have their own', () => {
    const [a0, b0, a1, b1] = discoverFields(table(2));
    expect(a0?.label.table).toEqual({ index: 0, row: 1 });
    expect(a0?.label.table).toBe(b0?.label.table);
    expect(a1?.label.table).toBe(b1?.label.table);
    expect(a1?.label.table).not.toBe(a0?.label.table);
    expect(a1?.label.table).toEqual({ index: 0, row: 2 });
    // Ids and labels as before.
    expect([a0?.id, b0?.id, a1?.id]).toEqual(['t0|1/第1单位|人数', 't0|1/第1单位|金额', 't0|2/第2单位|人数']);
  });

  it("the validator's view of a field holds no copy and no closure: it reads the field, also after a change", () => {
    const doc = table(1);
    const [f] = discoverFields(doc);
    if (!f) throw new Error('no field');
    const v = validatorField(f);
    expect(Object.values(v).some((x) => typeof x === 'function' || typeof x === 'string')).toBe(false);
    // One slot per view: the field itself (a radio's group is read when asked).
    expect(Object.keys(v)).toEqual(['f']);
    expect([v.id, v.label, v.row, v.marked, v.choice]).toEqual(['t0|1/第1单位|人数', '人数', '1/第1单位', false, null]);
    (f.el as HTMLInputElement).value = '12';
    expect(v.read()).toBe('12');
    f.label = { ...f.label, label: '学生人数', source: 'mapping' };
    expect(v.label).toBe('学生人数');
  });

  it('validates and orders by the page as before (one index map for lookup and order)', () => {
    const doc = table(3);
    const fields = discoverFields(doc);
    const v = new FormValidator(fields.map(validatorField), []);
    expect(v.requiredEmpty()).toEqual([]);
    for (const f of fields) f.required = true;
    const marked = new FormValidator(fields.map(validatorField), []);
    expect(marked.requiredEmpty().map((e) => e.fieldId)).toEqual(fields.map((f) => f.id));
    (fields[2]?.el as HTMLInputElement).value = '5';
    expect(marked.requiredEmpty().map((e) => e.fieldId)).toEqual(fields.filter((_, i) => i !== 2).map((f) => f.id));
  });

  it("places every field, a sensitive one too, in the caller's order (the runtime's lookup by id), checks none of those", () => {
    const doc = new DOMParser().parseFromString(
      '<!doctype html><body><label>姓名 <input required name="n"></label><label>密码 <input type="password" required name="p"></label><label>邮箱 <input required name="e"></label></body>',
      'text/html',
    );
    const fields = discoverFields(doc);
    const v = new FormValidator(fields.map(validatorField), []);
    expect(fields.map((f) => v.placeOf(f.id))).toEqual([0, 1, 2]);
    expect(fields[1]?.sensitive).toBe(true);
    expect(v.placeOf('no such field')).toBeUndefined();
    expect(v.requiredEmpty().map((e) => e.label)).toEqual(['姓名', '邮箱']);
  });

  it('finds a grid cell by its row and cellIndex, across spans, and none for a cell of another table', () => {
    const doc = new DOMParser().parseFromString(
      `<!doctype html><body><table id="outer">
        <tr><th rowspan="2">单位</th><th colspan="2">人数</th></tr>
        <tr><th>男</th><th>女</th></tr>
        <tr><td>甲</td><td><input name="m"></td><td><input name="w"></td></tr>
      </table>
      <table id="other"><tr><td>备注</td><td><input name="n"></td></tr></table></body>`,
      'text/html',
    );
    const outer = doc.getElementById('outer') as HTMLTableElement;
    const grid = buildGrid(outer);
    const woman = outer.rows[1]?.cells[1] as HTMLTableCellElement;
    expect(cellAt(grid, woman)).toMatchObject({ row: 1, col: 2, text: '女' });
    const input = doc.querySelector('input[name="w"]')?.closest('td') as HTMLTableCellElement;
    expect(cellAt(grid, input)).toMatchObject({ row: 2, col: 2, hasControl: true });
    expect(cellAt(grid, doc.querySelector('#other td') as HTMLTableCellElement)).toBeUndefined();
    // Labels through it, as before: the column header, the row's label, the label cell to the left.
    const labels = discoverFields(doc).map((f) => [f.id, f.label.label, f.label.row]);
    expect(labels).toEqual([
      ['t0|甲|男', '男', '甲'],
      ['t0|甲|女', '女', '甲'],
      ['t1||备注', '备注', null],
    ]);
  });

  it('a field record is built whole, its id among its first properties (no property added to 5,000 records)', () => {
    const doc = new DOMParser().parseFromString(
      '<!doctype html><body><label>姓名 <input name="n"></label></body>',
      'text/html',
    );
    const [f] = discoverFields(doc);
    // The order of creation: the id comes first, so it was in the literal, not stored after (a property array each).
    expect(Object.keys(f ?? {})).toEqual(['id', 'el', 'frame', 'kind', 'label', 'sensitive', 'required']);
    expect(f?.id).toBe('姓名');
  });

  it("the validator's index by id is a typed table over the fields' own ids, not a Map (and finds what a Map would)", () => {
    const fields = discoverFields(table(300));
    const v = new FormValidator(fields.map(validatorField), []);
    // Its lookup by id over every field, sensitive ones too (the rule maps hold only the fields that have rules).
    const index = Object.values(v).filter((x) => x instanceof PlaceIndex);
    expect(index).toHaveLength(1);
    expect(fields.map((f) => v.placeOf(f.id))).toEqual(fields.map((_, i) => i));
    const ids = Array.from({ length: 2000 }, (_, i) => ({ id: `t0|${i}/第${i}单位|项目${i % 5}` }));
    const places = new PlaceIndex([...ids, { id: 't0|7/第7单位|项目2' }]);
    expect(ids.every((x, i) => places.get(x.id) === (i === 7 ? 2000 : i))).toBe(true);
    expect(places.get('t0|2000/第2000单位|项目0')).toBeUndefined();
    expect(places.get('')).toBeUndefined();
  });

  it("the page's deadlines reader keeps no page text once it was asked: texts are told apart by digest", async () => {
    const asked: string[] = [];
    const reading = latestReadings(async (text) => {
      asked.push(text);
      return [];
    });
    const page = `表6.2 大表基准页\n${'第1单位\n'.repeat(3000)}`;
    const first = reading(page);
    expect(reading.heldChars()).toBe(0);
    await first;
    // The same text (another string of it) is not asked again; another is.
    await reading(`${page}`.slice(0));
    await reading(`${page}x`);
    expect(asked.map((t) => t.length)).toEqual([page.length, page.length + 1]);
    expect(reading.heldChars()).toBe(0);
    // Two loads at once (the panel's first and a scan's): the second text, equal to the one being asked, is answered
    // by that ask and not kept afterwards.
    const next = `${page}y`;
    const both = [reading(next), reading(`${next}`.slice(0))];
    expect(reading.heldChars()).toBe(next.length);
    await Promise.all(both);
    expect(asked).toHaveLength(3);
    expect(reading.heldChars()).toBe(0);
    expect(textDigest(page)).not.toBe(textDigest(`${page.slice(0, -1)}X`));
    expect(textDigest(page).length).toBeLessThan(30);
  });

  it("the validator given the page's fields keeps their list, no view per field, and checks as with views", () => {
    const doc = table(4);
    const fields = discoverFields(doc);
    const marked = fields[1];
    if (!marked) throw new Error('no field');
    marked.required = true;
    const v = new FormValidator(new PageFields(fields), []);
    const held = Object.values(v);
    expect(held).toContain(fields);
    expect(held.some((x) => Array.isArray(x) && x !== fields && x.length >= fields.length)).toBe(false);
    // Only the page's required field keeps a view (the marked list).
    expect(held.filter((x) => Array.isArray(x) && x.length === 1)).toHaveLength(1);
    const withViews = new FormValidator(fields.map(validatorField), []);
    expect(v.requiredEmpty()).toEqual(withViews.requiredEmpty());
    expect(v.requiredEmpty().map((e) => e.fieldId)).toEqual([marked.id]);
    expect(fields.map((f) => v.placeOf(f.id))).toEqual(fields.map((_, i) => i));
    (fields[0]?.el as HTMLInputElement).value = '-3';
    v.validate(fields[0]?.id ?? '');
    withViews.validate(fields[0]?.id ?? '');
    expect(v.problems()).toEqual(withViews.problems());
    expect(v.problems().length).toBeGreaterThan(0);
  });
});
