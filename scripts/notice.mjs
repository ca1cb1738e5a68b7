// `npm run --silent notice -- parse FILE`: a notice's requirements and deadlines as JSON on stdout.
// `npm run --silent notice -- pack FILE... [--sign KEY.pem] [--title T] [--publisher P]`: notice texts as one
// knowledge pack (utils/packs), unreviewed, signed with a PKCS#8 P-256 key when --sign is given.
import fs from 'node:fs';
import { importTs } from './lib/import-ts.mjs';

const USAGE = [
  '用法 / usage:',
  '  npm run --silent notice -- parse FILE',
  '  npm run --silent notice -- pack FILE... [--sign KEY.pem] [--title 标题] [--publisher 发布单位]',
].join('\n');

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

function read(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    return fail(`无法读取文件 / cannot read ${file}: ${e.message}`);
  }
}

const [command, ...args] = process.argv.slice(2);

if (command === 'parse' && args.length === 1) {
  const text = read(args[0]);
  const module = await importTs('/utils/notices/parse.ts');
  process.stdout.write(`${JSON.stringify(module.parseNotice(text), null, 2)}\n`);
} else if (command === 'pack') {
  const files = [];
  const options = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--sign' || a === '--title' || a === '--publisher') {
      const v = args[++i];
      if (!v) fail(`${a} 后面缺少值 / ${a} needs a value\n${USAGE}`, 2);
      options[a.slice(2)] = v;
    } else if (a.startsWith('--')) fail(`未知选项 / unknown option ${a}\n${USAGE}`, 2);
    else files.push(a);
  }
  if (!files.length) fail(USAGE, 2);
  const texts = files.map((file) => ({ file, text: read(file) }));
  const key = options.sign ? read(options.sign) : null;
  const { packFromTexts } = await importTs('/utils/packs/from-text.ts');
  const { parsePack } = await importTs('/utils/packs/schema.ts');
  const { signPack } = await importTs('/utils/packs/sign.ts');
  const { shanghaiDay } = await importTs('/utils/deadlines/calendar.ts');
  const made = packFromTexts(texts, {
    title: options.title,
    publisher: options.publisher,
    issued: shanghaiDay(Date.now()),
  });
  if (!made.ok) fail(made.errors.map((e) => `${e.zh}\n${e.en}`).join('\n'));
  const checked = parsePack(made.pack);
  if (!checked.ok) fail(checked.errors.map((e) => `${e.zh}\n${e.en}`).join('\n'));
  let pack = checked.pack;
  if (key) {
    try {
      pack = await signPack(pack, key);
    } catch (e) {
      fail(
        `无法用 ${options.sign} 签名（应为 PKCS#8 格式的 P-256 私钥）/ cannot sign with ${options.sign} (expected a PKCS#8 P-256 private key): ${e.message}`,
      );
    }
  }
  process.stdout.write(`${JSON.stringify(pack, null, 2)}\n`);
} else {
  fail(USAGE, 2);
}
