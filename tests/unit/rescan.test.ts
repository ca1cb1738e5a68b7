// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChangeLog, changedControls, OBSERVE } from '@/utils/fields/changes';
import { scanFields, scanFieldsInSlices } from '@/utils/fields/discover';
import { checkRescans, differences } from './rescan-check';

const SITES = path.resolve(import.meta.dirname, '../fixtures/sites');

/** A replica page as its HTML is served, without its scripts and styles (happy-dom runs and fetches none). */
function replica(file: string): Document {
  const html = fs
    .readFileSync(path.join(SITES, file), 'utf8')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<link[^>]*>/gi, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
}

// The plain replicas with forms and report tables (the framework ones render in the browser: e2e rescan spec).
const REPLICAS = [
  'nzws.drce.com.cn/apply.html',
  'nzws.drce.com.cn/summary.html',
  'nzws.drce.com.cn/secrets.html',
  'nzws.drce.com.cn/hostile-labels.html',
  'jxjy.moe.edu.cn/nonxueli.html',
  'jxjy.moe.edu.cn/report.html',
  'zt.example.edu.cn/table6-2.html',
  'zz.example.edu.cn/expert-recommend.html',
  'zz.example.edu.cn/expert-summary.html',
  'zyyxzy.moe.edu.cn/index.html',
  'sg.chinaeducloud.com/index.html',
];

// Framework markup in the shape these frameworks render (their public class names), written for the tests.
const ELEMENT = `<form class="el-form">
  <div class="el-form-item is-required"><label class="el-form-item__label">学校名称</label>
    <div class="el-form-item__content"><div class="el-input"><div class="el-input__wrapper"><input class="el-input__inner"></div></div></div></div>
  <div class="el-form-item"><label class="el-form-item__label">项目周期</label>
    <div class="el-form-item__content"><div class="el-date-editor el-range-editor el-input__wrapper">
      <input class="el-range-input"><span class="el-range-separator">至</span><input class="el-range-input"></div></div></div>
  <div class="el-form-item"><div class="el-form-item__label">项目成员</div><div class="el-form-item__content">
    <div class="el-table"><div class="el-table__header-wrapper"><table class="el-table__header"><thead><tr><th><div class="cell">序号</div></th><th><div class="cell">成员姓名</div></th><th><div class="cell">手机</div></th></tr></thead></table></div>
    <div class="el-table__body-wrapper"><table class="el-table__body"><tbody>
      <tr><td>1</td><td><div class="el-input"><input class="el-input__inner"></div></td><td><div class="el-input"><input class="el-input__inner"></div></td></tr>
      <tr><td>2</td><td><div class="el-input"><input class="el-input__inner"></div></td><td><div class="el-input"><input class="el-input__inner"></div></td></tr>
    </tbody></table></div></div></div></div>
</form>`;

const ANTD = `<form class="ant-form">
  <div class="ant-form-item"><div class="ant-form-item-label"><label class="ant-form-item-required" title="负责人">负责人</label></div>
    <div class="ant-form-item-control"><input class="ant-input"></div></div>
  <div class="ant-form-item"><div class="ant-form-item-label"><label title="备注">备注</label></div>
    <div class="ant-form-item-control"><textarea class="ant-input"></textarea></div></div>
  <div class="ant-table"><table><thead class="ant-table-thead"><tr><th>序号</th><th>课程名称</th><th>学时</th></tr></thead>
    <tbody class="ant-table-tbody"><tr><td>1</td><td><input class="ant-input"></td><td><input class="ant-input"></td></tr>
    <tr><td>2</td><td><input class="ant-input"></td><td><input class="ant-input"></td></tr></tbody></table></div>
</form>`;

const LAYUI = `<form class="layui-form">
  <div class="layui-form-item"><label class="layui-form-label">学校类型</label><div class="layui-input-block">
    <select name="lx" lay-verify="required"><option value="">请选择</option><option value="2">高职</option></select></div></div>
  <div class="layui-form-item"><label class="layui-form-label">联系人</label><div class="layui-input-block"><input class="layui-input" name="lxr"></div></div>
</form>`;

const MIXED = `<form><fieldset><legend>班主任</legend><label>总数 <input></label><span id="l1">兼职</span><input aria-labelledby="l1"></fieldset>
  <p>电子邮箱 <input type="email"></p><label for="t1">电话</label><input id="t1">
  <div class="login"><input autocomplete="username"><input type="password"><input placeholder="验证码"></div>
  <table><tr><th rowspan="2">类别</th><th colspan="2">人数</th></tr><tr><th>男</th><th>女</th></tr>
    <tr><td>专任教师</td><td><input></td><td><input></td></tr><tr><td>辅导员</td><td><input></td><td><input></td></tr></table>
  <table><tr><td>联系人</td><td><input></td><td>办公电话</td><td><input placeholder="区号-号码"></td></tr>
    <tr><td>项目周期</td><td><input placeholder="开始时间"> 至 <input placeholder="结束时间"></td></tr></table></form>`;

describe('rescan: only what a change concerns is read again (#16)', () => {
  it.each(REPLICAS)('%s: after random changes, a rescan finds what a full scan finds', (file) => {
    let takenOver = 0;
    let fields = 0;
    for (const seed of [1, 2, 3]) {
      const report = checkRescans(replica(file), seed * 7919 + file.length, 25);
      expect(report.failures).toEqual([]);
      takenOver += report.takenOver;
      fields += report.fields;
    }
    // The check is of fields taken over, not only of fields read again: a good share of them are, whatever changed.
    expect(takenOver).toBeGreaterThan(fields / 20);
  });

  it.each([
    ['Element', ELEMENT],
    ['Ant Design Vue', ANTD],
    ['layui', LAYUI],
    ['labels of every kind, a login box, spanning headers', MIXED],
  ])('%s: after random changes, a rescan finds what a full scan finds', (_, body) => {
    let takenOver = 0;
    let fields = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const report = checkRescans(page(body), seed, 25);
      expect(report.failures).toEqual([]);
      takenOver += report.takenOver;
      fields += report.fields;
    }
    expect(takenOver).toBeGreaterThan(fields / 20);
  });

  it('a row added to a large table reads that table again, and takes over every field elsewhere', () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `<tr><td>${i + 1}</td><td><input></td><td><input></td></tr>`).join('');
    const doc = page(`<form><label>单位名称 <input></label>
      <table id="a"><tr><th>序号</th><th>姓名</th><th>职务</th></tr>${rows(50)}</table>
      <table id="b"><tr><th>序号</th><th>课程</th><th>学时</th></tr>${rows(50)}</table></form>`);
    const log = new ChangeLog();
    const observer = new MutationObserver(() => undefined);
    observer.observe(doc.documentElement, OBSERVE);
    const watched = new Set([doc]);
    const first = scanFields(doc, { watched });
    const b = doc.getElementById('b') as HTMLTableElement;
    b.tBodies[0]?.append(b.rows[1]?.cloneNode(true) as HTMLTableRowElement);
    for (const r of observer.takeRecords()) log.note(r);
    const changed = changedControls(log.take());
    // Table b's 100 controls and the new row's two: read again; table a and the label: taken over.
    expect(changed.size).toBe(102);
    const rescan = scanFields(doc, { previous: { memo: first.memo, changed }, watched });
    const labels = new Set(first.fields.map((f) => f.label));
    expect(rescan.fields.filter((f) => labels.has(f.label))).toHaveLength(101);
    expect(rescan.fields.map((f) => f.id)).toEqual(scanFields(doc).fields.map((f) => f.id));
    // The copy of row 1 is known by its row label, once more (#2), as a full scan knows it.
    expect(rescan.fields.at(-1)?.id).toBe('t1|1|学时#2');
  });

  it('a sliced scan while the page changes: the rescan after it reads what changed between slices', async () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `<tr><td>${i + 1}</td><td><input></td><td><input></td></tr>`).join('');
    const doc = page(`<form><p>单位名称 <input placeholder="请输入"></p>
      <table id="a"><tr><th>序号</th><th>姓名</th><th>职务</th></tr>${rows(400)}</table>
      <table id="b"><tr><th>序号</th><th>课程</th><th>学时</th></tr>${rows(400)}</table></form>`);
    const log = new ChangeLog();
    // Records reach the callback while the scan yields, as in the page watcher.
    const observer = new MutationObserver((records) => {
      for (const r of records) log.note(r);
    });
    observer.observe(doc.documentElement, OBSERVE);
    const watched = new Set([doc]);
    const first = scanFields(doc, { watched });
    // Between two slices of the next scan, the page renames a column of table a and adds a row to b.
    let slices = 0;
    const during = scanFieldsInSlices(
      doc,
      { previous: { memo: first.memo, changed: new Set() }, watched },
      {
        maxItems: 200,
        yieldToPage: async () => {
          if (++slices === 2) {
            (doc.querySelector('#a th:nth-child(2)') as Element).textContent = '教师姓名';
            const b = doc.getElementById('b') as HTMLTableElement;
            b.tBodies[0]?.append(b.rows[1]?.cloneNode(true) as Node);
          }
        },
      },
    );
    const second = await during;
    expect(slices).toBeGreaterThan(2);
    for (const r of observer.takeRecords()) log.note(r);
    const changes = log.take();
    expect(changes.everything).toBe(false);
    const third = scanFields(doc, { previous: { memo: second.memo, changed: changedControls(changes) }, watched });
    expect(differences(third.fields, scanFields(doc).fields)).toBe('');
    expect(third.fields.filter((f) => f.label.label === '教师姓名')).toHaveLength(400);
  });

  it('a class or style on a row reads that row again, not the table; a style away from controls reads nothing', () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, i) => `<tr><td>${i + 1}</td><td><input></td><td><input></td></tr>`).join('');
    const doc = page(
      `<table><tr><th>序号</th><th>姓名</th><th>职务</th></tr>${rows(300)}</table><div id="spin"></div>`,
    );
    const log = new ChangeLog();
    const observer = new MutationObserver(() => undefined);
    observer.observe(doc.documentElement, OBSERVE);
    const row = doc.querySelectorAll('tr')[10] as HTMLTableRowElement;
    row.classList.add('hover-row');
    row.setAttribute('style', 'background:#eee');
    (doc.getElementById('spin') as HTMLElement).style.transform = 'rotate(30deg)';
    for (const r of observer.takeRecords()) log.note(r);
    expect([...changedControls(log.take())]).toEqual([...row.querySelectorAll('input')]);
  });

  // The review's cases (each failed before its fix): a rescan after one change, against a full scan.
  it.each([
    [
      'an instruction placeholder that stood for a label, when text comes beside it',
      '<div><span id="s"></span><input placeholder="请输入"></div><div><span id="t"></span><input placeholder="请输入"></div>',
      (doc: Document) => {
        (doc.getElementById('s') as HTMLElement).textContent = '姓名';
        (doc.getElementById('t') as HTMLElement).textContent = '姓名';
      },
      ['姓名', '姓名#2'],
    ],
    [
      'aria-labelledby naming an element that comes later',
      '<input aria-labelledby="lbl" placeholder="电话">',
      (doc: Document) =>
        doc.body.append(Object.assign(doc.createElement('span'), { id: 'lbl', textContent: '手机号' })),
      ['手机号'],
    ],
    [
      'a widget drawn after its native control (layui’s checkbox), outside a form item',
      `<form class="layui-form"><div class="layui-form-item"><label class="layui-form-label">单位</label><input></div>
        <div class="layui-inline"><input type="checkbox" value="1" title="同意"></div></form>`,
      (doc: Document) => {
        const drawn = Object.assign(doc.createElement('div'), { className: 'layui-form-checkbox' });
        doc.querySelector('.layui-inline')?.append(drawn);
      },
      ['单位', '同意=1'],
    ],
  ])('%s', (_, body, change, ids) => {
    const doc = page(body);
    const log = new ChangeLog();
    const observer = new MutationObserver(() => undefined);
    observer.observe(doc.documentElement, OBSERVE);
    const watched = new Set([doc]);
    const first = scanFields(doc, { watched });
    change(doc);
    for (const r of observer.takeRecords()) log.note(r);
    const rescan = scanFields(doc, { previous: { memo: first.memo, changed: changedControls(log.take()) }, watched });
    expect(rescan.fields.map((f) => f.id)).toEqual(ids);
    expect(differences(rescan.fields, scanFields(doc).fields)).toBe('');
  });

  it('a label[for] that comes, or a document not watched all through, reads everything again', () => {
    const doc = page('<p>姓名 <input id="x"></p><label>电话 <input></label>');
    const log = new ChangeLog();
    const observer = new MutationObserver(() => undefined);
    observer.observe(doc.documentElement, OBSERVE);
    doc.body.append(Object.assign(doc.createElement('label'), { htmlFor: 'x', textContent: '真实姓名' }));
    for (const r of observer.takeRecords()) log.note(r);
    expect(log.take().everything).toBe(true);
    // Scanned without its changes logged: nothing of it is taken over.
    const unwatched = scanFields(doc, { watched: new Set() });
    const again = scanFields(doc, { previous: { memo: unwatched.memo, changed: new Set() }, watched: new Set([doc]) });
    expect(again.fields.some((f) => unwatched.fields.some((g) => g.label === f.label))).toBe(false);
    expect(again.fields.map((f) => f.label.label)).toEqual(['真实姓名', '电话']);
  });
});
