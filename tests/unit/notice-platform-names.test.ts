import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '@/utils/notices/parse';
import { platformNameIn } from '@/utils/notices/platform-names';
import { SEED_DIR } from './seeds';

/** Every name the review would list as a new platform, over the five source notices. */
const listed = new Set(
  fs
    .readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => parseNotice(fs.readFileSync(path.join(SEED_DIR, f), 'utf8')).items.flatMap((i) => i.new_platforms)),
);

// Phrases the parser finds in data/sources that name no platform (listed as new platforms before the rule).
const JUNK = [
  '上传至监测平台',
  '以下简称监测平台',
  '可分别登录相关平台',
  '并同时通过平台',
  '搭建产教融合平台',
  '创新搭建产教融合平台',
  '技术技能平台',
  '共性技术平台',
  '科技成果转化平台',
  '终身教育平台',
  '管理与服务平台',
  '建强国家平台',
  '数字化资源或平台',
  '等新媒体平台',
  '中国教育报等媒体平台',
  '企业技术中心等创新平台',
  '开放的公共数字学习平台',
  '我部将建立信息采集平台',
  '格式文件上传到系统',
  '发挥教育系统',
  '以及教育系统',
  '概括起来就是用系统',
  '指导学校系统',
  '做大做强职业教育智慧教育平台',
  '推动各级资源库接入国家或省级职业教育智慧教育平台',
  '发挥国家各类职业教育智慧教育平台',
  '及时将意见处理情况及修改后的申请材料提交信息平台',
  '完善全国公开统一的户籍管理政务服务平台',
  '加盖建设单位公章后上传至监测平台',
  '为进一步做好职业教育信息管理系统',
];

// Names of platforms printed in data/sources (after the words before them in the sentence are cut off).
const REAL: [string, string][] = [
  ['全民终身学习公共服务平台', '全民终身学习公共服务平台'],
  ['国家开放大学终身教育平台', '国家开放大学终身教育平台'],
  ['国家数字教育资源公共服务平台', '国家数字教育资源公共服务平台'],
  ['全国老年教育公共服务平台', '全国老年教育公共服务平台'],
  ['校外教学点填报备案管理系统', '校外教学点填报备案管理系统'],
  ['实习管理信息系统', '实习管理信息系统'],
  ['全国高等继续教育信息管理系统', '全国高等继续教育信息管理系统'],
  ['将分期举办全国中等职业学校学生管理信息系统', '全国中等职业学校学生管理信息系统'],
  ['结果将与教育部成人高校招生来源计划管理系统', '教育部成人高校招生来源计划管理系统'],
  ['教育部副部长吴岩主持中国国家智慧教育公共服务平台', '中国国家智慧教育公共服务平台'],
  ['中国成人教育协会网站和全民终身学习公共服务平台', '全民终身学习公共服务平台'],
  ['继续教育平台与国家开放大学终身教育平台', '国家开放大学终身教育平台'],
  ['为加快推进国家职业教育智慧教育平台', '国家职业教育智慧教育平台'],
  ['择优上传国家智慧教育公共服务平台', '国家智慧教育公共服务平台'],
];

describe('which phrases name a platform', () => {
  it.each(JUNK)('%s is not a platform name', (phrase) => {
    expect(platformNameIn(phrase)).toBeNull();
  });

  it.each(REAL)('%s names %s', (phrase, name) => {
    expect(platformNameIn(phrase)).toBe(name);
  });

  it('lists, over the five source notices, the real names and none of the junk', () => {
    for (const junk of JUNK) expect(listed).not.toContain(junk);
    for (const [, name] of REAL) expect(listed).toContain(name);
    // Every listed name reads as one: none starts with a verb or a determiner.
    for (const name of listed) expect(name).not.toMatch(/^(通过|登录|在|该|本|各|此|上传|搭建|建设|为|以)/);
  });

  it('a generic word alone is not a name, at any length bound', () => {
    for (const w of ['平台', '系统', '网', '信息平台', '管理系统', '信息管理系统', '公共服务平台', '国家平台']) {
      expect(platformNameIn(w)).toBeNull();
    }
    expect(platformNameIn(`全国${'职业'.repeat(20)}平台`)).toBeNull();
  });
});
