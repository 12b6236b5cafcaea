// Extracts the text of a PDF with pdfjs-dist (legacy build for Node): page count and all text, page by page.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextResult {
  pages: number;
  /** Text of every page, items joined by spaces, pages separated by a form feed. */
  text: string;
  /** Text per page (same content as `text`). */
  pageTexts: string[];
}

export async function pdfText(bytes: Uint8Array): Promise<PdfTextResult> {
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pageTexts: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const parts: string[] = [];
      for (const item of content.items) {
        if ('str' in item) parts.push(item.hasEOL ? `${item.str}\n` : item.str);
      }
      pageTexts.push(parts.join(' ').replace(/[ \t]+/g, ' '));
      page.cleanup();
    }
    return { pages: doc.numPages, text: pageTexts.join('\f'), pageTexts };
  } finally {
    await task.destroy();
  }
}
