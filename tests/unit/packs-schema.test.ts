import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '@/utils/knowledge/data';
import { packJsonSchema } from '@/utils/packs/json-schema';
import { type PackInput, parsePack } from '@/utils/packs/schema';
import { readPolicy } from '@/utils/policy/schema';

const clone = <T>(x: T): T => structuredClone(x);
const seed000 = () => clone(BUILTIN_PACKS[0] as PackInput) as PackInput & Record<string, unknown>;

/** The messages a refused pack gives, Chinese and English, one line each. */
function refusal(value: unknown): { zh: string[]; en: string[] } {
  const r = parsePack(value);
  if (r.ok) throw new Error('the pack was accepted');
  return { zh: r.errors.map((e) => e.zh), en: r.errors.map((e) => e.en) };
}

describe('pack schema', () => {
  it('accepts every built-in pack', () => {
    expect(BUILTIN_PACKS.length).toBe(5);
    for (const p of BUILTIN_PACKS) {
      const r = parsePack(p);
      expect(r.ok ? '' : r.errors.map((e) => e.en).join('\n')).toBe('');
    }
  });

  it('reads JSON text too, and says when it is not JSON', () => {
    expect(parsePack(JSON.stringify(BUILTIN_PACKS[1])).ok).toBe(true);
    const bad = refusal('{"format": "tianbao-pack",');
    expect(bad.zh[0]).toMatch(/^不是有效的 JSON/);
    expect(bad.en[0]).toMatch(/^not valid JSON/);
  });

  it('refuses something that is not a pack, or a newer version, with one plain message', () => {
    expect(refusal([1, 2]).zh).toEqual(['不是知识包：应为一个 JSON 对象']);
    expect(refusal({ format: 'other' }).zh).toEqual(['不是填报助手知识包：format 应为 "tianbao-pack"']);
    const newer = { ...seed000(), version: 2 };
    expect(refusal(newer).zh).toEqual(['知识包版本 2 比本扩展支持的版本 1 新，请先更新扩展']);
    expect(refusal(newer).en[0]).toContain('newer than this extension supports');
  });

  it('names the path and the problem of each malformed field, in both languages', () => {
    const p = seed000();
    const req = p.notices[0]?.requirements[0] as unknown as Record<string, unknown>;
    (req.deadlines as Record<string, unknown>[])[0] = {
      ...(req.deadlines as Record<string, unknown>[])[0],
      date: '2023/3/31',
    };
    (req.channels as Record<string, unknown>[])[0] = { type: 'email', address: 'not-an-address', text: 'x' };
    p.issued = 'today';
    p.sites = [{ host: 'HTTP://Zt.Example.edu.cn/login', platform: 'gaozhi-status' }];
    const { zh, en } = refusal(p);
    expect(zh).toContain('issued：应为 YYYY-MM-DD 格式的日期');
    expect(en).toContain('issued: expected a YYYY-MM-DD date');
    expect(zh).toContain('notices[0].requirements[0].deadlines[0].date：应为 YYYY-MM-DD 格式的日期');
    expect(zh).toContain('notices[0].requirements[0].channels[0].address：不是有效的电子邮箱地址');
    expect(zh.some((m) => m.startsWith('sites[0].host：不是有效的站点地址'))).toBe(true);
  });

  it('says what is missing', () => {
    const p = seed000();
    delete (p as Record<string, unknown>).publisher;
    delete (p.notices[0] as unknown as Record<string, unknown>).reviewed;
    const { zh, en } = refusal(p);
    expect(zh).toContain('publisher：缺少此项');
    expect(en).toContain('notices[0].reviewed: missing');
  });

  it('tells a field of the wrong type from a missing one', () => {
    const p = seed000() as unknown as Record<string, unknown>;
    p.publisher = 4;
    (p.notices as Record<string, unknown>[])[0] = { ...(p.notices as Record<string, unknown>[])[0], lines: [3.5, 10] };
    const { zh, en } = refusal(p as unknown as ReturnType<typeof seed000>);
    expect(zh).toContain('publisher：应为文字');
    expect(en).toContain('publisher: expected string');
    expect(zh).toContain('notices[0].lines[0]：应为整数');
    expect(en).toContain('notices[0].lines[0]: expected a whole number');
    expect(zh.join('\n')).not.toContain('缺少此项');
  });

  it('refuses a site that re-assigns a known platform’s host (with or without a port), as the policy’s sites do', () => {
    const p = seed000();
    p.sites = [{ host: 'sg.chinaeducloud.com:8443', platform: 'gaozhi-status' }];
    const { zh, en } = refusal(p);
    expect(zh).toEqual(['sites[0].host：是已知平台的网址，不能改派给其他平台']);
    expect(en).toEqual(["sites[0].host: is a known platform's host and cannot be re-assigned"]);
    const read = readPolicy({ packs: [JSON.stringify(p)] });
    expect(read.policy.packs).toEqual([]);
    expect(read.warnings.map((w) => w.zh)).toEqual([expect.stringContaining('sites[0].host：是已知平台的网址')]);
  });

  it('refuses duplicate requirement ids and hosts', () => {
    const p = seed000();
    const reqs = p.notices[0]?.requirements as { id: string }[];
    reqs[1] = { ...(reqs[1] as { id: string }), id: (reqs[0] as { id: string }).id };
    p.sites = [
      { host: 'zt.example.edu.cn', platform: 'gaozhi-status' },
      { host: 'zt.example.edu.cn', platform: 'shuanggao' },
    ];
    const { zh, en } = refusal(p);
    expect(zh).toEqual(['notices[0].requirements[1].id：编号重复', 'sites[1].host：站点重复']);
    expect(en).toEqual(['notices[0].requirements[1].id: duplicate id', 'sites[1].host: duplicate host']);
  });

  it('a deadline without a date must say it is undated (the knowledge schema’s own rule)', () => {
    const p = seed000();
    const d = (p.notices[0]?.requirements[0]?.deadlines[0] ?? {}) as Record<string, unknown>;
    d.date = null;
    expect(refusal(p).en).toContain('notices[0].requirements[0].deadlines[0]: due deadline needs a date');
  });

  it('docs/pack.schema.json is what `npm run packs:schema` writes from the zod schema', () => {
    const file = path.resolve(import.meta.dirname, '../../docs/pack.schema.json');
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(schema, 'docs/pack.schema.json is stale: run npm run packs:schema').toEqual(JSON.parse(packJsonSchema()));
    expect(schema.properties.format.const).toBe('tianbao-pack');
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'title', 'publisher', 'issued', 'notices', 'sites', 'followed']),
    );
  });
});
