/**
 * A host element with an open shadow root for our UI. Written by hand instead of WXT's createShadowRootUi:
 * that helper and its dependencies weighed ~13 kB of a content script that must stay under 60 kB, and we need
 * none of its anchoring options, only: isolated styles, a reset, and keys that don't leak to the page.
 */
export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
  shadow: ShadowRoot;
  /** Puts the host back if the page removed it (single-page apps replace whole trees). */
  ensureAttached(): void;
  remove(): void;
}

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'compositionend'] as const;

export function createShadowHost(doc: Document, name: string, css: string): ShadowHost {
  const host = doc.createElement(name);
  // Our host must not take part in the page's layout.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'static', 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial}\n${css}`;
  const container = doc.createElement('div');
  container.className = 'tb-root';
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) {
    container.addEventListener(type, (e) => e.stopPropagation());
  }
  const ensureAttached = () => {
    if (!host.isConnected) doc.documentElement.append(host);
  };
  ensureAttached();
  return { host, container, shadow, ensureAttached, remove: () => host.remove() };
}
