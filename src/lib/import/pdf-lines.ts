import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ImportError } from '../model/errors.ts';
import type { SourceLine } from './source-line.ts';
import { checkPdfStreams, MAX_PDF_PAGES, MAX_PDF_TEXT_CHARS } from './pdf-streams.ts';

// What pdfjs-dist's failures mean to an editor; a new failure is one more row.
const FAILURES: Record<string, string> = {
  PasswordException:
    'the PDF is encrypted (password-protected): save an unprotected copy, or export the text from the program that made it',
  InvalidPDFException: 'not a readable PDF (the file is damaged or not a PDF)',
};

interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The column of a page in two columns the run stands in. */
  column?: 'left' | 'right';
}

/**
 * The lines of a PDF, read with pdfjs-dist: text runs grouped into lines by their baseline, in
 * reading order, with the vertical space before each line (a paragraph break is more than 1.3 times
 * the spacing of a paragraph's lines, scaled for larger type) and the font size relative to the body text. Memory stays
 * bounded: streams that unpack to too much, too many pages or too much text stop it (pdf-streams.ts).
 */
export async function linesFromPdf(
  data: Uint8Array,
  file: string,
  limits: { pages: number; characters: number } = { pages: MAX_PDF_PAGES, characters: MAX_PDF_TEXT_CHARS },
): Promise<SourceLine[]> {
  checkPdfStreams(data, file);
  // Loaded when first needed: the import page's worker gets the package's browser build by its
  // address (src/integrations/prebuilt-libraries.ts), and the command line starts without it.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(data), verbosity: 0 });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      const name = (error as Error).name;
      throw new ImportError(file, FAILURES[name] ?? `cannot read the PDF: ${(error as Error).message}`);
    }
    if (document.numPages > limits.pages)
      throw new ImportError(
        file,
        `the PDF has ${document.numPages} pages, more than the ${limits.pages} the import reads (MAX_PDF_PAGES)`,
        'import the guideline on its own, not a collection of documents',
      );
    const pages: Run[][][] = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      for (const item of content.items) characters += 'str' in item ? item.str.length : 0;
      if (characters > limits.characters)
        throw new ImportError(
          file,
          `the PDF's text is longer than the ${limits.characters.toLocaleString('en')} characters the import reads (MAX_PDF_TEXT_CHARS), by page ${number}`,
          'import the guideline on its own, not a collection of documents',
        );
      const runs = content.items
        .filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')
        .map((item) => ({
          text: item.str,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          width: item.width,
          height: Math.hypot(item.transform[2] as number, item.transform[3] as number) || item.height,
        }));
      pages.push(readingOrder(runs));
    }
    if (pages.every((page) => page.length === 0)) {
      throw new ImportError(
        file,
        'the PDF has no text layer (scanned pages or images only)',
        'run it through OCR first, or import the Word or text version',
      );
    }
    return toLines(pages);
  } finally {
    await task.destroy();
  }
}

// Issue 33: a page set in two columns was read across both: the headings of the two columns merged
// into one line («1 Formål 3 Nedetid») and every pair of lines became a table row. A page whose text
// leaves a gutter free from top to bottom, with prose filling each side, is read a column at a time.

/** A column of prose fills its lines: this share of them ends near the column's right edge. */
const FILLED_SHARE = 0.5;
/** A column of prose has this many words a line on average; a table's cells have a few. */
const MIN_WORDS_A_LINE = 4;
/** Each column has at least this many lines. */
const MIN_COLUMN_LINES = 6;

/**
 * The x of the gutter between a page's two columns, or null when it has none: a line no run crosses
 * (lines spanning the page, such as a title, aside), in the middle of the text's width, with at
 * least MIN_COLUMN_LINES lines on each side at the same heights, each side's lines filled to its
 * right edge as prose is, with several words a line. A table's cells are short: it stays a table.
 */
function gutter(runs: Run[]): number | null {
  if (runs.length < MIN_COLUMN_LINES * 2) return null;
  const from = Math.min(...runs.map((run) => run.x));
  const to = Math.max(...runs.map((run) => run.x + run.width));
  const baselines = (side: Run[]) => new Set(side.map((run) => Math.round(run.y)));
  const filled = (side: Run[]) => {
    const ends = [...Map.groupBy(side, (run) => Math.round(run.y)).values()].map((line) =>
      Math.max(...line.map((run) => run.x + run.width)),
    );
    const start = Math.min(...side.map((run) => run.x));
    const edge = Math.max(...ends);
    const words = side.reduce((count, run) => count + run.text.split(/\s+/).filter(Boolean).length, 0);
    return (
      words >= ends.length * MIN_WORDS_A_LINE &&
      ends.filter((end) => end >= edge - (edge - start) * 0.15).length >= ends.length * FILLED_SHARE
    );
  };
  for (let share = 0.35; share <= 0.65; share += 0.01) {
    const x = from + (to - from) * share;
    const crossing = runs.filter((run) => run.x < x && run.x + run.width > x);
    if (crossing.length > runs.length * 0.1) continue;
    const left = runs.filter((run) => run.x + run.width <= x);
    const right = runs.filter((run) => run.x >= x);
    const [l, r] = [baselines(left), baselines(right)];
    if (l.size < MIN_COLUMN_LINES || r.size < MIN_COLUMN_LINES) continue;
    const top = Math.min(Math.max(...l), Math.max(...r));
    const bottom = Math.max(Math.min(...l), Math.min(...r));
    if (top - bottom <= 0) continue; // one above the other: not side by side
    if (filled(left) && filled(right)) return x;
  }
  return null;
}

/**
 * A page's lines in reading order: on a page in two columns, each band between lines that span the
 * page is read down its left column, then down its right (the right column's runs moved left onto
 * the left's, so that indents and cells are measured within a column); elsewhere, as groupLines.
 */
function readingOrder(runs: Run[]): Run[][] {
  const x = gutter(runs);
  if (x === null) return groupLines(runs);
  const right = runs.filter((run) => run.x >= x);
  const shift = Math.min(...right.map((run) => run.x)) - Math.min(...runs.map((run) => run.x));
  const out: Run[][] = [];
  let band: { left: Run[][]; right: Run[][] } = { left: [], right: [] };
  const flush = () => {
    out.push(...band.left, ...band.right);
    band = { left: [], right: [] };
  };
  for (const line of groupLines(runs)) {
    if (line.some((run) => run.x < x && run.x + run.width > x)) {
      flush();
      out.push(line);
      continue;
    }
    const leftRuns = line.filter((run) => run.x + run.width <= x).map((run) => ({ ...run, column: 'left' as const }));
    const rightRuns = line
      .filter((run) => run.x >= x)
      .map((run) => ({ ...run, x: run.x - shift, column: 'right' as const }));
    if (leftRuns.length > 0) band.left.push(leftRuns);
    if (rightRuns.length > 0) band.right.push(rightRuns);
  }
  flush();
  return out;
}

/** The baseline of a line: its tallest run's (a superscript beside the text stands higher). */
const baseline = (line: Run[]) => line.reduce((top, run) => (run.height > top.height ? run : top)).y;

/**
 * Runs on (nearly) the same baseline form a line, left to right; lines run top to bottom. A smaller
 * run raised beside a line's text (a superscript: a footnote's call `tenesta¹.`, the number in front
 * of the note) is that line's, not a line of its own: alone it would read as a page number.
 */
function groupLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [];
  // The tallest runs first, so that a line's text is there before its superscripts look for it.
  for (const run of [...runs].sort((a, b) => b.height - a.height || b.y - a.y || a.x - b.x)) {
    const line =
      lines.find((candidate) => Math.abs(candidate[0]!.y - run.y) < Math.max(candidate[0]!.height, run.height) * 0.4) ??
      lines.find((candidate) => raisedBeside(run, candidate));
    if (line) line.push(run);
    else lines.push([run]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => baseline(b) - baseline(a));
}

/** Whether a smaller run stands raised at a line's side, touching no run of it: a superscript. */
function raisedBeside(run: Run, line: Run[]): boolean {
  const text = line[0]!;
  const rise = run.y - text.y;
  return (
    run.height < text.height * 0.9 &&
    rise > 0 &&
    rise < text.height * 0.6 &&
    line.every((other) => run.x >= other.x + other.width - 1 || run.x + run.width <= other.x + 1) &&
    line.some(
      (other) =>
        Math.abs(run.x - (other.x + other.width)) < text.height ||
        Math.abs(other.x - (run.x + run.width)) < text.height,
    )
  );
}

/**
 * The distance between the baselines of a paragraph's lines: the smallest distance between lines of
 * body text that is common (a tenth of them at least, within 10 %). The median is not it: in a text
 * of short paragraphs the gaps between paragraphs outnumber the lines within one.
 */
function lineSpacing(pages: Run[][][], body: number): number | undefined {
  const height = (line: Run[]) => Math.max(...line.map((run) => run.height));
  const isBody = (line: Run[]) => Math.abs(height(line) - body) <= body * 0.1;
  const distances = pages
    .flatMap((page) =>
      page
        .slice(1)
        .flatMap((line, i) => (isBody(line) && isBody(page[i]!) ? [baseline(page[i]!) - baseline(line)] : [])),
    )
    .filter((dy) => dy >= body * 0.9)
    .sort((a, b) => a - b);
  // Sorted, the distances within 10 % above each are a window that only moves on: linear, for 2000 pages too.
  let end = 0;
  for (let start = 0; start < distances.length; start++) {
    while (end < distances.length && distances[end]! <= distances[start]! * 1.1) end++;
    if (end - start >= distances.length / 10) return distances[start];
  }
  return undefined;
}

/** Where a line's cells start after its first, by the wide gaps alone (a table row's columns); empty for running text. */
function cellStarts(line: Run[]): number[] {
  const starts: number[] = [];
  for (let k = 1; k < line.length; k++) {
    const before = line[k - 1]!;
    if (line[k]!.x - (before.x + before.width) > line[k]!.height * 1.2) starts.push(line[k]!.x);
  }
  return starts;
}

/** The column starts of the table rows near line `i` (eight lines either way on its page), but its own. */
function alignedStarts(starts: ReadonlyArray<ReadonlyArray<number>>, i: number): number[] {
  return starts.slice(Math.max(0, i - 8), i + 9).flatMap((row, k) => (k === Math.min(i, 8) ? [] : row));
}

function toLines(pages: Run[][][]): SourceLine[] {
  const heights = pages
    .flat()
    .map((line) => Math.max(...line.map((run) => run.height)))
    .sort((a, b) => a - b);
  const body = heights[Math.floor(heights.length / 2)] ?? 1;
  const spacings = pages
    .flatMap((page) => page.slice(1).map((line, i) => baseline(page[i]!) - baseline(line)))
    .filter((dy) => dy > 0)
    .sort((a, b) => a - b);
  const spacing = lineSpacing(pages, body) ?? spacings[Math.floor(spacings.length / 2)] ?? body * 1.2;
  const out: SourceLine[] = [];
  pages.forEach((page, p) => {
    const left = Math.min(...page.map((line) => line[0]!.x));
    const starts = page.map(cellStarts);
    page.forEach((line, i) => {
      let text = '';
      const cells: Array<{ text: string; x: number }> = [];
      const aligned = alignedStarts(starts, i);
      let end = -Infinity;
      for (const run of line) {
        const gap = run.x - end;
        // A gap wider than a word space or two is a tab stop or a table's column; so is a narrower one
        // before a run that starts where a column of the table around it starts (a header's cells over
        // narrow columns: «Kommunane Helseføretaket Begge» over their rows' marks).
        const column = gap > run.height * 0.3 && aligned.some((x) => Math.abs(x - run.x) <= 1.5);
        if (text === '' || gap > run.height * 1.2 || column) cells.push({ text: '', x: run.x });
        const spaced = text !== '' && gap > run.height * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.text);
        text += spaced ? ` ${run.text}` : run.text;
        cells.at(-1)!.text += spaced && cells.at(-1)!.text !== '' ? ` ${run.text}` : run.text;
        end = run.x + run.width;
      }
      const dy = i === 0 ? 0 : baseline(page[i - 1]!) - baseline(line);
      const height = Math.max(...line.map((run) => run.height));
      // Larger type has wider spacing: a title's second line is no new paragraph.
      const apart = dy > spacing * 1.3 * Math.max(1, height / body);
      out.push({
        text: text.replace(/\s+/g, ' ').trim(),
        page: p + 1,
        line: out.length + 1,
        gap: i === 0 ? (p === 0 ? 'none' : 'soft') : apart ? 'paragraph' : 'none',
        indent: Math.round(line[0]!.x - left),
        right: Math.round(end - left),
        size: Math.round((height / body) * 100) / 100,
        // pdfjs-dist 6 does not expose whether a font is bold (its font objects keep the name to
        // themselves), so a PDF's headings are told by their size, and by their numbers.
        bold: false,
        columns: cells.length,
        ...(line[0]!.column ? { column: line[0]!.column } : {}),
        cells: cells.map((cell) => ({ text: cell.text.replace(/\s+/g, ' ').trim(), x: Math.round(cell.x) })),
      });
    });
  });
  return out;
}
