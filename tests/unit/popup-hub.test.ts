import { describe, expect, it } from 'vitest';
import { mayHaveOverlay } from '@/utils/background/popup';

/*
 * The popup's first view asks the tab what it shows only where our overlay can run (issue #16): a failed ask to a
 * tab without it took 3–12 ms of the first view. Content scripts run on http(s) pages only.
 */
describe('mayHaveOverlay', () => {
  it('holds for web pages: a platform host, a user site with a port', () => {
    expect(mayHaveOverlay('https://jxjy.moe.edu.cn/')).toBe(true);
    expect(mayHaveOverlay('http://10.1.2.3:8080/zt/login.do')).toBe(true);
  });
  it('does not for the popup opened as a tab, browser pages, a new tab or a local file', () => {
    expect(mayHaveOverlay('chrome-extension://edeifcacgjememnndehlhjmoajjmokop/popup.html')).toBe(false);
    expect(mayHaveOverlay('moz-extension://0b7c/popup.html')).toBe(false);
    expect(mayHaveOverlay('chrome://newtab/')).toBe(false);
    expect(mayHaveOverlay('about:blank')).toBe(false);
    expect(mayHaveOverlay('file:///home/u/notice.html')).toBe(false);
  });
});
