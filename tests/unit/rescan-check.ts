import { ChangeLog, changedControls, OBSERVE } from '@/utils/fields/changes';
import { type Field, type ScanMemo, scanFields } from '@/utils/fields/discover';

/**
 * The check of a rescan (issue #16): after random changes to a page, a rescan that takes over the fields no change
 * concerned must find exactly what a full scan finds: the same controls in the same order, with the same ids (they
 * are draft keys), labels, rows, columns, table places, required and secret marks, and widgets. Run by the unit
 * test on pages in happy-dom and by an e2e test on the framework replicas rendered in Chromium.
 */

/** A small seeded generator (mulberry32): a failure names its seed and replays. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everything a scan says of a field, as one line, and the elements it points to. */
function describeField(f: Field): string {
  const l = f.label;
  const table = l.table ? `${l.table.index}:${l.table.row}` : '-';
  const control = f.control ? `${f.control.framework}/${f.control.kind}` : '-';
  return [
    f.id,
    f.kind,
    l.label,
    l.source,
    l.row,
    l.columnPath.join('›'),
    table,
    l.starred,
    f.sensitive,
    f.required,
    control,
  ].join(' | ');
}

/** Where two scans differ, at most a few lines ('' when they agree). */
export function differences(rescan: readonly Field[], full: readonly Field[]): string {
  const out: string[] = [];
  if (rescan.length !== full.length)
    out.push(`${rescan.length} fields after the rescan, ${full.length} in a full scan`);
  for (let i = 0; i < Math.max(rescan.length, full.length) && out.length < 5; i++) {
    const a = rescan[i];
    const b = full[i];
    if (!a || !b) continue;
    const da = describeField(a);
    const db = describeField(b);
    if (da !== db) out.push(`#${i} rescan: ${da}\n#${i} full:   ${db}`);
    else if (a.el !== b.el || a.frame !== b.frame || a.control?.view !== b.control?.view)
      out.push(`#${i} ${da}: another element`);
  }
  return out.join('\n');
}

const WORDS = ['姓名', '联系电话', '*备注', '', '项目名称', '合计', '1', '密码', '手机号码', '请输入', '单位'];
const TYPES = ['text', 'password', 'number', 'date', 'checkbox', 'radio', 'hidden', 'email'];
const CLASSES = ['is-required', 'el-form-item', 'ant-form-item', 'el-select', 'el-input', 'layui-form-item', 'x'];

type Change = (doc: Document, pick: <T>(list: ArrayLike<T>) => T | undefined, r: () => number) => string | null;

/**
 * Whether the DOM's mutation records name a select as queries return it. happy-dom hands a select out as a Proxy
 * and names the element behind it in its records, which no page script could do in a browser: there the changes
 * to a control's attributes are made on other controls (the e2e check runs on selects in Chromium).
 */
function recordsNameSelects(doc: Document): boolean {
  const select = doc.createElement('select');
  doc.body.append(select);
  const observer = new MutationObserver(() => undefined);
  observer.observe(select, { attributes: true });
  select.setAttribute('title', '');
  const same = observer.takeRecords()[0]?.target === select;
  observer.disconnect();
  select.remove();
  return same;
}

let attributeTargets = 'input, select, textarea, button';
const controlsIn = (doc: Document) => doc.body.querySelectorAll<HTMLElement>(attributeTargets);
const word = (r: () => number) => WORDS[Math.floor(r() * WORDS.length)] as string;

/** The changes a platform page makes: rows come and go, headers and labels change, attributes and classes flip. */
const CHANGES: Change[] = [
  function addRow(doc, pick, r) {
    const tr = pick(doc.body.querySelectorAll('tr'));
    if (!tr?.parentNode) return null;
    const copy = tr.cloneNode(true) as HTMLTableRowElement;
    tr.parentNode.insertBefore(copy, r() < 0.5 ? tr : tr.nextSibling);
    return 'row added';
  },
  function removeRow(doc, pick) {
    const tr = pick(doc.body.querySelectorAll('tr'));
    tr?.remove();
    return tr ? 'row removed' : null;
  },
  function setText(doc, pick, r) {
    const el = pick(doc.body.querySelectorAll('th, td, label, legend, span, b, p, div, li, dt'));
    if (!el) return null;
    const text = [...el.childNodes].find((n) => n.nodeType === 3) as Text | undefined;
    if (text && r() < 0.5) text.data = word(r);
    else if (!el.querySelector('input, select, textarea, table')) el.textContent = word(r);
    else el.insertBefore(doc.createTextNode(word(r)), el.firstChild);
    return `text of ${el.tagName}`;
  },
  function setAttribute(doc, pick, r) {
    const el = pick(controlsIn(doc));
    if (!el) return null;
    const choices: [string, string | null][] = [
      ['type', TYPES[Math.floor(r() * TYPES.length)] as string],
      ['style', r() < 0.5 ? 'display:none' : ''],
      ['hidden', r() < 0.5 ? '' : null],
      ['required', r() < 0.5 ? '' : null],
      ['placeholder', word(r)],
      ['name', r() < 0.3 ? 'pwd' : `n${Math.floor(r() * 5)}`],
      ['autocomplete', r() < 0.5 ? 'username' : 'off'],
      ['aria-label', word(r)],
      ['id', `f${Math.floor(r() * 6)}`],
      ['value', r() < 0.5 ? 'a' : 'b'],
      ['aria-required', r() < 0.5 ? 'true' : null],
      ['title', word(r)],
    ];
    const [name, value] = pick(choices) as [string, string | null];
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
    return `${name} of a control`;
  },
  function toggleClass(doc, pick, r) {
    let el: Element | null | undefined = pick(controlsIn(doc));
    for (let up = Math.floor(r() * 5); el && up > 0; up--) el = el.parentElement;
    if (!el || el === doc.body || el === doc.documentElement) return null;
    el.classList.toggle(pick(CLASSES) as string);
    return `class of ${el.tagName}`;
  },
  function addControl(doc, pick, r) {
    const parent = pick(doc.body.querySelectorAll('td, div, form, label, p, li, fieldset'));
    if (!parent) return null;
    const input = doc.createElement(r() < 0.8 ? 'input' : 'select');
    if (r() < 0.5) input.setAttribute('placeholder', word(r));
    if (r() < 0.3) input.id = `f${Math.floor(r() * 6)}`;
    parent.insertBefore(input, pick(parent.childNodes) ?? null);
    return `control added in ${parent.tagName}`;
  },
  function addLabelFor(doc, pick, r) {
    const parent = pick(doc.body.querySelectorAll('td, div, form, p'));
    if (!parent) return null;
    const label = doc.createElement('label');
    label.htmlFor = `f${Math.floor(r() * 6)}`;
    label.textContent = word(r);
    parent.append(label);
    return 'label[for] added';
  },
  function moveControl(doc, pick) {
    const el = pick(controlsIn(doc));
    const to = pick(doc.body.querySelectorAll('td, div, form, label, fieldset'));
    if (!el || !to || el.contains(to)) return null;
    to.append(el);
    return `control moved into ${to.tagName}`;
  },
  function addTable(doc, pick, r) {
    const before = pick(doc.body.querySelectorAll('table, form, div')) ?? doc.body.firstChild;
    const table = doc.createElement('table');
    table.innerHTML = `<thead><tr><th>${word(r)}</th><th>${word(r)}</th></tr></thead><tbody><tr><td>${word(r)}</td><td><input></td></tr></tbody>`;
    before?.parentNode?.insertBefore(table, before);
    return 'table added';
  },
  function wrapInLabel(doc, pick, r) {
    const el = pick(controlsIn(doc));
    if (!el?.parentNode) return null;
    const label = doc.createElement('label');
    label.append(word(r));
    el.parentNode.insertBefore(label, el);
    label.append(el);
    return 'control wrapped in a label';
  },
  function setSpan(doc, pick, r) {
    const td = pick(doc.body.querySelectorAll<HTMLTableCellElement>('td, th'));
    if (!td) return null;
    td.setAttribute(r() < 0.5 ? 'colspan' : 'rowspan', String(1 + Math.floor(r() * 2)));
    return 'span of a cell';
  },
  function removeControl(doc, pick) {
    const el = pick(controlsIn(doc));
    el?.remove();
    return el ? 'control removed' : null;
  },
  function legend(doc, pick, r) {
    const el = pick(controlsIn(doc));
    const fieldset = el?.closest('fieldset') ?? el?.parentElement;
    if (!fieldset) return null;
    const legend = fieldset.querySelector('legend');
    if (legend) legend.textContent = word(r);
    else if (fieldset.tagName === 'FIELDSET')
      fieldset.prepend(Object.assign(doc.createElement('legend'), { textContent: word(r) }));
    else {
      const box = doc.createElement('fieldset');
      box.innerHTML = `<legend>${word(r)}</legend>`;
      fieldset.replaceWith(box);
      box.append(fieldset);
    }
    return 'legend';
  },
  function labelledBy(doc, pick, r) {
    const el = pick(controlsIn(doc));
    const by = pick(doc.body.querySelectorAll('th, td, span, label, p'));
    if (!el || !by) return null;
    by.id ||= `by${Math.floor(r() * 1e9)}`;
    el.setAttribute('aria-labelledby', by.id);
    return 'aria-labelledby';
  },
  function textBeside(doc, pick, r) {
    // Text comes or changes right before a control, outside any table or label: a label read from text near it,
    // or an instruction placeholder (请输入) that stood in for want of such text.
    const el = pick(controlsIn(doc));
    if (!el?.parentNode) return null;
    if (r() < 0.5) el.setAttribute('placeholder', '请输入');
    const before = el.previousSibling;
    if (before?.nodeType === 3 && r() < 0.5) (before as Text).data = word(r);
    else el.parentNode.insertBefore(Object.assign(doc.createElement('span'), { textContent: word(r) }), el);
    return 'text beside a control';
  },
  function labelledByLater(doc, pick, r) {
    // aria-labelledby naming an element that is not there yet, or that comes now.
    const n = Math.floor(r() * 3);
    const el = pick(controlsIn(doc));
    if (r() < 0.5 && el) el.setAttribute('aria-labelledby', `late${n}`);
    else if (!doc.getElementById(`late${n}`)) {
      doc.body.append(Object.assign(doc.createElement('span'), { id: `late${n}`, textContent: word(r) }));
    }
    return 'aria-labelledby (late)';
  },
  function drawnBeside(doc, pick, r) {
    // A framework draws its widget right after the native control (layui's select), or takes it away.
    const el = pick(doc.body.querySelectorAll('select, input[type=checkbox], input[type=radio]'));
    if (!el?.parentNode) return null;
    const next = el.nextElementSibling;
    if (next?.matches('.layui-form-select, .layui-form-checkbox') && r() < 0.5) next.remove();
    else {
      const drawn = doc.createElement('div');
      drawn.className = el.tagName === 'SELECT' ? 'layui-form-select' : 'layui-form-checkbox';
      drawn.innerHTML = '<div class="layui-select-title"><input class="layui-input" readonly></div>';
      el.parentNode.insertBefore(drawn, el.nextSibling);
    }
    return 'widget drawn beside a control';
  },
  function styleAround(doc, pick, r) {
    // A page's hover and animation: classes and styles on rows and cells, ids on anything.
    const el = pick(doc.body.querySelectorAll('tr, td, div, span, li'));
    if (!el) return null;
    const what = r();
    if (what < 0.4) el.classList.toggle('hover-row');
    else if (what < 0.8) el.setAttribute('style', r() < 0.5 ? 'display:none' : 'color:red');
    else el.id = `f${Math.floor(r() * 6)}`;
    return `style of ${el.tagName}`;
  },
  function editable(doc, pick, r) {
    const el = pick(doc.body.querySelectorAll('div, p, td'));
    if (!el) return null;
    if (r() < 0.5) el.setAttribute('contenteditable', 'true');
    else el.removeAttribute('contenteditable');
    return 'contenteditable';
  },
];

export interface RescanReport {
  /** Rounds whose rescan differed from a full scan: seed, round, the changes, and the differences. */
  failures: string[];
  rounds: number;
  /** Fields a rescan took over from the scan before (its label object kept): the check is of reuse, not of reading. */
  takenOver: number;
  /** Fields found in all rounds. */
  fields: number;
}

/**
 * Scans `doc`, then `rounds` times makes one to three random changes and compares a rescan (with what the page
 * watcher would have logged) with a full scan. The document is changed: give it a copy.
 */
export function checkRescans(doc: Document, seed: number, rounds: number): RescanReport {
  attributeTargets = recordsNameSelects(doc) ? 'input, select, textarea, button' : 'input, textarea, button';
  const r = random(seed);
  const pick = <T>(list: ArrayLike<T>): T | undefined =>
    list.length ? list[Math.floor(r() * list.length)] : undefined;
  const log = new ChangeLog();
  const observer = new MutationObserver(() => undefined);
  observer.observe(doc.documentElement, OBSERVE);
  const watched = new Set([doc]);
  let memo: ScanMemo = scanFields(doc, { watched }).memo;
  const report: RescanReport = { failures: [], rounds, takenOver: 0, fields: 0 };
  for (let round = 0; round < rounds; round++) {
    const made: string[] = [];
    const count = 1 + Math.floor(r() * 3);
    for (let i = 0; i < count; i++) {
      const change = pick(CHANGES) as Change;
      const said = change(doc, pick, r);
      if (said) made.push(said);
    }
    for (const record of observer.takeRecords()) log.note(record);
    const changes = log.take();
    const previous = changes.everything ? null : { memo, changed: changedControls(changes) };
    const before = new Set(memo.fields.map((f) => f.label));
    const rescan = scanFields(doc, { previous, watched });
    const full = scanFields(doc);
    const diff = differences(rescan.fields, full.fields);
    if (diff) report.failures.push(`seed ${seed}, round ${round}: ${made.join('; ')}\n${diff}`);
    report.takenOver += rescan.fields.filter((f) => before.has(f.label)).length;
    report.fields += full.fields.length;
    memo = rescan.memo;
  }
  observer.disconnect();
  return report;
}
