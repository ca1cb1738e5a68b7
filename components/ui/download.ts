/** Saves a file through the browser's download (no network: an object URL of the Blob, revoked after). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  // In the document while clicked: Chromium names a detached link's download after the link, not its `download`.
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves data as a JSON file through the same download. */
export function downloadJson(name: string, data: unknown): void {
  downloadBlob(name, new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }));
}
