// @vitest-environment happy-dom
// A page with thousands of fields is scanned in slices: the scan gives the page its turn every few hundred controls
// instead of holding the main thread, finds the same fields as one pass, and a newer scan replaces an older one.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getBus } from '@/utils/content/bus';
import { FieldsRuntime, SLICED_ABOVE } from '@/utils/content/fields-runtime';
import { discoverFields } from '@/utils/fields/discover';
import { quietUi } from './runtime-ui';

function table(rows: number): Document {
  const body = Array.from(
    { length: rows },
    (_, r) => `<tr><td>第${r + 1}单位</td><td><input name="a${r}"></td><td><input name="b${r}"></td></tr>`,
  ).join('');
  document.body.innerHTML = `<table><tr><th>单位</th><th>专职</th><th>兼职</th></tr>${body}</table>`;
  return document;
}

/** Resolves after the page has had `n` turns of its own (macrotasks). */
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

async function settled(runtime: FieldsRuntime, count: number): Promise<number> {
  let pageTurns = 0;
  while (runtime.list().length !== count && pageTurns < 500) {
    await turns(1);
    pageTurns++;
  }
  return pageTurns;
}

describe('scanning a large page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    getBus().platform = 'zhongzhi-system';
  });

  it('a small form is scanned at once, in one pass', () => {
    const doc = table(10);
    const runtime = new FieldsRuntime(doc, quietUi());
    runtime.scan();
    expect(runtime.list()).toHaveLength(20);
    runtime.destroy();
  });

  it('2,000 fields: not all at once; the page gets turns meanwhile; the same fields as one pass', async () => {
    const doc = table(1000);
    expect(2000).toBeGreaterThan(SLICED_ABOVE);
    const runtime = new FieldsRuntime(doc, quietUi());
    runtime.scan();
    // Nothing is published before the page has had its turn.
    expect(runtime.list()).toHaveLength(0);
    const pageTurns = await settled(runtime, 2000);
    // 2,000 controls in slices of at most 300: the page had at least six turns before the scan was done.
    expect(pageTurns).toBeGreaterThanOrEqual(6);
    expect(runtime.list().map((f) => f.id)).toEqual(discoverFields(doc).map((f) => f.id));
    runtime.destroy();
  });

  it('a scan asked for while one runs follows it, so a page that keeps changing is still scanned to the end; a destroyed engine publishes nothing', async () => {
    const doc = table(1000);
    const runtime = new FieldsRuntime(doc, quietUi());
    runtime.scan();
    await turns(2);
    // The page grows while the first scan runs, and again and again: each ask is folded into one scan after it.
    doc
      .querySelector('table')
      ?.insertAdjacentHTML('beforeend', '<tr><td>新增</td><td><input></td><td><input></td></tr>');
    // A rescan is asked for on every turn of the page (as a ticking clock does): scans still run to their end.
    for (let i = 0; i < 60; i++) {
      runtime.scan();
      await turns(1);
    }
    expect(runtime.list()).toHaveLength(2002);

    const other = new FieldsRuntime(table(1000), quietUi());
    other.scan();
    await turns(1);
    other.destroy();
    await turns(40);
    expect(other.list()).toHaveLength(0);
    runtime.destroy();
  });
});
