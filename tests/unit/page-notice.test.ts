import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  attachmentLinks,
  offerPageNotice,
  type PageNotice,
  readsLikeNotice,
  takePageNotice,
} from '@/utils/notices/page-notice';
import { parseNotice } from '@/utils/notices/parse';

const NOTICE: PageNotice = {
  text: '关于报送年度报告的通知\n教职成司函〔2026〕31号\n请于2027年1月20日前报送。',
  url: 'https://www.moe.gov.cn/a.html',
  title: '通知',
  attachments: [{ href: 'https://www.moe.gov.cn/W1.docx', text: '附件1' }],
};

describe('the notice on the page the user is reading', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads like a notice with a 文号, or a notice title with a dated deadline; a news article does not', () => {
    expect(readsLikeNotice(parseNotice('首页\n教职成司函〔2022〕8号\n各省教育厅：'))).toBe(true);
    expect(
      readsLikeNotice(parseNotice('首页\n关于开展2026年度数据填报工作的通知\n一、请于2026年12月15日前完成填报。')),
    ).toBe(true);
    expect(
      readsLikeNotice(parseNotice('一图读懂：上半年数据填报安排\n记者获悉，建设单位须于4月15日前完成数据填报。')),
    ).toBe(false);
    expect(readsLikeNotice(parseNotice('今天天气很好，我们去公园散步。'))).toBe(false);
  });

  it('lists the linked .docx and .pdf files once each, web addresses only', () => {
    const links = [
      { href: 'https://www.moe.gov.cn/W1.docx', text: '1.模板.docx' },
      { href: 'https://www.moe.gov.cn/W1.docx', text: '再次' },
      { href: 'https://www.moe.gov.cn/W2.PDF?x=1', text: '' },
      { href: 'https://www.moe.gov.cn/%E6%A0%BC%E5%BC%8F.pdf', text: '' },
      { href: 'https://www.moe.gov.cn/%E0%A4%A.pdf', text: '' },
      { href: 'javascript:alert(1)//.pdf', text: 'x' },
      { href: 'https://www.moe.gov.cn/index.html', text: '首页' },
      { href: 'https://www.moe.gov.cn/a.xlsx', text: '表' },
    ];
    expect(attachmentLinks(links)).toEqual([
      { href: 'https://www.moe.gov.cn/W1.docx', text: '1.模板.docx' },
      { href: 'https://www.moe.gov.cn/W2.PDF?x=1', text: 'W2.PDF' },
      { href: 'https://www.moe.gov.cn/%E6%A0%BC%E5%BC%8F.pdf', text: '格式.pdf' },
      { href: 'https://www.moe.gov.cn/%E0%A4%A.pdf', text: '%E0%A4%A.pdf' },
    ]);
  });

  it('hands the notice to the review once, and refuses a source that is not a web address', async () => {
    await offerPageNotice(NOTICE);
    expect(await takePageNotice()).toEqual(NOTICE);
    expect(await takePageNotice()).toBeNull();
    await expect(offerPageNotice({ ...NOTICE, url: 'javascript:alert(1)' })).rejects.toThrow();
    await fakeBrowser.storage.session.set({ pageNotice: { ...NOTICE, attachments: [{ href: 'data:,x', text: 'x' }] } });
    expect(await takePageNotice()).toBeNull();
  });
});
