import { describe, expect, it } from 'vitest';
import { annexList } from '@/utils/annex/annexes';
import { annexesForRequirement, CATALOG } from '@/utils/annex/catalog';
import { allRequirementViews } from '@/utils/knowledge';

const linked = () =>
  Object.fromEntries(
    allRequirementViews()
      .map((r) => [r.id, annexesForRequirement(r).map((a) => a.id)] as const)
      .filter(([, ids]) => ids.length),
  );

describe('requirements that open the workbench', () => {
  it('are the ones whose annex travels as a file: by e-mail (000, 001 附件1) or uploaded (001 附件2、附件3)', () => {
    expect(linked()).toEqual({
      's000-jzcsh-2023-2-1': ['s000-annex1'],
      's000-jzcsh-2023-2-2': ['s000-annex2', 's000-annex3'],
      's000-jzcsh-2023-2-8': ['s000-annex5'],
      's001-jzcsh-2022-8-3': ['s001-annex1'],
      's001-jzcsh-2022-8-8': ['s001-annex2', 's001-annex3'],
    });
  });

  it('the catalog the dashboard loads says what the profiles say', () => {
    expect(CATALOG).toEqual(annexList().map(({ id, notice, annex }) => ({ id, notice, annex })));
  });

  it('a requirement done on a platform page alone leads nowhere', () => {
    const r = allRequirementViews().find((x) => x.id === 's001-jzcsh-2022-8-8');
    if (!r) throw new Error('requirement');
    expect(annexesForRequirement({ ...r, action: '在平台填报', quote: '请登录平台填报' })).toEqual([]);
  });
});
