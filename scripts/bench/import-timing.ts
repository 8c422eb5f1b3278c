// `npm run bench -- --import`: how long `npm run import` takes on a 20-page agreement, as a Word file
// whose headings Word numbers itself and as a PDF Chromium prints from the same text
// (bench/word-document.ts). Each is imported `runs` times by the command line, a fresh Node each time
// as an editor runs it; the median wall time is reported beside the budget (≤ 5 s on an idle machine).
// It measures; it asserts nothing.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../lib/browser.ts';
import { agreementHtml, wordDocument } from './word-document.ts';

/** One file's timing: its pages (the PDF's own; the Word file's at 500 words a page) and size, and each run's wall time. */
export interface ImportTiming {
  file: string;
  pages: number;
  bytes: number;
  runsMs: number[];
  medianMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The pages of a PDF Chromium wrote: its page objects. */
const pdfPages = (bytes: Buffer) => bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/** Writes the two files into `work`, imports each `runs` times with the project's command line, and returns the timings. */
export async function measureImport(root: string, work: string, pages = 20, runs = 3): Promise<ImportTiming[]> {
  const word = await wordDocument(pages);
  const docx = join(work, 'avtale.docx');
  writeFileSync(docx, word.bytes);
  const browser = await launchChromium();
  const pdf = join(work, 'avtale.pdf');
  try {
    const page = await browser.newPage();
    const print = async (words: number) => {
      await page.setContent(agreementHtml(words));
      return page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } });
    };
    // Printed, a page holds fewer than 500 words: print again with the text cut to fill `pages` pages.
    const first = await print(pages);
    writeFileSync(pdf, await print(Math.round((pages * pages) / pdfPages(first))));
  } finally {
    await browser.close();
  }
  return [docx, pdf].map((file) => {
    const runsMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      const result = spawnSync(
        process.execPath,
        [join(root, 'scripts/import.ts'), file, '--out', join(work, 'drafts'), '--force'],
        { cwd: root, encoding: 'utf8' },
      );
      runsMs.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`npm run import ${file} ended with ${result.status}: ${result.stderr}`);
    }
    const bytes = readFileSync(file);
    const pageCount = file.endsWith('.pdf') ? pdfPages(bytes) : pages;
    return { file, pages: pageCount, bytes: bytes.length, runsMs, medianMs: median(runsMs) };
  });
}

/** The report: one line per file, beside the budget. */
export function formatImport(timings: ImportTiming[]): string[] {
  return [
    'import, command line (npm run import), median of the runs; budget ≤ 5 s on an idle machine',
    ...timings.map(
      ({ file, pages, bytes, runsMs, medianMs }) =>
        `  ${file.endsWith('.pdf') ? `PDF, ${pages} pages` : `Word, about ${pages} pages`}, ${(bytes / 1024).toFixed(0)} KB: ${(medianMs / 1000).toFixed(2)} s (runs ${runsMs.map((ms) => (ms / 1000).toFixed(2)).join(', ')} s) ${medianMs <= 5000 ? 'met' : 'NOT met'}`,
    ),
  ];
}
