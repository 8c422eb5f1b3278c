import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// The text area of an A4 page in PDF points, from below, inside print.css's @page margins
// (24 mm top, 22 mm bottom): what lies outside is the running header and footer.
const MM = 72 / 25.4;
const TEXT_AREA = { bottom: 22 * MM, top: (297 - 24) * MM };

/** A PDF read back: its document properties, the text of each page and how many lines of text each holds inside its margins. */
export async function readPdf(data: Uint8Array) {
  const task = getDocument({ data: new Uint8Array(data), verbosity: 0 });
  const document = await task.promise;
  const { info } = (await document.getMetadata()) as { info: { Title?: string; Language?: string } };
  const pages: string[] = [];
  const lines: number[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    // A line is a baseline (rounded to a point) with text on it.
    const baselines = content.items.flatMap((item) =>
      'str' in item && item.str.trim() !== '' ? [Math.round(item.transform[5] as number)] : [],
    );
    lines.push(new Set(baselines.filter((y) => y > TEXT_AREA.bottom && y < TEXT_AREA.top)).size);
  }
  await task.destroy();
  return { info, pages, lines };
}

// Line breaks and the spacing of text runs are the PDF's; words and their order are the text's.
export const squeeze = (text: string) => text.replace(/\s+/g, '');
