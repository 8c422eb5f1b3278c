// `npm run pdf`: renders every guideline's print version (/retningslinjer/<slug>/utskrift/) of the
// built site to <dist>/pdf/<slug>.pdf through Chromium, then shows the PDF link on its reading page;
// and each synopsis of changes (/retningslinjer/<slug>/endringer/<version>/utskrift/, one per other
// version) to <dist>/pdf/<slug>-endringer-<version>.pdf.
// Run it after `npm run build`; SITE_DIST points it at another build, CHROMIUM_PATH at another Chromium.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { showPdfLink } from '../src/lib/print/pdf-links.ts';
import { dataIndexUrl, pdfUrl, printUrl, synopsisUrl, versionSlug } from '../src/lib/model/routes.ts';
import type { PublishedIndex } from '../src/lib/model/published.ts';
import { launchChromium, serveFolder, siteDist } from './lib/browser.ts';
import { runMain, SetupError } from './lib/cli.ts';

/** Options for renderPdfs. */
export interface PdfOptions {
  /** The built site. */
  dist: string;
  /** Where the PDFs go; `<dist>/pdf` by default, where the site serves them. */
  outDir?: string;
  /** Which guidelines; all of /data/index.json by default. */
  slugs?: string[];
  /** The Chromium binary; the one findChromium finds by default (scripts/lib/chromium.ts). */
  executablePath?: string;
  /** Show the PDF link on each reading page of `dist` once its PDF is written (only when outDir is the site's). */
  linkPages?: boolean;
  /** Where progress goes, one line at a time. */
  log?: (line: string) => void;
}

/** One PDF written. */
export interface PdfResult {
  slug: string;
  /** The other version a synopsis of changes is about; null for the print version. */
  version: string | null;
  file: string;
  pages: number;
  bytes: number;
}

/** Renders the print version of each guideline to a PDF; resolves to what it wrote. */
export async function renderPdfs({
  dist,
  outDir = join(dist, 'pdf'),
  slugs,
  executablePath,
  linkPages = resolve(outDir) === resolve(dist, 'pdf'),
  log = () => {},
}: PdfOptions): Promise<PdfResult[]> {
  const indexFile = join(dist, dataIndexUrl());
  if (!existsSync(indexFile)) throw new SetupError(`${indexFile} is missing`, 'build the site first (npm run build)');
  const index = JSON.parse(await readFile(indexFile, 'utf8')) as Pick<PublishedIndex, 'guidelines'> &
    Partial<Pick<PublishedIndex, 'versions'>>;
  const wanted = slugs ?? index.guidelines.map((guideline) => guideline.slug);
  const jobs = [
    ...wanted.map((slug) => ({ slug, version: null, path: printUrl(slug), name: `${slug}.pdf` })),
    ...(index.versions ?? [])
      .filter((version) => !version.current && wanted.includes(version.slug))
      .map(({ slug, version }) => ({
        slug,
        version,
        path: synopsisUrl(slug, version),
        name: `${slug}-endringer-${versionSlug(version)}.pdf`,
      })),
  ];

  const browser = await launchChromium(executablePath);
  const { origin, close } = await serveFolder(dist);
  const results: PdfResult[] = [];
  try {
    await mkdir(outDir, { recursive: true });
    for (const [position, { slug, version, path, name }] of jobs.entries()) {
      const page = await browser.newPage();
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status() ?? 'no response'}`);
      await page.evaluate(() => document.fonts.ready);
      // The page's own @page rules decide size and margins; Chromium's header and footer are off,
      // the running header and footer are the page's margin boxes. Document title and <html lang>
      // become the PDF's Title and Lang; `tagged` keeps the text structure for screen readers.
      const pdf = await page.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        displayHeaderFooter: false,
        printBackground: true,
        tagged: true,
        outline: true,
      });
      await page.close();
      const file = join(outDir, name);
      await writeFile(file, pdf);
      const pages = await countPages(pdf);
      // Only the print version has a link on the reading page; a synopsis is linked from nowhere
      // yet (its page is the HTML synopsis, which prints the same).
      if (linkPages && version === null) await linkReadingPage(dist, slug);
      results.push({ slug, version, file, pages, bytes: pdf.length });
      log(
        `[${position + 1}/${jobs.length}] ${version === null ? slug : `${slug}, endringer fra versjon ${version}`}: ${pages} pages, ${Math.round(pdf.length / 1024)} kB → ${shown(file)}`,
      );
    }
  } finally {
    await browser.close();
    await close();
  }
  return results;
}

async function countPages(pdf: Uint8Array): Promise<number> {
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    return (await task.promise).numPages;
  } finally {
    await task.destroy();
  }
}

/** The PDF exists now, so its reading page may link it (see src/lib/print/pdf-links.ts). */
async function linkReadingPage(dist: string, slug: string): Promise<void> {
  const file = join(dist, 'retningslinjer', slug, 'index.html');
  const html = await readFile(file, 'utf8');
  try {
    await writeFile(file, showPdfLink(html));
  } catch (error) {
    throw new Error(`${file}: cannot show the link to ${pdfUrl(slug)}: ${(error as Error).message}`, { cause: error });
  }
}

/** A path as the person running the script reads it best: relative inside the project, absolute outside. */
const shown = (path: string) =>
  relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path) || '.';

await runMain(import.meta.url, 'pdf', async () => {
  const started = Date.now();
  console.log(`pdf: rendering the print versions of ${shown(siteDist)} with Chromium`);
  const results = await renderPdfs({ dist: siteDist, log: (line) => console.log(`pdf: ${line}`) });
  console.log(`pdf: ${results.length} PDFs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});
