// Builds the UI-framework replica pages (issue #14): each page in tests/fixtures/sites/<host>/ loads the real,
// published bundles of its framework from `/vendor/` on its own host. This copies those bundles out of
// node_modules (exact pins in package.json) into a gitignored `vendor/` folder beside each page, so the pages run
// the very code the platforms load, nothing is fetched at test time, and the repository does not carry ~3 MB of
// minified third-party code that `npm ci` already brings. Idempotent: a file already up to date is not copied.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const SITES = path.join(ROOT, 'tests/fixtures/sites');
const NM = path.join(ROOT, 'node_modules');

/** Host folder → files it serves under /vendor/ (target name ← package file). */
export const VENDOR = {
  // 双高监测平台 on Vue 3 + Element Plus
  'sg.cutech.edu.cn': {
    'vue.global.prod.js': 'vue/dist/vue.global.prod.js',
    'element-plus.full.min.js': 'element-plus/dist/index.full.min.js',
    'element-plus.css': 'element-plus/dist/index.css',
    'element-plus-zh-cn.min.js': 'element-plus/dist/locale/zh-cn.min.js',
    'wangeditor.js': '@wangeditor/editor/dist/index.js',
    'wangeditor.css': '@wangeditor/editor/dist/css/style.css',
  },
  // 全国高等继续教育信息管理平台: 000 附件5 as an Element Plus el-table of 1,000 rows (the full-scan bench)
  'jxjy.moe.edu.cn': {
    'vue.global.prod.js': 'vue/dist/vue.global.prod.js',
    'element-plus.full.min.js': 'element-plus/dist/index.full.min.js',
    'element-plus.css': 'element-plus/dist/index.css',
    'element-plus-zh-cn.min.js': 'element-plus/dist/locale/zh-cn.min.js',
  },
  // 管理平台 on Vue 2 + Element UI
  'zj.chinaafse.cn': {
    'vue2.min.js': 'vue2/dist/vue.min.js',
    'element-ui.js': 'element-ui/lib/index.js',
    'element-ui-zh-CN.js': 'element-ui/lib/umd/locale/zh-CN.js',
    'element-ui.css': 'element-ui/lib/theme-chalk/index.css',
    'fonts/element-icons.woff': 'element-ui/lib/theme-chalk/fonts/element-icons.woff',
    'fonts/element-icons.ttf': 'element-ui/lib/theme-chalk/fonts/element-icons.ttf',
    'kindeditor/kindeditor-all-min.js': 'kindeditor/kindeditor-all-min.js',
    'kindeditor/lang/zh-CN.js': 'kindeditor/lang/zh-CN.js',
    'kindeditor/themes/default/default.css': 'kindeditor/themes/default/default.css',
    'kindeditor/themes/default/default.png': 'kindeditor/themes/default/default.png',
    'kindeditor/themes/default/background.png': 'kindeditor/themes/default/background.png',
  },
  // 能者为师 on Vue 3 + Ant Design Vue (with dayjs and the plugins its UMD bundle expects as globals)
  'nzws.drce.com.cn': {
    'vue.global.prod.js': 'vue/dist/vue.global.prod.js',
    'dayjs.min.js': 'dayjs/dayjs.min.js',
    'dayjs-advancedFormat.js': 'dayjs/plugin/advancedFormat.js',
    'dayjs-customParseFormat.js': 'dayjs/plugin/customParseFormat.js',
    'dayjs-localeData.js': 'dayjs/plugin/localeData.js',
    'dayjs-quarterOfYear.js': 'dayjs/plugin/quarterOfYear.js',
    'dayjs-weekOfYear.js': 'dayjs/plugin/weekOfYear.js',
    'dayjs-weekYear.js': 'dayjs/plugin/weekYear.js',
    'dayjs-weekday.js': 'dayjs/plugin/weekday.js',
    'antd-with-locales.min.js': 'ant-design-vue/dist/antd-with-locales.min.js',
    'antd-reset.css': 'ant-design-vue/dist/reset.css',
  },
  // 高职状态平台 (self-hosted) on layui
  'zt.example.edu.cn': {
    'layui/layui.js': 'layui/dist/layui.js',
    'layui/css/layui.css': 'layui/dist/css/layui.css',
    'layui/font/iconfont.woff2': 'layui/dist/font/iconfont.woff2',
    'layui/font/iconfont.woff': 'layui/dist/font/iconfont.woff',
    'layui/font/iconfont.ttf': 'layui/dist/font/iconfont.ttf',
  },
};

export function buildReplicas({ quiet = false } = {}) {
  let copied = 0;
  for (const [host, files] of Object.entries(VENDOR)) {
    for (const [target, source] of Object.entries(files)) {
      const from = path.join(NM, source);
      const to = path.join(SITES, host, 'vendor', target);
      if (!fs.existsSync(from)) throw new Error(`build-replicas: ${source} is missing; run \`npm ci\` first.`);
      const a = fs.statSync(from);
      if (fs.existsSync(to)) {
        const b = fs.statSync(to);
        if (b.size === a.size && b.mtimeMs >= a.mtimeMs) continue;
      }
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
      copied++;
    }
  }
  if (!quiet) console.log(`build-replicas: ${copied} vendor file(s) copied`);
  return copied;
}

if (import.meta.url === `file://${process.argv[1]}`) buildReplicas();
