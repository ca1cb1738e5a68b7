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

/**
 * `z` orders our layers: hints (lowest) under the overlay, the guard above everything. Hosts of the same z would
 * stack by DOM order, and hints, added after the overlay, would cover its panel.
 */
export function createShadowHost(doc: Document, name: string, css: string, z = 2147483646): ShadowHost {
  const host = doc.createElement(name);
  // Our host must not take part in the page's layout: a zero-size fixed box is out of flow, so inserting it does
  // not lay out the page again (measured on a 5,000-field page), and the page's CSS can't restyle it.
  const hostStyle: [string, string][] = [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['overflow', 'visible'],
    ['z-index', String(z)],
  ];
  for (const [k, v] of hostStyle) host.style.setProperty(k, v, 'important');
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
