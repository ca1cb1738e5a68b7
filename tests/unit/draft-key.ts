import type { DraftKey } from '@/utils/drafts/schema';

/** A draft of 000 附件5 on the 继续教育 platform, for the drafts tests: its key and the page it was typed on. */
export const JXJY_KEY: DraftKey = {
  origin: 'https://jxjy.moe.edu.cn',
  platform: 'jxjy',
  path: '/nonxueli.html',
  fingerprint: 'f',
  period: '2022',
};
export const JXJY_URL = 'https://jxjy.moe.edu.cn/nonxueli.html';
