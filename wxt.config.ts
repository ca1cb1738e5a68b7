import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { sharedLibs } from './utils/content/shared-libs';
import { knownHostPatterns } from './utils/platforms/match';

// The oldest browsers we support. Offices run 360 browsers on Chromium 122 (the 360极速 13 on Chromium 86 cannot
// run MV3 at all); 115 is the oldest Firefox ESR. The build lowers syntax to these, the manifests refuse older
// browsers, and scripts/compat.mjs (reading these numbers back from the built manifests) checks every bundle.
const MIN_CHROME = 122;
const MIN_FIREFOX = 115;

// Extension pages (options, popup, background) may load scripts and make requests only inside the package: the
// browser itself enforces "no network". pdf.js's worker is a file of the package (script-src 'self' covers
// workers); Preact and the bundles need no eval; nothing is embedded with <object>.
const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'self'";

// The public half of the key that fixes the Chromium extension ID of unpacked builds to
// edeifcacgjememnndehlhjmoajjmokop, so an IT office's policy (3rdparty.extensions.<id>, ExtensionSettings) names it
// before anyone installs it (docs/deploy.md). Only the public key is in the repository; the ID is the key's hash.
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArA6SGuR3ERZo4AKm7RfRZwk2PA+uK3ieSMXzeEWjyxvadqlbZvO8wVhJ5aRDY3SLt7GilZk7IPxe4D9Zrd+BkaBeyP2scNdpFbDH9LjHPeWOc4VFmHn08wp3GmsuNSrRBH+419JmbI0CPu/RQuLZ3bq1vGFU/EJq9odikpFaQHne+/uCsGlFpuPqCLfPHOYj3KaOt/Vo8UzaK7aitvecsg7TaCzdrvyctTCSXduptVWoIw2QLVcLkQxh3O3MJi+Gn7Jena0S3Ta1Hl2ulWa9fMa7MtdmWbGBms51fVUjVuVG6CcZ157wuDgXSECrbiFiA5ZdvsNvq3ijRGHaHMjVPQIDAQAB';

// The field engine (content-scripts/fields.js) is injected into a frame where the overlay's script already runs, in
// the same isolated world: it uses the overlay's Preact and zod/mini instead of carrying its own (issue #16). Its
// build resolves those imports to shims reading what utils/content/shared-libs.ts publishes (only the names listed
// there: a missing one fails this build); without it the script stops at once with an error.
const SHARED_LIBS_ID = '\0tianbao-shared-libs';
/** The shared modules of our own (`@/…` names), by their file without its extension. */
const OWN_MODULES = new Map(
  Object.keys(sharedLibs)
    .filter((name) => name.startsWith('@/'))
    .map((name) => [path.resolve(import.meta.dirname, name.slice(2)), name]),
);
function sharedLibsShims(): Plugin {
  return {
    name: 'tianbao-shared-libs',
    enforce: 'pre',
    resolveId: (id) => {
      if (id === SHARED_LIBS_ID) return id;
      // Our own modules arrive with the `@/` alias already resolved to their file.
      const name = Object.hasOwn(sharedLibs, id) ? id : OWN_MODULES.get(id.replace(/\.tsx?$/, ''));
      return name ? `${SHARED_LIBS_ID}:${name}` : null;
    },
    load(id) {
      if (id === SHARED_LIBS_ID) {
        // The symbol is SHARED_LIBS of utils/content/shared-libs.ts.
        return `const libs = globalThis[Symbol.for('tianbao.shared-libs')];
if (!libs) {
  const e = new Error('[填报助手] 字段引擎未启动：本页没有面板脚本（content-scripts/platform.js）共享的 Preact 与 zod');
  console.error(e);
  throw e;
}
export default libs;`;
      }
      if (!id.startsWith(`${SHARED_LIBS_ID}:`)) return null;
      const name = id.slice(SHARED_LIBS_ID.length + 1) as keyof typeof sharedLibs;
      const names = Object.keys(sharedLibs[name]);
      return `import libs from '${SHARED_LIBS_ID}';
const m = libs[${JSON.stringify(name)}];
${names.map((n) => `const _${n} = m.${n};`).join('\n')}
export { ${names.map((n) => `_${n} as ${n}`).join(', ')} };`;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Never launch a browser from `wxt` dev: there is none to download here, and demo/e2e launch their own.
  webExt: { disabled: true },
  // TB_OUT lets parallel work build into its own folder (e2e, demo and bench read the same variable).
  outDir: process.env.TB_OUT ?? '.output',
  vite: (env) => ({
    build: {
      sourcemap: process.env.TB_SOURCEMAP === '1',
      target: env.browser === 'firefox' ? `firefox${MIN_FIREFOX}` : `chrome${MIN_CHROME}`,
    },
    resolve: {
      // pdf.js's default ("modern") build calls Promise.try (Chromium 128), URL.parse (126) and
      // Map.prototype.getOrInsertComputed without a fallback; its legacy build carries those fallbacks, and the
      // worker is a separate file the build target cannot lower, so both come from legacy/.
      alias: [
        { find: /^pdfjs-dist$/, replacement: 'pdfjs-dist/legacy/build/pdf.mjs' },
        { find: /^pdfjs-dist\/build\/(.*)$/, replacement: 'pdfjs-dist/legacy/build/$1' },
      ],
    },
  }),
  hooks: {
    // pdf.js reads Chinese PDFs that use predefined CMaps (UniGB-UCS2-H) and non-embedded fonts (STSong-Light)
    // only with its CMap and standard font files. They ship in the package, copied from pdfjs-dist at build time
    // (not kept in git), and the options page reads them from its own origin: not web-accessible, no network.
    'build:publicAssets': (_wxt, files) => {
      const root = path.resolve(import.meta.dirname, 'node_modules/pdfjs-dist');
      for (const dir of ['cmaps', 'standard_fonts']) {
        for (const name of fs.readdirSync(path.join(root, dir))) {
          files.push({ absoluteSrc: path.join(root, dir, name), relativeDest: `pdfjs/${dir}/${name}` });
        }
      }
    },
    // The content script must stay under 60 kB. It uses only storage, runtime messaging (answered with
    // sendResponse) and i18n, which Chromium's MV3 `chrome` and Firefox's `browser` both give with promises, so
    // it takes WXT's thin `browser` instead of webextension-polyfill (9.6 kB). Background and pages keep the
    // polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      // WXT builds each content script on its own (one IIFE each).
      if (entrypoints.length === 1 && entrypoints[0]?.name === 'fields') {
        config.plugins = [sharedLibsShims(), ...(config.plugins ?? [])];
        // `z.name` of a name the shim lacks would be undefined at run time: fail the build instead.
        config.build ??= {};
        config.build.rollupOptions ??= {};
        config.build.rollupOptions.onwarn = (warning, warn) => {
          if (warning.code === 'MISSING_EXPORT' || warning.code === 'IMPORT_IS_UNDEFINED')
            throw new Error(warning.message);
          warn(warning);
        };
      }
      // Our own aliases (pdf.js below) make Vite hold the aliases as an array; the first match wins there.
      config.resolve ??= {};
      const alias = config.resolve.alias;
      if (Array.isArray(alias)) {
        alias.unshift({ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' });
      } else if (alias) {
        (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
      } else {
        config.resolve.alias = { 'wxt/browser': '@wxt-dev/browser' };
      }
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings; scripting: inject on the self-hosted sites the user adds; alarms + notifications:
    // reminders before followed deadlines; activeTab: the popup reads the notice on the page the user opened it on
    // (导入本页通知), that tab only and only after the toolbar click, with no host permission.
    permissions:
      browser === 'firefox'
        ? ['storage', 'alarms', 'notifications', 'activeTab']
        : ['storage', 'scripting', 'alarms', 'notifications', 'activeTab'],
    host_permissions: knownHostPatterns(),
    // Self-hosted platforms (高职状态平台, 中职学校系统) run on each school's server: the user grants them one by one.
    optional_host_permissions: ['*://*/*'],
    // Firefox MV2 has no optional_host_permissions; there, hosts are optional permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['*://*/*'] } : {}),
    action: { default_title: '__MSG_extName__' },
    // The overlay's panel opens and closes from the keyboard too; users can change the keys in the browser.
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandToggle__',
      },
    },
    content_security_policy: manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    minimum_chrome_version: browser === 'firefox' ? undefined : String(MIN_CHROME),
    key: browser === 'firefox' ? undefined : CHROME_PUBLIC_KEY,
    // What a policy may set (public/managed-schema.json; utils/policy reads it). Firefox reads policies.json
    // without a schema.
    storage: browser === 'firefox' ? undefined : { managed_schema: 'managed-schema.json' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'tianbao@tianbao.example',
              strict_min_version: `${MIN_FIREFOX}.0`,
              // Nothing leaves the machine: Firefox shows users that no data is collected.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
