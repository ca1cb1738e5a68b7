import { defineConfig } from 'wxt';
import { knownHostPatterns } from './utils/platforms/match';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Never launch a browser from `wxt` dev: there is none to download here, and demo/e2e launch their own.
  webExt: { disabled: true },
  vite: () => ({ build: { sourcemap: process.env.TB_SOURCEMAP === '1' } }),
  hooks: {
    // The content script must stay under 60 kB. It uses only storage, runtime messaging (answered with
    // sendResponse) and i18n, which Chromium's MV3 `chrome` and Firefox's `browser` both give with promises, so
    // it takes WXT's thin `browser` instead of webextension-polyfill (9.6 kB). Background and pages keep the
    // polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) {
        (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings; scripting: inject on the self-hosted sites the user adds; alarms + notifications:
    // reminders before followed deadlines.
    permissions:
      browser === 'firefox'
        ? ['storage', 'alarms', 'notifications']
        : ['storage', 'scripting', 'alarms', 'notifications'],
    host_permissions: knownHostPatterns(),
    // Self-hosted platforms (高职状态平台, 中职学校系统) run on each school's server: the user grants them one by one.
    optional_host_permissions: ['*://*/*'],
    // Firefox MV2 has no optional_host_permissions; there, hosts are optional permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : {}),
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: 'tianbao@tianbao.example', strict_min_version: '115.0' } } : undefined,
  }),
});
