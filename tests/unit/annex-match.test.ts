// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFields } from '@/utils/fields/discover';
import { matchProfiles } from '@/utils/rules/match';
import { PROFILES } from '@/utils/rules/profiles';
import type { ProfileData } from '@/utils/rules/types';
import { FormValidator, validatorField } from '@/utils/rules/validator';

const profiles = PROFILES as readonly ProfileData[];
const SITES = 'tests/fixtures/sites';

/**
 * The annex each replica page really is (tests/fixtures/sites/README.md, "Annex / seed source"); every other page
 * is no annex, whatever labels it shares with one (联系人, 联系电话, 省(自治区、直辖市) …).
 */
const ANNEX: Record<string, string> = {
  'jxjy.moe.edu.cn/nonxueli.html': 's000-annex5',
  'nzws.drce.com.cn/apply.html': 's001-annex2',
  'nzws.drce.com.cn/summary.html': 's001-annex3',
  'zt.example.edu.cn/layui-form.html': 's001-annex1',
  'zt.example.edu.cn/table6-2.html': 's001-annex1',
  'zz.example.edu.cn/expert-recommend.html': 's000-annex2',
  'zz.example.edu.cn/expert-summary.html': 's000-annex3',
  'zz.example.edu.cn/index.html': 's001-annex1',
};

const pages = fs
  .readdirSync(SITES, { recursive: true })
  .map((p) => String(p).split(path.sep).join('/'))
  .filter((p) => p.endsWith('.html'))
  .sort();

function claimed(page: string): string[] {
  const doc = new DOMParser().parseFromString(fs.readFileSync(`${SITES}/${page}`, 'utf8'), 'text/html');
  const v = new FormValidator(discoverFields(doc).map(validatorField), profiles);
  return v.matches.map((m) => m.profile.id);
}

describe('the annex a page is claimed to be', () => {
  it('covers every replica page', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const page of Object.keys(ANNEX)) expect(pages).toContain(page);
  });

  it.each(pages)('%s', (page) => {
    expect(claimed(page)).toEqual(ANNEX[page] ? [ANNEX[page]] : []);
  });

  it('needs labels specific to the annex: three labels many forms share are not enough', () => {
    const fields = ['省(自治区、直辖市)', '联系人', '联系电话', '报送说明'].map((label, i) => ({
      id: `f${i}`,
      label,
      columnPath: [],
    }));
    expect(matchProfiles(fields, profiles)).toEqual([]);
  });

  it('takes a form split over pages by the labels only its annex has', () => {
    const fields = ['职务/职称', '微信', '联系人', '联系电话'].map((label, i) => ({
      id: `f${i}`,
      label,
      columnPath: [],
    }));
    expect(matchProfiles(fields, profiles).map((m) => m.profile.id)).toEqual(['s001-annex3']);
  });
});
