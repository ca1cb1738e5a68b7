import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '@/utils/knowledge/data';
import { applyPack, diffPack, type PackContent } from '@/utils/packs/merge';
import { type Pack, type PackNotice, parsePack } from '@/utils/packs/schema';

/** The 000 notice, re-issued as an imported notice with its own ids (a province's pack of the same 文号). */
function notice000(prefix: string): PackNotice {
  const read = parsePack(BUILTIN_PACKS[0]);
  if (!read.ok) throw new Error('seed 000 does not parse');
  const n = read.pack.notices[0] as PackNotice;
  return {
    ...structuredClone(n),
    id: prefix,
    requirements: n.requirements.map((r, i) => ({ ...structuredClone(r), id: `${prefix}-${i}` })),
  };
}

const EMPTY: PackContent = { notices: [], sites: [], followed: [], mappings: {} };
const pack = (p: Partial<Pack>): Pick<Pack, 'notices' | 'sites' | 'followed' | 'mappings'> => ({
  notices: [],
  sites: [],
  followed: [],
  mappings: {},
  ...p,
});

describe('diffPack and applyPack', () => {
  it('on an empty profile everything is an addition', () => {
    const p = pack({
      notices: [notice000('p')],
      sites: [{ host: 'zt.example.edu.cn', platform: 'gaozhi-status' }],
      followed: ['p-2'],
      mappings: { 'gaozhi-status|/t': { 'name:xm': { label: '姓名' } } },
    });
    const d = diffPack(EMPTY, p);
    expect(d.adds.map((a) => a.kind)).toEqual(['notice', 'site', 'followed', 'mapping']);
    expect(d.adds[0]).toMatchObject({ kind: 'notice', docNumber: '教职成司函〔2023〕2号', requirements: 12 });
    expect(d.changes).toEqual([]);
    const r = applyPack(EMPTY, p);
    expect(r.ok && r.next.notices.length).toBe(1);
  });

  it('the same 文号 + item is one requirement: a changed deadline is a change, a new item an addition', () => {
    const mine = notice000('imp-mine');
    mine.requirements = mine.requirements.slice(0, 5);
    const current: PackContent = { ...EMPTY, notices: [mine], followed: ['imp-mine-2'] };

    const theirs = notice000('prov');
    const d0 = theirs.requirements[2]?.deadlines[1];
    if (!d0) throw new Error('no deadline');
    d0.date = '2023-04-20';
    const diff = diffPack(current, pack({ notices: [theirs], followed: ['prov-2', 'prov-7'] }));
    // Items 0–4 are there: 2 changed, 4 the same; 5–11 are new.
    expect(diff.changes).toEqual([
      expect.objectContaining({ kind: 'requirement', item: '(三)', id: 'imp-mine-2', fields: ['deadlines'] }),
    ]);
    expect(
      diff.adds.filter((a) => a.kind === 'requirement').map((a) => (a.kind === 'requirement' ? a.id : '')),
    ).toEqual(['prov-5', 'prov-6', 'prov-7', 'prov-8', 'prov-9', 'prov-10', 'prov-11']);
    expect(diff.unchanged).toBe(4 + 1); // four requirements, and prov-2 already followed (as imp-mine-2)
    // No second notice of the same 文号; the follow of the changed item is kept under the user's id.
    const r = applyPack(current, pack({ notices: [theirs], followed: ['prov-2', 'prov-7'] }));
    if (!r.ok) throw new Error('refused');
    expect(r.next.notices.map((n) => n.id)).toEqual(['imp-mine']);
    expect(r.next.notices[0]?.requirements.length).toBe(12);
    expect(r.next.notices[0]?.requirements[2]?.deadlines[1]?.date).toBe('2023-04-20');
    expect(r.next.followed).toEqual(['imp-mine-2', 'prov-7']);
    expect(r.ids['prov-2']).toBe('imp-mine-2');
    // The input is not touched.
    expect(current.notices[0]?.requirements.length).toBe(5);
  });

  it('a repeated item label inside a notice stays two requirements', () => {
    const n = notice000('x');
    n.requirements = [n.requirements[0], n.requirements[1]].map((r, i) => ({
      ...(r as PackNotice['requirements'][number]),
      item: '（补充）',
      id: `x-${i}`,
    }));
    const r = applyPack(EMPTY, pack({ notices: [n] }));
    if (!r.ok) throw new Error('refused');
    const again = diffPack(r.next, pack({ notices: [n] }));
    expect(again.adds).toEqual([]);
    expect(again.changes).toEqual([]);
    expect(again.unchanged).toBe(2);
  });

  it('a pack that maps a field the user keeps out of drafts relabels it, and the 不存草稿 stays', () => {
    const mine = { ...EMPTY, mappings: { 'gaozhi-status|/t': { 'name:sfz': { label: '身份证', noDraft: true } } } };
    const r = applyPack(mine, pack({ mappings: { 'gaozhi-status|/t': { 'name:sfz': { label: '证件号码' } } } }));
    expect(r.ok && r.next.mappings['gaozhi-status|/t']?.['name:sfz']).toEqual({ label: '证件号码', noDraft: true });
    const same = applyPack(mine, pack({ mappings: { 'gaozhi-status|/t': { 'name:sfz': { label: '身份证' } } } }));
    expect(same.ok && same.diff.unchanged).toBe(1);
  });

  it('sites by host (a different platform is a change), mappings by page and field', () => {
    const current: PackContent = {
      ...EMPTY,
      sites: [{ host: '10.1.2.3:8080', platform: 'gaozhi-status', addedAt: 1 }],
      mappings: { 'gaozhi-status|/t': { 'name:xm': { label: '姓名' }, 'name:dh': { label: '电话' } } },
    };
    const p = pack({
      sites: [
        { host: '10.1.2.3:8080', platform: 'zhongzhi-system' },
        { host: 'zt.example.edu.cn', platform: 'gaozhi-status' },
      ],
      mappings: { 'gaozhi-status|/t': { 'name:xm': { label: '姓名' }, 'name:dh': { label: '联系电话' } } },
    });
    const d = diffPack(current, p);
    expect(d.changes).toEqual([
      { kind: 'site', host: '10.1.2.3:8080', platform: 'zhongzhi-system', before: 'gaozhi-status' },
      { kind: 'mapping', page: 'gaozhi-status|/t', field: 'name:dh' },
    ]);
    expect(d.adds).toEqual([{ kind: 'site', host: 'zt.example.edu.cn', platform: 'gaozhi-status' }]);
    const r = applyPack(current, p);
    if (!r.ok) throw new Error('refused');
    expect(r.next.sites).toEqual([
      { host: '10.1.2.3:8080', platform: 'zhongzhi-system', addedAt: 1 },
      { host: 'zt.example.edu.cn', platform: 'gaozhi-status' },
    ]);
    expect(r.next.mappings['gaozhi-status|/t']?.['name:dh']).toEqual({ label: '联系电话' });
  });

  it('all or nothing: an id already used by another notice refuses the whole pack and changes nothing', () => {
    const mine = notice000('imp-mine');
    const current: PackContent = { ...EMPTY, notices: [mine] };
    const other = { ...notice000('other'), docNumber: '教职成司函〔2099〕1号' };
    other.requirements = [{ ...(other.requirements[0] as PackNotice['requirements'][number]), id: 'imp-mine-3' }];
    const before = structuredClone(current);
    const p = pack({ notices: [other], sites: [{ host: 'zt.example.edu.cn', platform: 'gaozhi-status' }] });
    const r = applyPack(current, p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        path: 'notices[0].requirements[0].id',
        zh: 'notices[0].requirements[0].id：编号 imp-mine-3 已被另一条通知或任务使用',
        en: 'notices[0].requirements[0].id: id imp-mine-3 is already used by another notice or requirement',
      },
    ]);
    expect(current).toEqual(before);
    expect(diffPack(current, p).errors.length).toBe(1);
  });
});
