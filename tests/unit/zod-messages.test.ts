import { describe, expect, it } from 'vitest';
import { TianbaoDB } from '@/utils/drafts/db';
import { importDrafts } from '@/utils/drafts/transfer';

// zod/mini has no wording of its own ("Invalid input" for everything); the draft import shows zod's English message
// for what is wrong in a damaged file, as it did with full zod (utils/zod-messages.ts, issue #16).
describe('zod messages after the move to zod/mini', () => {
  it('a damaged draft file says what is wrong where, in the same words as before', async () => {
    const file = JSON.stringify({ format: 'tianbao-drafts', version: 1, exportedAt: 1, drafts: [{ id: 1 }] });
    const result = await importDrafts(new TianbaoDB('zod-messages'), file);
    expect(result).toEqual({
      ok: false,
      message:
        '草稿文件内容不完整或已损坏（drafts.0.id：Invalid input: expected string, received number），未导入任何内容。',
      problem: { code: 'damaged', where: 'drafts.0.id', detail: 'Invalid input: expected string, received number' },
    });
  });
});
