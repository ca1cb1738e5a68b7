// `node scripts/compat.mjs [build dir…]`: does every built script run on the oldest browsers we support?
// The target of each build is read back from its own manifest (minimum_chrome_version, or Firefox's
// strict_min_version), so wxt.config.ts stays the one place that names them. For every .js and .mjs file:
//  (a) it must parse as ES2023, the newest syntax both Chromium 122 and Firefox 115 run (acorn rejects newer
//      syntax: `using`, duplicate named capture groups, regexp modifiers, import attributes, the `v` flag);
//  (b) it must not use an API from the list below that arrived after the target, unless a feature check guards
//      it and ALLOWED says so, with the reason.
// Minified code keeps global and property names, so a name is a reliable trace of the API; a local variable
// or a library's own method with the same name would show up as a hit and be allow-listed with its reason.
// With no arguments it checks .output/chrome-mv3 and .output/firefox-mv2 and exits non-zero on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'acorn';

/**
 * APIs newer than some browser we support, with the major version each arrived in (null: not shipped in that
 * browser as far as we know when this list was written, so newer than any version we target).
 * kind: 'static' is `object.property` on a global (`Promise.try`); 'global' is a global name (`Float16Array`);
 * 'method' is a property name on any object (`bytes.toBase64()`), listed only when the name is distinctive.
 */
export const APIS = [
  // Newer than Chromium 122.
  { name: 'Promise.try', kind: 'static', object: 'Promise', property: 'try', chrome: 128, firefox: 134 },
  { name: 'URL.parse', kind: 'static', object: 'URL', property: 'parse', chrome: 126, firefox: 126 },
  { name: 'RegExp.escape', kind: 'static', object: 'RegExp', property: 'escape', chrome: 136, firefox: 134 },
  {
    name: 'Uint8Array.fromBase64',
    kind: 'static',
    object: 'Uint8Array',
    property: 'fromBase64',
    chrome: 140,
    firefox: 133,
  },
  { name: 'Uint8Array.fromHex', kind: 'static', object: 'Uint8Array', property: 'fromHex', chrome: 140, firefox: 133 },
  { name: 'Uint8Array#toBase64', kind: 'method', property: 'toBase64', chrome: 140, firefox: 133 },
  { name: 'Uint8Array#toHex', kind: 'method', property: 'toHex', chrome: 140, firefox: 133 },
  { name: 'Uint8Array#setFromBase64', kind: 'method', property: 'setFromBase64', chrome: 140, firefox: 133 },
  { name: 'Uint8Array#setFromHex', kind: 'method', property: 'setFromHex', chrome: 140, firefox: 133 },
  { name: 'Float16Array', kind: 'global', chrome: 135, firefox: 129 },
  { name: 'Math.f16round', kind: 'static', object: 'Math', property: 'f16round', chrome: 135, firefox: 129 },
  { name: 'DataView#getFloat16', kind: 'method', property: 'getFloat16', chrome: 135, firefox: 129 },
  { name: 'Math.sumPrecise', kind: 'static', object: 'Math', property: 'sumPrecise', chrome: null, firefox: 137 },
  { name: 'Error.isError', kind: 'static', object: 'Error', property: 'isError', chrome: 134, firefox: 138 },
  { name: 'Iterator.concat', kind: 'static', object: 'Iterator', property: 'concat', chrome: null, firefox: null },
  { name: 'Map#getOrInsert', kind: 'method', property: 'getOrInsert', chrome: null, firefox: null },
  { name: 'Map#getOrInsertComputed', kind: 'method', property: 'getOrInsertComputed', chrome: null, firefox: null },
  { name: 'DisposableStack', kind: 'global', chrome: 134, firefox: null },
  { name: 'AsyncDisposableStack', kind: 'global', chrome: 134, firefox: null },
  { name: 'Symbol.dispose', kind: 'static', object: 'Symbol', property: 'dispose', chrome: 134, firefox: null },
  {
    name: 'Intl.DurationFormat',
    kind: 'static',
    object: 'Intl',
    property: 'DurationFormat',
    chrome: 129,
    firefox: 136,
  },
  { name: 'scheduler.yield', kind: 'static', object: 'scheduler', property: 'yield', chrome: 129, firefox: null },
  { name: 'Temporal', kind: 'global', chrome: null, firefox: 139 },
  {
    name: 'Document.parseHTMLUnsafe',
    kind: 'static',
    object: 'Document',
    property: 'parseHTMLUnsafe',
    chrome: 124,
    firefox: null,
  },
  { name: 'Element#moveBefore', kind: 'method', property: 'moveBefore', chrome: 133, firefox: null },
  // Fine on Chromium 122 but newer than Firefox 115.
  {
    name: 'Promise.withResolvers',
    kind: 'static',
    object: 'Promise',
    property: 'withResolvers',
    chrome: 119,
    firefox: 121,
  },
  { name: 'Object.groupBy', kind: 'static', object: 'Object', property: 'groupBy', chrome: 117, firefox: 119 },
  { name: 'Map.groupBy', kind: 'static', object: 'Map', property: 'groupBy', chrome: 117, firefox: 119 },
  { name: 'Iterator.from', kind: 'static', object: 'Iterator', property: 'from', chrome: 122, firefox: 131 },
  // union/intersection/difference are left out: zod's z.union and z.intersection share the names.
  { name: 'Set#isSubsetOf', kind: 'method', property: 'isSubsetOf', chrome: 122, firefox: 127 },
  { name: 'Set#isSupersetOf', kind: 'method', property: 'isSupersetOf', chrome: 122, firefox: 127 },
  { name: 'Set#isDisjointFrom', kind: 'method', property: 'isDisjointFrom', chrome: 122, firefox: 127 },
  { name: 'Set#symmetricDifference', kind: 'method', property: 'symmetricDifference', chrome: 122, firefox: 127 },
  { name: 'String#isWellFormed', kind: 'method', property: 'isWellFormed', chrome: 111, firefox: 119 },
  { name: 'String#toWellFormed', kind: 'method', property: 'toWellFormed', chrome: 111, firefox: 119 },
  {
    name: 'ArrayBuffer#transferToFixedLength',
    kind: 'method',
    property: 'transferToFixedLength',
    chrome: 114,
    firefox: 122,
  },
  { name: 'AbortSignal.any', kind: 'static', object: 'AbortSignal', property: 'any', chrome: 116, firefox: 124 },
  { name: 'Intl.Segmenter', kind: 'static', object: 'Intl', property: 'Segmenter', chrome: 87, firefox: 125 },
  { name: 'HTMLElement#showPopover', kind: 'method', property: 'showPopover', chrome: 114, firefox: 125 },
  { name: 'HTMLElement#togglePopover', kind: 'method', property: 'togglePopover', chrome: 114, firefox: 125 },
  // Old enough for both; listed so that a mistake in the version logic shows up in the unit test.
  { name: 'Array.fromAsync', kind: 'static', object: 'Array', property: 'fromAsync', chrome: 121, firefox: 115 },
];

const PDFJS = /^(chunks\/pdf-|assets\/pdf\.worker)/;

/**
 * Does the code carry core-js's polyfill for this API? core-js registers each one as
 * `$({ target: 'Promise', stat: true, forced: … }, { try: … })`, which minified reads
 * `{target:"Promise",stat:!0,forced:…},{try:`; it installs it only where the browser lacks it.
 */
export function coreJsInstalls(code, api) {
  const owner = api.kind === 'method' ? api.name.split('#')[0] : api.object;
  if (!owner) return false;
  const q = '["\'`]';
  const where = api.kind === 'method' ? 'proto' : 'stat';
  const gap = '(?:(?!target:)[\\s\\S]){0,600}?';
  return new RegExp(`target:${q}${owner}${q},${where}:!0${gap}\\},\\{${api.property}:`).test(code);
}

/**
 * Uses of a listed API that older browsers never reach without a fallback: a feature check guards them, or
 * the same file installs a polyfill first. An entry applies to files whose build-relative path matches `file`,
 * to its `api` (every API when absent), and only while `guard` still finds the check or the polyfill in that
 * file, so a new unguarded use elsewhere is still caught.
 */
export const ALLOWED = [
  {
    file: PDFJS,
    guard: coreJsInstalls,
    why: "pdf.js's legacy build bundles core-js, which installs the API where the browser lacks it before pdf.js runs",
  },
  {
    api: 'AbortSignal.any',
    file: PDFJS,
    guard:
      /(typeof AbortSignal\.any\s*!==?\s*["'`]function["'`]|["'`]function["'`]\s*!==?\s*typeof AbortSignal\.any)\s*&&\s*\(AbortSignal\.any\s*=/,
    why: 'pdf.js defines AbortSignal.any itself when it is missing',
  },
  {
    api: 'Float16Array',
    file: PDFJS,
    guard: /isFloat16ArraySupported/,
    why: 'pdf.js: FeatureTest.isFloat16ArraySupported (typeof Float16Array) picks Float32Array when it is missing',
  },
  {
    api: 'Element#moveBefore',
    file: /\.js$/,
    guard: /\.moveBefore&&\w+\.parentNode\?\w+\.moveBefore\(/,
    why: 'Preact 11 calls moveBefore only when the parent has it (parent.moveBefore && …), else insertBefore',
  },
];

function excused(allow, api, file, code) {
  return allow.find(
    (a) =>
      (a.api === undefined || a.api === api.name) &&
      a.file.test(file) &&
      (typeof a.guard === 'function' ? a.guard(code, api) : a.guard.test(code)),
  );
}

const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'self']);

/** The name of a member expression's property, when it is fixed (`a.b`, `a["b"]`). */
function propertyName(node) {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.computed && node.property.type === 'Literal' && typeof node.property.value === 'string') {
    return node.property.value;
  }
  return null;
}

/** `X` or `globalThis.X` / `window.X` / `self.X`: the global name an expression reads, if any. */
function globalName(node) {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && node.object.type === 'Identifier' && GLOBAL_OBJECTS.has(node.object.name)) {
    return propertyName(node);
  }
  return null;
}

/** Identifier positions that are names of something, not reads of a variable. */
function isReference(parent, key) {
  if (!parent) return true;
  if (parent.type === 'MemberExpression' && key === 'property' && !parent.computed) return false;
  if (
    (parent.type === 'Property' || parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') &&
    key === 'key'
  ) {
    return Boolean(parent.computed);
  }
  return !['LabeledStatement', 'BreakStatement', 'ContinueStatement', 'MetaProperty'].includes(parent.type);
}

const STATIC = new Map();
const METHOD = new Map();
const GLOBAL = new Map();
for (const api of APIS) {
  if (api.kind === 'static') STATIC.set(`${api.object}.${api.property}`, api);
  else if (api.kind === 'method') METHOD.set(api.property, api);
  else GLOBAL.set(api.name, api);
}

/** Calls visit(node, parent, key) for every node of an ESTree AST. */
function walk(node, visit, parent = null, key = null) {
  visit(node, parent, key);
  for (const [k, value] of Object.entries(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit, node, k);
    } else if (value && typeof value.type === 'string' && k !== 'loc') {
      walk(value, visit, node, k);
    }
  }
}

function snippet(code, offset) {
  return code
    .slice(Math.max(0, offset - 50), offset + 60)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses as ES2023: as a module, else as a classic script (content scripts are IIFEs, some sloppy). */
function parseEs2023(code, file) {
  const errors = [];
  const kinds = file.endsWith('.mjs') ? ['module'] : ['module', 'script'];
  for (const sourceType of kinds) {
    try {
      return { ast: parse(code, { ecmaVersion: 2023, sourceType, locations: true, allowHashBang: true }) };
    } catch (e) {
      errors.push(e);
    }
  }
  // The parse that got further is the one that met the real problem.
  return { error: errors.reduce((a, b) => ((b.pos ?? 0) > (a.pos ?? 0) ? b : a)) };
}

/**
 * Checks one script for a target browser. Returns the problems (syntax the target can't parse, APIs it
 * lacks) and the listed uses that ALLOWED excuses, each with file, line, column and a piece of the code.
 * @param {string} code
 * @param {{ file?: string, target: { browser: 'chrome' | 'firefox', version: number }, allow?: typeof ALLOWED }} options
 */
export function checkSource(code, { file = '<input>', target, allow = ALLOWED }) {
  const problems = [];
  const allowed = [];
  const { ast, error } = parseEs2023(code, file);
  if (!ast) {
    const offset = error.pos ?? 0;
    problems.push({
      file,
      line: error.loc?.line ?? 1,
      column: (error.loc?.column ?? 0) + 1,
      kind: 'syntax',
      what: `not ES2023: ${error.message.replace(/ \(\d+:\d+\)$/, '')}`,
      snippet: snippet(code, offset),
    });
    return { problems, allowed };
  }
  const hit = (api, node) => {
    const since = api[target.browser];
    if (since !== null && since <= target.version) return;
    const found = {
      file,
      line: node.loc.start.line,
      column: node.loc.start.column + 1,
      kind: 'api',
      what: api.name,
      needs: since === null ? `not in ${target.browser} yet` : `${target.browser} ${since}`,
      snippet: snippet(code, node.start),
    };
    const excuse = excused(allow, api, file, code);
    if (excuse) allowed.push({ ...found, why: excuse.why });
    else problems.push(found);
  };
  walk(ast, (node, parent, key) => {
    if (node.type === 'MemberExpression') {
      const prop = propertyName(node);
      if (prop === null) return;
      const owner = globalName(node.object);
      const staticApi = owner === null ? undefined : STATIC.get(`${owner}.${prop}`);
      if (staticApi) return hit(staticApi, node);
      const method = METHOD.get(prop);
      if (method) return hit(method, node);
      // globalThis.Float16Array
      if (node.object.type === 'Identifier' && GLOBAL_OBJECTS.has(node.object.name) && GLOBAL.has(prop)) {
        return hit(GLOBAL.get(prop), node);
      }
    } else if (node.type === 'Identifier' && GLOBAL.has(node.name) && isReference(parent, key)) {
      hit(GLOBAL.get(node.name), node);
    }
  });
  return { problems, allowed };
}

/** The browser and version a built extension targets, from its manifest. */
export function targetOf(manifest) {
  const gecko = manifest.browser_specific_settings?.gecko;
  if (gecko) {
    const version = Number.parseInt(gecko.strict_min_version ?? '', 10);
    if (!Number.isFinite(version)) throw new Error('Firefox manifest without strict_min_version');
    return { browser: 'firefox', version };
  }
  const version = Number.parseInt(manifest.minimum_chrome_version ?? '', 10);
  if (!Number.isFinite(version)) throw new Error('manifest without minimum_chrome_version');
  return { browser: 'chrome', version };
}

function scripts(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return scripts(full, base);
    return /\.m?js$/.test(entry.name) ? [path.relative(base, full).split(path.sep).join('/')] : [];
  });
}

/** Checks every .js/.mjs file of a built extension against the target its manifest names. */
export function checkBuild(dir) {
  const target = targetOf(JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')));
  const files = scripts(dir).sort();
  const problems = [];
  const allowed = [];
  for (const file of files) {
    const r = checkSource(fs.readFileSync(path.join(dir, file), 'utf8'), { file, target });
    problems.push(...r.problems);
    allowed.push(...r.allowed);
  }
  return { target, files, problems, allowed };
}

function main(dirs) {
  let bad = 0;
  for (const dir of dirs) {
    if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
      console.log(`✗ ${dir}: no build (run the builds first)`);
      bad++;
      continue;
    }
    const { target, files, problems, allowed } = checkBuild(dir);
    console.log(
      `${problems.length ? '✗' : '✓'} ${dir}: ${files.length} scripts against ${target.browser} ${target.version}`,
    );
    for (const p of problems) {
      console.log(
        `  ${p.file}:${p.line}:${p.column} ${p.what}${p.needs ? ` (needs ${p.needs})` : ''}\n      …${p.snippet}…`,
      );
    }
    // Allowed uses, one line per file and reason: which APIs, how many times each.
    const groups = new Map();
    for (const u of allowed) {
      const key = `${u.file}\n${u.why}`;
      const counts = groups.get(key) ?? new Map();
      counts.set(u.what, (counts.get(u.what) ?? 0) + 1);
      groups.set(key, counts);
    }
    for (const [key, counts] of groups) {
      const [file, why] = key.split('\n');
      const apis = [...counts].map(([what, n]) => `${what} ×${n}`).join(', ');
      console.log(`  allowed in ${file}: ${apis}\n      (${why})`);
    }
    bad += problems.length;
  }
  console.log(bad ? `${bad} compatibility problem(s)` : 'no compatibility problems');
  return bad ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = path.resolve(import.meta.dirname, '..');
  const args = process.argv.slice(2);
  const dirs = args.length ? args : ['.output/chrome-mv3', '.output/firefox-mv2'].map((d) => path.join(root, d));
  process.exit(main(dirs));
}
