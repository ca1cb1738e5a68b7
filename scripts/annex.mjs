// `npm run --silent annex -- list | check FILE... | merge --into ID FILE... -o OUT.xlsx`: the annex workbench's
// checks and merges for a folder of files, as JSON on stdout. Runs the TypeScript sources through Vite's module
// runner (scripts/lib/import-ts.mjs). Exit codes: 0 done, 1 a file could not be read (merge), 2 bad usage.
import fs from 'node:fs';
import path from 'node:path';
import { importTs } from './lib/import-ts.mjs';

const USAGE = [
  '用法 / usage:',
  '  npm run --silent annex -- list',
  '  npm run --silent annex -- check FILE|FOLDER...',
  '  npm run --silent annex -- merge --into ID FILE... -o OUT.xlsx',
].join('\n');

const usage = (why) => {
  if (why) console.error(why);
  console.error(USAGE);
  process.exit(2);
};

/** npm runs scripts from the package root: paths are the user's, relative to where npm was called (INIT_CWD). */
const HERE = process.env.INIT_CWD ?? process.cwd();
const at = (file) => path.resolve(HERE, file);

/** The files named, a folder standing for the spreadsheet files in it (sorted; refused kinds too, to be reported). */
function expand(args) {
  return args.flatMap((arg) => {
    let stat = null;
    try {
      stat = fs.statSync(at(arg));
    } catch {
      return [arg];
    }
    if (!stat.isDirectory()) return [arg];
    return fs
      .readdirSync(at(arg))
      .filter((name) => /\.(xlsx|csv|xls|et|xlsm)$/i.test(name) && !name.startsWith('~$'))
      .sort()
      .map((name) => path.join(arg, name));
  });
}

/** A file as the workbench reads it; an unreadable path becomes an empty file with that name (reported as such). */
function input(file) {
  try {
    const b = fs.readFileSync(at(file));
    return { name: file, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) };
  } catch (e) {
    return { name: file, bytes: new ArrayBuffer(0), missing: e.code === 'ENOENT' ? '文件不存在' : String(e.message) };
  }
}

/** The sources through Vite's runner, the Excel libraries imported here (the runner closes after loading). */
async function load() {
  const cli = await importTs('/utils/annex/cli.ts');
  const [read, write] = await Promise.all([import('read-excel-file/universal'), import('write-excel-file/universal')]);
  cli.loaders.read = async () => read.default;
  cli.loaders.write = async () => write.default;
  return cli;
}

const [command, ...rest] = process.argv.slice(2);
const print = (v) => process.stdout.write(`${JSON.stringify(v, null, 2)}\n`);

if (command === 'list') {
  const cli = await load();
  print(cli.list());
} else if (command === 'check') {
  if (!rest.length) usage('check: 请给出要检查的文件 / give the files to check');
  const cli = await load();
  print(await cli.check(expand(rest).map(input)));
} else if (command === 'merge') {
  let into = null;
  let out = null;
  const files = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--into') into = rest[++i] ?? null;
    else if (rest[i] === '-o' || rest[i] === '--out') out = rest[++i] ?? null;
    else files.push(rest[i]);
  }
  if (!into || !out || !files.length)
    usage('merge: 需要 --into ID、文件和 -o OUT.xlsx / needs --into ID, files and -o OUT.xlsx');
  if (!out.toLowerCase().endsWith('.xlsx')) usage('merge: -o 须是 .xlsx 文件 / -o must name an .xlsx file');
  const cli = await load();
  let result;
  try {
    result = await cli.merge(into, expand(files).map(input));
  } catch (e) {
    usage(e instanceof Error ? e.message : String(e));
  }
  fs.mkdirSync(path.dirname(at(out)), { recursive: true });
  fs.writeFileSync(at(out), result.bytes);
  print({ output: out, ...result.report });
  if (result.report.unreadable.length) process.exit(1);
} else {
  usage(command ? `未知命令 / unknown command: ${command}` : '');
}
