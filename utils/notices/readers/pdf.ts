/**
 * The text layer of a PDF, read with pdf.js, loaded only when a PDF is opened (the options page's own bundle does
 * not carry it). No eval, and the worker, CMaps and standard fonts come from the extension package: nothing is
 * fetched from outside.
 */
export class PdfError extends Error {}

/** The patterns used here, for the hostile-input test (see NOTICE_PATTERNS). */
export const PDF_PATTERNS = { blank: /\s+/g } as const;

/** A folder the build copies from pdfjs-dist (not among WXT's typed public paths, which list only files). */
const packaged = (dir: 'cmaps' | 'standard_fonts') => `${browser.runtime.getURL('/')}pdfjs/${dir}/`;

export async function pdfText(buf: ArrayBuffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist');
  const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(buf),
      isEvalSupported: false,
      useWorkerFetch: false,
      // Chinese notices often use predefined CMaps (UniGB-UCS2-H) with non-embedded fonts (STSong-Light): without
      // these files pdf.js finds no text in them. Both ship in the package (see wxt.config.ts) and are read by
      // this extension page from its own origin.
      cMapUrl: packaged('cmaps'),
      cMapPacked: true,
      standardFontDataUrl: packaged('standard_fonts'),
    }).promise;
  } catch (e) {
    throw new PdfError(e instanceof Error ? e.message : String(e));
  }
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    let page = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      page += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(page);
  }
  await doc.destroy();
  const text = pages.join('\n');
  if (!text.replace(PDF_PATTERNS.blank, '')) throw new PdfError('no text layer');
  return text;
}
