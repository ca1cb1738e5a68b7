// Firefox smoke suite: the built Firefox add-on in Debian's Firefox ESR, on the replica platform pages.
// Each test gets a fresh profile, so none sees another's drafts or settings.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import {
  deepAttribute,
  deepClick,
  deepText,
  launchFirefox,
  openExtensionPage,
  openReplica,
  until,
} from './harness.mjs';

const APPLY = 'https://nzws.drce.com.cn/apply.html';
const UNIT = '#fld_b63a'; // 申报单位
const PHONE = '#fld_e284'; // 手机
const OFFER = '[data-testid="restore-offer"]';

/** @type {Awaited<ReturnType<typeof launchFirefox>>} */
let firefox;
beforeEach(async () => {
  firefox = await launchFirefox();
});
afterEach(async () => {
  await firefox.close();
});

const value = (page, selector) => page.$eval(selector, (el) => /** @type {HTMLInputElement} */ (el).value);

/** Types into a page field and waits until the draft is saved (the overlay stamps data-saved-at). */
async function typeAndSave(page, selector, text) {
  await until(
    'draft status',
    () => deepText(page, '[data-testid="draft-status"]'),
    (t) => t !== null,
  );
  await page.type(selector, text);
  await until(
    'draft saved',
    () => deepAttribute(page, '[data-testid="draft-status"]', 'data-saved-at'),
    (v) => /^\d+$/.test(v ?? ''),
  );
}

test('the overlay names the platform on the 管理平台 and 能者为师 replicas', async () => {
  for (const [url, name] of [
    ['https://zj.chinaafse.cn/', '管理平台'],
    [APPLY, '能者为师'],
  ]) {
    const page = await openReplica(firefox.browser, url);
    await until(
      `platform name on ${url}`,
      () => deepText(page, '[data-testid="platform-name"]'),
      (t) => t === name,
    );
    // Our markup lives in the overlay's shadow root, not in the page.
    const inLightDom = await page.evaluate(() => document.querySelector('[data-testid="platform-name"]') !== null);
    assert.equal(inLightDom, false);
    assert.equal(await page.$eval('tianbao-overlay', (el) => el.shadowRoot !== null), true);
    await page.close();
  }
});

test('a bad phone number in the 申报表 raises its problem, and fixing it clears it', async () => {
  const page = await openReplica(firefox.browser, APPLY);
  await until(
    'problem count',
    () => deepText(page, '[data-testid="problem-count"]'),
    (t) => t === '0',
  );
  await page.type(PHONE, '12345');
  const problem = '[data-testid="problem"][data-field="手机"]';
  await until(
    'phone problem',
    () => deepText(page, problem),
    (t) => (t ?? '').includes('11 位手机号码'),
  );
  await page.$eval(PHONE, (el) => {
    /** @type {HTMLInputElement} */ (el).select();
  });
  await page.type(PHONE, '13601198336');
  await until(
    'problem cleared',
    () => deepText(page, problem),
    (t) => t === null,
  );
});

test('a draft survives a reload, and is offered back and restored when the user returns to the page', async () => {
  const page = await openReplica(firefox.browser, APPLY);
  await typeAndSave(page, UNIT, '青川市社区大学');
  // After a reload the text is either still in the field (Firefox puts typed values back itself, and the
  // overlay offers only what differs from the draft) or offered for restoring: never lost.
  await page.reload();
  await until(
    'text kept or offered after the reload',
    async () => (await value(page, UNIT)) === '青川市社区大学' || (await deepText(page, OFFER)) !== null,
    (kept) => kept,
  );
  // Coming back to the page (a link, a bookmark) starts with an empty form: now the draft is offered.
  await page.goto(APPLY);
  await until(
    'restore offer',
    () => deepText(page, OFFER),
    (t) => (t ?? '').includes('有 1 项'),
  );
  assert.equal(await value(page, UNIT), '');
  // The panel starts as a pill: open it as a user does.
  await deepClick(page, '[data-testid="overlay-toggle"][aria-expanded="false"]');
  await deepClick(page, '[data-testid="restore-draft"]');
  await until(
    'restored value',
    () => value(page, UNIT),
    (v) => v === '青川市社区大学',
  );
});

test('the options page opens on its dashboard and lists the draft saved on a platform page', async () => {
  const page = await openReplica(firefox.browser, APPLY);
  await typeAndSave(page, UNIT, '青川市社区大学');
  const options = await openExtensionPage(firefox.browser, 'options.html');
  assert.equal(await options.title(), '填报助手 · 设置');
  await until(
    'dashboard',
    () => deepText(options, 'h1'),
    (t) => (t ?? '').length > 0,
  );
  for (const section of ['drafts-section', 'followed-section', 'import-section']) {
    assert.notEqual(await options.$(`[data-testid="${section}"]`), null, `${section} is shown`);
  }
  await until(
    'draft listed',
    () => deepText(options, '[data-testid="draft-item"]'),
    (t) => (t ?? '').includes('项目申报'),
  );
});
