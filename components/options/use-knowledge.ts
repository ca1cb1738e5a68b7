import { useEffect, useState } from 'preact/hooks';
import type { RequirementView } from '@/utils/knowledge/view';
import { watchRequirementViews } from '@/utils/notices/imported';

/**
 * Every requirement the dashboard shows: the built-in ones and those of imported notices, from the one function
 * pages, popup and reminders use too, kept current as notices are imported or deleted. null until read.
 */
export function useRequirementViews(): RequirementView[] | null {
  const [views, setViews] = useState<RequirementView[] | null>(null);
  useEffect(() => watchRequirementViews(setViews), []);
  return views;
}
