import { describe, expect, it } from 'vitest';
import { patternsToRegister } from '@/utils/platforms/site-scripts';
import { findUserSite, parseHostInput, sitePattern } from '@/utils/platforms/user-sites';

describe('parseHostInput', () => {
  it.each([
    ['10.1.2.3:8080', '10.1.2.3:8080'],
    ['  ZT.Example.EDU.cn ', 'zt.example.edu.cn'],
    ['http://10.1.2.3:8080/zt/login.do?x=1', '10.1.2.3:8080'],
    ['https://zt.example.edu.cn/', 'zt.example.edu.cn'],
    ['10.1.2.3：8080', '10.1.2.3:8080'],
    ['localhost:3000', 'localhost:3000'],
    ['zt.example.edu.cn.', 'zt.example.edu.cn'],
  ])('%s → %s', (input, host) => {
    expect(parseHostInput(input)).toEqual({ ok: true, host });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://10.1.2.3', 'scheme'],
    ['file:///C:/a.html', 'scheme'],
    ['10.1.2.300', 'invalid'],
    ['10.1.2.3:70000', 'invalid'],
    ['zt', 'invalid'],
    ['zt..edu.cn', 'invalid'],
    ['-zt.edu.cn', 'invalid'],
    ['user@zt.edu.cn', 'invalid'],
    ['zt edu cn', 'invalid'],
    ['*.edu.cn', 'invalid'],
  ])('%j is refused as %s', (input, error) => {
    expect(parseHostInput(input)).toEqual({ ok: false, error });
  });
});

describe('site patterns', () => {
  it('drops the port from the match pattern (the content script checks it)', () => {
    expect(sitePattern('10.1.2.3:8080')).toBe('*://10.1.2.3/*');
    expect(sitePattern('zt.example.edu.cn')).toBe('*://zt.example.edu.cn/*');
  });

  it('registers only sites whose permission is granted', () => {
    const sites = [
      { host: '10.1.2.3:8080', platform: 'gaozhi-status' as const, addedAt: 1 },
      { host: '10.1.2.3:9090', platform: 'zhongzhi-system' as const, addedAt: 2 },
      { host: 'zt.example.edu.cn', platform: 'gaozhi-status' as const, addedAt: 3 },
    ];
    expect(patternsToRegister(sites, ['*://10.1.2.3/*'])).toEqual(['*://10.1.2.3/*']);
    expect(patternsToRegister(sites, [])).toEqual([]);
  });

  it('finds the site of a location host, port included', () => {
    const sites = [{ host: '10.1.2.3:8080', platform: 'gaozhi-status' as const, addedAt: 1 }];
    expect(findUserSite(sites, '10.1.2.3:8080')?.platform).toBe('gaozhi-status');
    expect(findUserSite(sites, '10.1.2.3')).toBeNull();
  });
});
