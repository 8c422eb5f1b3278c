// `node scripts/bench/own-file-timing.ts [runs]` after a build: how fast the import page answers for a PDF.
// Telemark's print version, printed by Chromium as an office prints an agreement (A4, wide margins,
// without its contents list), is chosen on /sammenlign/din-avtale/ as a reader chooses it, a few
// seconds after the page has loaded; each run prints the PDF's pages, the time to the first answer
// (the clauses on screen), to the comparison, and the longest main-thread task from the choice on
// (a PerformanceObserver for `longtask`). It measures; it asserts nothing (budgets: 3 s, 5 s, 200 ms).
import { launchChromium, serveFolder, siteDist } from '../lib/browser.ts';
import { ownFileUrl, printUrl } from '../../src/lib/model/routes.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const runs = Number(process.argv[2] ?? 5);
const served = await serveFolder(siteDist, { etag: true });
const browser = await launchChromium();
try {
  const printer = await browser.newPage({ baseURL: served.origin });
  await printer.goto(printUrl('telemark'));
  await printer.addStyleTag({ content: 'nav.toc { display: none !important }' });
  const pdf = await printer.pdf({
    format: 'A4',
    printBackground: true,
    margin: { top: '30mm', bottom: '30mm', left: '25mm', right: '25mm' },
    scale: 1.2,
  });
  await printer.close();
  const pages = (await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise).numPages;
  console.log(`a ${pages}-page PDF (${Math.round(pdf.length / 1024)} KB), ${runs} runs:`);
  for (let run = 1; run <= runs; run++) {
    const page = await browser.newPage({ baseURL: served.origin });
    await page.goto(ownFileUrl(), { waitUntil: 'networkidle' });
    // A reader takes seconds to choose a file; the page prepares its reader meanwhile.
    await page.waitForTimeout(3000);
    await page.evaluate(() => {
      const state = window as unknown as { longest: number };
      state.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.longest = Math.max(state.longest, entry.duration);
      }).observe({ type: 'longtask' });
    });
    const start = await page.evaluate(() => performance.now());
    await page.locator('#egen-fil').setInputFiles({ name: 'var-avtale.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.locator('[data-part="reading"] section.clause').first().waitFor({ timeout: 60_000 });
    const first = (await page.evaluate(() => performance.now())) - start;
    await page.locator('[data-part="comparison"] .compare-summary').waitFor({ timeout: 60_000 });
    const compared = (await page.evaluate(() => performance.now())) - start;
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    console.log(
      `  run ${run}: clauses on screen ${(first / 1000).toFixed(2)} s, comparison ${(compared / 1000).toFixed(2)} s, longest main-thread task ${Math.round(longest)} ms`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await served.close();
}
