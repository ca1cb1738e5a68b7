// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ProblemPanel } from '@/components/fields/problem-panel';
import zh from '@/public/_locales/zh_CN/messages.json';
import { type FieldsSummary, getBus } from '@/utils/content/bus';
import { useMessages } from '@/utils/i18n';

/** The panel, in Chinese, after the engine published `summary` (no problems, no fields, no draft). */
async function panelAfter(summary: FieldsSummary): Promise<HTMLElement> {
  useMessages('zh_CN', zh);
  const bus = getBus({});
  bus.publish([], summary);
  const root = document.createElement('div');
  document.body.append(root);
  await act(() =>
    render(
      <ProblemPanel
        bus={bus}
        source={{
          setNoDraft: async () => undefined,
          drafts: () => ({ off: false, savedAt: null, error: null, notice: null, offer: null, canUndo: false }),
          draftActions: { restore: () => undefined, undo: () => undefined, dismiss: () => undefined },
          fields: () => [],
          describe: () => null,
          save: async () => undefined,
        }}
      />,
      root,
    ),
  );
  return root;
}

describe('the problem panel', () => {
  it('says in words when recognising the fields failed', async () => {
    const root = await panelAfter({
      total: 3,
      labelled: 3,
      profiles: [],
      error: 'Maximum call stack size exceeded',
    });
    const alert = root.querySelector('[role="alert"][data-testid="fields-error"]');
    expect(alert?.textContent).toContain('Maximum call stack size exceeded');
    expect(alert?.textContent).toContain('字段识别出错');
  });

  it('says in words when the annexes’ rules could not be had from the background', async () => {
    const root = await panelAfter({
      total: 3,
      labelled: 3,
      profiles: [],
      error: null,
      rulesError: 'Receiving end does not exist.',
    });
    const alert = root.querySelector('[role="alert"][data-testid="rules-error"]');
    expect(alert?.textContent).toBe(
      '附件表的规则未能从扩展后台取得，暂只按通用规则校验，稍后自动重试：Receiving end does not exist.',
    );
    expect(root.querySelector('[data-testid="fields-error"]')).toBeNull();
  });
});
