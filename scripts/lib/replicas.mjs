// Shared by the e2e tests, `npm run demo` and `npm run bench`: launching Debian's Chromium with the built
// extension, and answering every http(s) request from the replica platform pages in tests/fixtures/sites.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_PATH = path.join(ROOT, process.env.TB_OUT ?? '.output', 'chrome-mv3');
export const SITES_DIR = path.join(ROOT, 'tests/fixtures/sites');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Content types of the replica files, by extension (shared with the Firefox harness). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A platform answers with and without `www.`: one replica folder serves both names. */
function siteFolderFor(host) {
  if (fs.existsSync(path.join(SITES_DIR, host))) return host;
  const other = host.startsWith('www.') ? host.slice(4) : `www.${host}`;
  return fs.existsSync(path.join(SITES_DIR, other)) ? other : host;
}

/** The replica file for a URL: tests/fixtures/sites/<host without port>/<path>; `/` → index.html. */
export function fixtureFileFor(url) {
  const host = siteFolderFor(url.hostname.toLowerCase());
  let rel = decodeURIComponent(url.pathname);
  if (rel.endsWith('/')) rel += 'index.html';
  const base = path.join(SITES_DIR, host);
  const file = path.normalize(path.join(base, rel));
  if (!file.startsWith(base + path.sep)) return null;
  return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

/**
 * Answers every http(s) request of the context from the replica pages (or from `extra`, keyed by
 * `host[:port]/path`), so platform hosts are exercised by their real names and nothing leaves the machine.
 */
export async function routeSites(context, extra = {}) {
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const key = `${url.host}${url.pathname}`;
    if (Object.hasOwn(extra, key)) {
      return route.fulfill({ status: 200, contentType: TYPES['.html'], body: extra[key] });
    }
    const file = fixtureFileFor(url);
    if (!file) return route.fulfill({ status: 404, contentType: TYPES['.txt'], body: 'not found' });
    return route.fulfill({
      status: 200,
      contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
      body: fs.readFileSync(file),
    });
  });
}

export function chromiumArgs({ extension = true, lang = 'zh-CN' } = {}) {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--no-first-run',
    '--disable-sync',
    `--lang=${lang}`,
  ];
  if (extension) args.push(`--disable-extensions-except=${EXTENSION_PATH}`, `--load-extension=${EXTENSION_PATH}`);
  return args;
}

/** A persistent Chromium profile with the built extension loaded and the replica pages routed. */
export async function launchWithExtension(userDataDir, { headless = true, lang = 'zh-CN', viewport } = {}) {
  if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_PATH}: run \`npm run build\` first.`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    locale: lang,
    viewport: viewport === undefined ? { width: 1280, height: 860 } : viewport,
    args: chromiumArgs({ lang }),
    // On Linux, Chromium takes its UI language (and so the extension's i18n locale) from the environment.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
  });
  await routeSites(context);
  return context;
}

export async function extensionIdOf(context) {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 20_000 });
  return new URL(sw.url()).host;
}

/**
 * Grants the extension access to a host the way a user does on chrome://extensions ("Site access → On specific
 * sites"). The browser's own permission prompt can't be clicked in headless Chromium; after this, our options
 * page's permissions.request for that host resolves at once, as it does for a user who already granted it.
 */
export async function grantHostAccess(context, extensionId, host) {
  const page = await context.newPage();
  await page.goto(`chrome://extensions/?id=${extensionId}`);
  await page.evaluate(
    ([id, pattern]) => globalThis.chrome.developerPrivate.addHostPermission(id, pattern),
    [extensionId, `*://${host.replace(/:\d+$/, '')}/*`],
  );
  await page.close();
}

/** Every replica page, for the demo and the screenshots: [url, what it shows]. */
export const REPLICA_PAGES = [
  ['https://sg.chinaeducloud.com/', '双高监测平台（2023，晚渲染的单页应用）'],
  ['https://sg.cutech.edu.cn/', '双高监测平台（2024 监测平台）'],
  ['https://jxjy.moe.edu.cn/nonxueli.html', '全国高等继续教育信息管理平台 · 附件5 非学历教育办学情况汇总表'],
  ['https://jxjy.moe.edu.cn/report.html', '全国高等继续教育信息管理平台 · 发展报告与富文本编辑器'],
  ['https://zj.chinaafse.cn/', '管理平台（表单在 iframe 中）'],
  ['https://zyyxzy.moe.edu.cn/', '全国职业院校专业设置与公共信息服务平台'],
  ['https://nzws.drce.com.cn/apply.html', '能者为师 · 附件2 社区教育实践创新项目申报表'],
  ['https://www.shequ.edu.cn/', '中国社区教育网'],
  ['https://zt.example.edu.cn:8080/', '高职状态平台（学校自建，用户添加的站点）'],
  ['https://zz.example.edu.cn/', '中职学校系统（学校自建，用户添加的站点）'],
];

/** The self-hosted sites the demo adds, as a user would in the options page. */
export const DEMO_USER_SITES = [
  { host: 'zt.example.edu.cn:8080', platform: 'gaozhi-status' },
  { host: 'zz.example.edu.cn', platform: 'zhongzhi-system' },
];
