// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { knownHostPatterns, normaliseHost, platformForHost } from '@/utils/platforms/match';
import { guessPlatform, recognise } from '@/utils/platforms/recognise';
import { PLATFORMS } from '@/utils/platforms/registry';
import type { UserSite } from '@/utils/platforms/user-sites';

function doc(title: string, body = ''): Document {
  return new DOMParser().parseFromString(`<title>${title}</title><body>${body}</body>`, 'text/html');
}

const blank = doc('');

describe('platformForHost', () => {
  it.each([
    ['sg.chinaeducloud.com', 'shuanggao'],
    ['SG.ChinaEduCloud.com', 'shuanggao'],
    ['sg.chinaeducloud.com.', 'shuanggao'],
    ['www.sg.chinaeducloud.com', 'shuanggao'],
    ['sg.cutech.edu.cn', 'shuanggao'],
    ['jxjy.moe.edu.cn', 'jxjy'],
    ['zj.chinaafse.cn', 'afse'],
    ['zyyxzy.moe.edu.cn', 'zyyxzy'],
    ['www.zyyxzy.cn', 'zyyxzy'],
    ['zyyxzy.cn', 'zyyxzy'],
    ['nzws.drce.com.cn', 'nzws'],
    ['www.shequ.edu.cn', 'shequ'],
    ['shequ.edu.cn', 'shequ'],
  ])('%s is %s', (host, id) => {
    expect(platformForHost(host)?.id).toBe(id);
  });

  it.each([
    'sg.chinaeducloud.com.evil.cn',
    'evil-sg.chinaeducloud.com',
    'xsg.chinaeducloud.com',
    'a.sg.chinaeducloud.com',
    'chinaeducloud.com',
    'moe.edu.cn',
    'www.moe.edu.cn',
    'jxjy.moe.edu.cn.example.org',
    'shequ.edu.cn.cn',
    'example.org',
    'www.www.shequ.edu.cn',
  ])('%s is no platform', (host) => {
    expect(platformForHost(host)).toBeNull();
  });

  it('normalises only case, trailing dot and one www.', () => {
    expect(normaliseHost(' WWW.Shequ.EDU.cn. ')).toBe('shequ.edu.cn');
  });
});

describe('knownHostPatterns', () => {
  it('covers http and https, with and without www., any path, for every host and nothing wider', () => {
    const patterns = knownHostPatterns();
    for (const p of PLATFORMS) {
      for (const h of p.hosts) {
        expect(patterns).toContain(`*://${normaliseHost(h)}/*`);
        expect(patterns).toContain(`*://www.${normaliseHost(h)}/*`);
      }
    }
    expect(patterns.every((p) => /^\*:\/\/[a-z0-9.-]+\/\*$/.test(p))).toBe(true);
    expect(patterns.some((p) => p.includes('*.'))).toBe(false);
  });
});

describe('recognise', () => {
  const sites: UserSite[] = [
    { host: '10.1.2.3:8080', platform: 'gaozhi-status', addedAt: 0 },
    { host: 'zz.example.edu.cn', platform: 'zhongzhi-system', addedAt: 0 },
  ];

  it('knows a platform by its host over http and https and any path', () => {
    for (const url of [
      'https://sg.chinaeducloud.com/',
      'http://sg.chinaeducloud.com/course/1?x=2#y',
      'https://www.sg.chinaeducloud.com/a/b.html',
    ]) {
      const r = recognise(new URL(url), blank, []);
      expect(r?.platform.short).toBe('双高监测平台');
      expect(r?.via).toBe('host');
    }
  });

  it('does not act on other schemes, look-alike hosts or unrelated pages that name a platform', () => {
    const page = doc('双高计划管理与智能监测平台 - 新闻', '<h1>双高监测平台开放</h1>');
    expect(recognise(new URL('https://sg.chinaeducloud.com.evil.cn/'), page, sites)).toBeNull();
    expect(recognise(new URL('https://example.org/news'), page, sites)).toBeNull();
    expect(recognise(new URL('ftp://sg.chinaeducloud.com/'), page, sites)).toBeNull();
  });

  it('knows a user-added site by host and port, and finds the platform name on the page', () => {
    const page = doc('全国高等职业学校人才培养工作状态数据采集与管理平台');
    const r = recognise(new URL('http://10.1.2.3:8080/zt/index.do'), page, sites);
    expect(r?.platform.short).toBe('高职状态平台');
    expect(r?.via).toBe('user-site');
    expect(r?.signal).toBe('全国高等职业学校人才培养工作状态数据采集与管理平台');
    // Another port of the same server is another system.
    expect(recognise(new URL('http://10.1.2.3:9090/'), page, sites)).toBeNull();
  });

  it('a user site without port matches every port, and says when the page does not name the platform', () => {
    const r = recognise(new URL('https://zz.example.edu.cn:8443/'), doc('登录'), sites);
    expect(r?.platform.id).toBe('zhongzhi-system');
    expect(r?.signal).toBeNull();
  });

  it('guesses a self-hosted platform from its headline', () => {
    expect(guessPlatform(doc('首页', '<h1>全国中等职业学校管理信息系统</h1>'))?.id).toBe('zhongzhi-system');
    expect(guessPlatform(doc('首页', '<h1>某某大学教务系统</h1>'))).toBeNull();
  });
});
