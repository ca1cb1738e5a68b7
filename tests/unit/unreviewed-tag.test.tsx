// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { RequirementList } from '@/components/overlay/requirement-list';
import en from '@/public/_locales/en/messages.json';
import zh from '@/public/_locales/zh_CN/messages.json';
import pushed from '@/tests/fixtures/packs/policy-pushed.json';
import { useMessages } from '@/utils/i18n';
import { BUILTIN_PACKS } from '@/utils/knowledge/data';
import { knowledgeFromPacks, type PackSource } from '@/utils/knowledge/from-packs';
import { timeRequirements } from '@/utils/knowledge/timing';

const REQUIREMENT = 'policy-test-2026-1-1';
const TODAY = '2026-12-01';

/** The zhongzhi-system requirements: the built-in (reviewed) ones and the test pack's, reviewed or not. */
function items(reviewed: boolean) {
  const pack = { notices: pushed.notices.map((n) => ({ ...n, reviewed })) } as unknown as PackSource['pack'];
  const knowledge = knowledgeFromPacks([
    ...BUILTIN_PACKS.map((p) => ({ pack: p, origin: 'builtin' as const })),
    { pack, origin: 'imported' },
  ]);
  return timeRequirements(knowledge.requirementsForPlatform('zhongzhi-system'), TODAY);
}

async function show(reviewed: boolean): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<RequirementList items={items(reviewed)} followed={[]} onFollow={() => undefined} />, root));
  return root;
}

const item = (root: HTMLElement) =>
  root.querySelector<HTMLElement>(`[data-testid="requirement"][data-id="${REQUIREMENT}"]`);

describe('未经审核 on a requirement', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('tags each requirement of an unreviewed notice, named for screen readers, and marks its item', async () => {
    useMessages('zh_CN', zh);
    const root = await show(false);
    const li = item(root);
    expect(li?.dataset.reviewed).toBe('false');
    // The item's other contracts stay as they were.
    expect(li?.dataset.deadline).toBe('2026-12-20');
    expect(li?.dataset.source).toBe('imported');
    const tag = li?.querySelector('[role="note"]');
    expect(tag?.textContent).toBe('未经审核');
    expect(tag?.getAttribute('aria-label')).toBe('未经审核');
    expect(tag?.getAttribute('title')).toBe('这条要求由程序从通知原文读出，尚未经人核对，请以通知原文为准');
    // Only that one: the built-in requirements beside it are reviewed.
    expect(root.querySelectorAll('[data-reviewed="false"]')).toHaveLength(1);
    expect(root.querySelectorAll('[role="note"]')).toHaveLength(1);
  });

  it('says nothing of a reviewed one', async () => {
    useMessages('zh_CN', zh);
    const root = await show(true);
    expect(item(root)?.dataset.reviewed).toBe('true');
    expect(root.textContent).not.toContain('未经审核');
    expect(root.querySelectorAll('[role="note"]')).toHaveLength(0);
  });

  it('reads "Not reviewed" in English', async () => {
    useMessages('en', en);
    const root = await show(false);
    const tag = item(root)?.querySelector('[role="note"]');
    expect(tag?.textContent).toBe('Not reviewed');
    expect(tag?.getAttribute('aria-label')).toBe('Not reviewed');
  });
});
