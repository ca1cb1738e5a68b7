import { browser } from 'wxt/browser';

export const FIELDS_SCRIPT = '/content-scripts/fields.js';

/** Injects the field engine into one frame of a tab (Chromium: scripting; Firefox MV2: tabs.executeScript). */
export async function injectFields(tabId: number, frameId: number): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.executeScript) {
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [FIELDS_SCRIPT] });
    return;
  }
  const tabs = browser.tabs as unknown as {
    executeScript(tabId: number, d: { file: string; frameId: number; runAt: string }): Promise<unknown>;
  };
  await tabs.executeScript(tabId, { file: FIELDS_SCRIPT, frameId, runAt: 'document_idle' });
}
