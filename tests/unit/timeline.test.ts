import { describe, expect, it } from 'vitest';
import { timeline } from '@/utils/deadlines/timeline';
import { allRequirementViews } from '@/utils/knowledge';

describe('timeline', () => {
  it('lists a year either side, recurring deadlines once per year, in date order', () => {
    const entries = timeline(allRequirementViews(), '2026-11-24');
    const annual = entries.filter((e) => e.requirement.id === 's003-jzcth-2023-20-3-2').map((e) => e.date);
    expect(annual).toEqual(['2025-12-15', '2026-12-15']);
    expect(entries.every((e) => e.date >= '2025-11-24' && e.date <= '2027-11-24')).toBe(true);
    expect(entries.map((e) => e.date)).toEqual([...entries.map((e) => e.date)].sort());
  });

  it('shows one-off deadlines of their year', () => {
    const entries = timeline(allRequirementViews(), '2023-06-01');
    expect(entries).toContainEqual(
      expect.objectContaining({ date: '2023-04-25', phrase: '4月25日前', recurring: false }),
    );
  });
});
