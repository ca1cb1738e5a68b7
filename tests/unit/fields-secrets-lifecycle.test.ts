// @vitest-environment happy-dom

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBus } from '@/utils/content/bus';
import { FieldsRuntime } from '@/utils/content/fields-runtime';
import { discoverFields } from '@/utils/fields/discover';
import { quietUi } from './runtime-ui';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const sensitiveLabels = (doc: Document) =>
  discoverFields(doc)
    .filter((f) => f.sensitive)
    .map((f) => f.label.label);

describe('secrets are recognised and never become drafts', () => {
  it('finds every kind of secret a form may hold, and leaves ordinary fields alone', () => {
    const doc = page(`
      <table>
        <tr><th>项目名称</th><td><input id="name"></td></tr>
        <tr><th>密码</th><td><input id="p1"></td></tr>
        <tr><th>短信</th><td><input autocomplete="one-time-code"></td></tr>
        <tr><th>付款</th><td><input autocomplete="cc-number"></td></tr>
        <tr><th>请求头</th><td><input name="Authorization"></td></tr>
        <tr><th>凭据</th><td><input id="accessToken"></td></tr>
        <tr><th>作者</th><td><input name="author"></td></tr>
        <tr><th>联系电话</th><td><input name="phone"></td></tr>
      </table>`);
    expect(sensitiveLabels(doc).sort()).toEqual(['付款', '凭据', '密码', '短信', '请求头'].sort());
  });

  it('a password the page turned into text (show password) stays a secret', () => {
    const doc = page('<form><label>登录口令<input type="password" id="pw"></label></form><input id="other">');
    discoverFields(doc);
    (doc.getElementById('pw') as HTMLInputElement).type = 'text';
    expect(discoverFields(doc).find((f) => f.el.id === 'pw')?.sensitive).toBe(true);
  });

  it('every field of a login box is a secret: user name, password, captcha', () => {
    const doc = page(`
      <form id="login"><input name="user" placeholder="用户名"><input type="password" name="p">
        <input name="vcode" placeholder="验证码"></form>
      <div class="box"><input placeholder="账号" autocomplete="username"><input placeholder="动态口令"></div>
      <form id="apply"><table>${Array.from({ length: 8 }, (_, i) => `<tr><th>字段${i}</th><td><input></td></tr>`).join('')}
        <tr><th>验证码</th><td><input></td></tr></table></form>`);
    const fields = discoverFields(doc);
    const secret = (pred: (el: HTMLElement) => boolean) => fields.filter((f) => pred(f.el)).map((f) => f.sensitive);
    expect(secret((el) => !!el.closest('#login'))).toEqual([true, true, true]);
    expect(secret((el) => !!el.closest('.box'))).toEqual([true, true]);
    // A captcha at the foot of a long application form is a secret; the form's other fields are not.
    expect(secret((el) => !!el.closest('#apply'))).toEqual([...Array(8).fill(false), true]);
  });
});

describe('destroy()', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  /** A form on a page of the 能者为师 platform; the user has touched 联系电话, which has a visible size. */
  function setUp() {
    const doc = page(`<table><tr><th>项目名称</th><td><input id="name"></td></tr>
      <tr><th>联系电话</th><td><input id="phone"></td></tr></table><button id="go">提交</button>`);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://nzws.drce.com.cn/apply.html',
    );
    const bus = getBus();
    bus.platform = 'nzws';
    const phone = doc.getElementById('phone') as HTMLInputElement;
    phone.getBoundingClientRect = () => DOMRect.fromRect({ x: 10, y: 10, width: 200, height: 24 });
    bus.touched.add(phone);
    const runtime = new FieldsRuntime(doc, quietUi());
    runtime.scan();
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const type = (value: string) => {
      phone.value = value;
      phone.dispatchEvent(new Event('input', { bubbles: true }));
    };
    return { doc, runtime, sent, type };
  }

  const saves = (sent: ReturnType<typeof setUp>['sent']) =>
    sent.mock.calls.filter(([m]) => (m as { type?: string }).type === 'drafts/save');

  it('(control) while running, the user’s typing is sent to be saved', async () => {
    const { runtime, sent, type } = setUp();
    type('010-12345678');
    await new Promise((r) => setTimeout(r, 1_200));
    expect(saves(sent)).toHaveLength(1);
    runtime.destroy();
  });

  it('removes every listener: after teardown typing is not saved and 提交 is not stopped', async () => {
    const { doc, runtime, sent, type } = setUp();
    runtime.destroy();
    sent.mockClear();
    type('123');
    let clicked = 0;
    doc.getElementById('go')?.addEventListener('click', () => clicked++);
    doc.getElementById('go')?.click();
    await new Promise((r) => setTimeout(r, 1_200));
    expect(saves(sent)).toHaveLength(0);
    expect(clicked).toBe(1);
  });
});
