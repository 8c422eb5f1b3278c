import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ownFileUrl, printUrl } from '../../src/lib/model/routes.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES } from '../../src/integrations/security-headers.ts';
import { encryptedPdf, pdfBomb } from '../unit/helpers/pdf-bytes.ts';
import { useSite } from './harness.ts';
import { auditPage } from './axe.ts';
import { widthOf } from './width.ts';
import { unseenDocx, unseenDocxOnStyles, unseenPdf } from './unseen-files.ts';

// The import page (issue 29): the reader's own file, read in their browser by the same import the
// command line runs. Each file is dropped on the page as a reader would choose it; the page's answers
// are read back, the downloaded draft is compared byte for byte with `npm run import`'s, and every
// request the page and its workers make is recorded: none carries the file.
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'own-file-'));
const site = useSite();

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run import -- <file> --out <dir>`: the draft it writes, and its report. */
function runImport(file: string) {
  const out = mkdtempSync(join(work, 'out-'));
  const result = spawnSync(process.execPath, ['scripts/import.ts', file, '--out', out], {
    cwd: root,
    encoding: 'utf8',
  });
  const name = /→ (.+\.md)$/m.exec(result.stdout)?.[1];
  expect(name, result.stderr).toBeDefined();
  return { markdown: readFileSync(join(out, name!.split('/').at(-1)!), 'utf8'), report: result.stdout };
}

interface Visit {
  page: Page;
  requests: Request[];
  errors: string[];
}

async function open(): Promise<Visit> {
  const context = await site.context({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: Request[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(ownFileUrl());
  return { page, requests, errors };
}

/** Drops a file on the page's drop zone, as a reader drags it from their files. */
async function drop(page: Page, file: string) {
  const bytes = readFileSync(file).toString('base64');
  const name = file.split('/').at(-1)!;
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const data = Uint8Array.from(atob(bytes), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      return transfer;
    },
    { bytes, name },
  );
  await page.locator('[data-drop]').dispatchEvent('drop', { dataTransfer: transfer });
}

async function download(page: Page, part: 'markdown' | 'csv') {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-part="${part}"]`).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

const clausesOnPage = (page: Page) =>
  page
    .locator('[data-part="reading"] section.clause')
    .evaluateAll((sections) =>
      sections.map((section) =>
        (section.querySelector('.clause-head')?.textContent ?? '(innledning)').replace(/\s+/g, ' ').trim(),
      ),
    );

/** The clauses the command line's report lists, as `<number> <heading>`. */
const clausesInReport = (report: string) =>
  report
    .split('\n')
    .slice(report.split('\n').findIndex((line) => line.startsWith('clauses (')) + 1)
    .filter((line, index, lines) => lines.slice(0, index + 1).every((earlier) => earlier.startsWith('  ')))
    .map((line) => line.trim().replace(/^– /, ''));

/** Every request's address and body must hold none of the file's text: no word run of it, no byte of it. */
function expectNothingSent(requests: Request[], file: string, text: string) {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  const runs = Array.from({ length: Math.max(0, words.length - 3) }, (_, i) => words.slice(i, i + 4).join(' '));
  const bytes = readFileSync(file);
  for (const request of requests) {
    expect(request.method(), request.url()).toBe('GET');
    expect(request.postDataBuffer()).toBeNull();
    expect(request.url().startsWith(`${site.origin}/`) || request.url().startsWith('blob:'), request.url()).toBe(true);
    const url = decodeURIComponent(request.url());
    for (const run of runs.slice(0, 200)) expect(url).not.toContain(run);
    expect(url).not.toContain(bytes.subarray(0, 64).toString('base64'));
  }
}

describe('the policy stays as strict as the rest of the site', () => {
  test('no eval for scripts, the worker from the site itself', async () => {
    expect(SCRIPT_RESOURCES).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CSP_DIRECTIVES).toContain("default-src 'self'");
    expect(CSP_DIRECTIVES).toContain("connect-src 'self'");
    const { page, errors } = await open();
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'[^;]*script|blob:/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

// The agreements the project does not hold (issue 28's own files, written after the code): the page
// reads them as the command line does, clause for clause and byte for byte.
describe('the agreements the project does not hold', () => {
  test.each([
    { name: 'unseen-word', make: (source: string) => unseenDocx(join(source, 'document.txt'), work) },
    { name: 'unseen-pdf', make: (source: string) => unseenPdf(join(source, 'agreement.html'), work, site.browser) },
    {
      name: 'unseen-nynorsk-pdf',
      make: (source: string) => unseenPdf(join(source, 'agreement.html'), work, site.browser),
    },
    { name: 'unseen-word-2', make: (source: string) => unseenDocxOnStyles(join(source, 'document.txt'), work) },
  ])('$name: the clauses and numbers the command line finds, and its draft byte for byte', async ({ name, make }) => {
    const { file, text } = await make(join(root, 'tests/fixtures/import', name));
    const cli = runImport(file);
    const { page, requests, errors } = await open();
    await drop(page, file);
    await page.locator('[data-part="reading"] section.clause').first().waitFor();
    expect(await clausesOnPage(page)).toEqual(clausesInReport(cli.report));
    await page.locator('[data-part="comparison"] .compare-summary').first().waitFor();
    expect((await download(page, 'markdown')).text).toBe(cli.markdown);
    expectNothingSent(requests, file, text);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('text files of the import fixtures', () => {
  test.each(['footnotes', 'cover-contents', 'numbered-list', 'page-debris', 'nynorsk-paragraphs'])(
    '%s: the clauses the command line finds, and its draft byte for byte',
    async (fixture) => {
      const file = join(work, `${fixture}.txt`);
      writeFileSync(file, readFileSync(join(root, 'tests/fixtures/import', fixture, 'input.txt')));
      const cli = runImport(file);
      const { page, requests, errors } = await open();
      await drop(page, file);
      await page.locator('[data-part="reading"] section.clause').first().waitFor();
      expect(await clausesOnPage(page)).toEqual(clausesInReport(cli.report));
      await page.locator('[data-part="comparison"] .compare-summary').first().waitFor();
      const draft = await download(page, 'markdown');
      expect(draft.name).toBe(`${fixture}.md`);
      expect(draft.text).toBe(cli.markdown);
      expectNothingSent(requests, file, readFileSync(file, 'utf8'));
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  test('pasted text is read as a .txt of the same words', async () => {
    const text = readFileSync(join(root, 'tests/fixtures/import/numbered-list/input.txt'), 'utf8');
    const { page } = await open();
    await page.locator('.own-paste summary').click();
    await page.locator('#egen-tekst').fill(text);
    await page.getByRole('button', { name: 'Les teksten' }).click();
    await page.locator('[data-part="reading"] section.clause').first().waitFor();
    const draft = await download(page, 'markdown');
    expect(draft.name).toBe('innlimt-tekst.md');
    const file = join(work, 'innlimt-tekst.txt');
    writeFileSync(file, text);
    expect(draft.text).toBe(runImport(file).markdown);
    await page.context().close();
  });
});

/** How the 7-page PDF is printed: A4, wide margins, a larger type, as an office prints an agreement (as scripts/bench/own-file-timing.ts). */
const PRINTED = {
  format: 'A4',
  printBackground: true,
  margin: { top: '30mm', bottom: '30mm', left: '25mm', right: '25mm' },
  scale: 1.2,
} as const;

describe('a PDF: Telemark printed from the site, under another name', () => {
  let file: string;
  let cli: ReturnType<typeof runImport>;
  let visit: Visit;
  let longest: number;

  beforeAll(async () => {
    const printer = await site.browser.newPage({ baseURL: site.origin });
    await printer.goto(printUrl('telemark'));
    // Without the print version's contents list, which the import would take for the clauses
    // (a list of every numbered heading before the text; see the report of issue 29).
    await printer.addStyleTag({ content: 'nav.toc { display: none !important }' });
    file = join(work, 'var-avtale.pdf');
    writeFileSync(file, await printer.pdf(PRINTED));
    await printer.close();
    cli = runImport(file);
    visit = await open();
    await visit.page.evaluate(() => {
      (window as unknown as { longest: number }).longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { longest: number }).longest = Math.max(
            (window as unknown as { longest: number }).longest,
            entry.duration,
          );
      }).observe({ type: 'longtask' }); // from the drop on: the page's own loading is every page's
    });
    await drop(visit.page, file);
    await visit.page.locator('[data-part="comparison"] .compare-summary').first().waitFor({ timeout: 60_000 });
    longest = await visit.page.evaluate(() => (window as unknown as { longest: number }).longest);
  }, 120_000);
  afterAll(() => visit?.page.context().close());

  test('shows the clauses and numbers the command line finds', async () => {
    const clauses = await clausesOnPage(visit.page);
    expect(clauses).toEqual(clausesInReport(cli.report));
    expect(clauses).toContain('5.1 Innføring og utvikling av nødvendige nasjonale e-helseløsninger og standarder');
    expect(clauses).toContain('10 Versjonslogg');
    expect(new Set(clauses.map((clause) => /^\d+(?:\.\d+)* /.exec(clause)?.[0].trim()).filter(Boolean)).size).toBe(12);
  });

  test('the downloaded draft is the command line’s, byte for byte', async () => {
    const draft = await download(visit.page, 'markdown');
    expect(draft.name).toBe('var-avtale.md');
    expect(draft.text).toBe(cli.markdown);
  });

  test('the register counts each party’s duties, and the CSV has a row for each', async () => {
    const counts = await visit.page.locator('[data-part="counts"]').textContent();
    const [, total, kommune, helseforetak, felles] =
      /(\d+) i alt: (\d+) for kommunen, (\d+) for helseforetaket og (\d+) felles/.exec(counts ?? '') ?? [];
    expect(Number(total)).toBeGreaterThan(10);
    expect(Number(kommune) + Number(helseforetak) + Number(felles)).toBe(Number(total));
    for (const [party, count] of [
      ['Kommunen', kommune],
      ['Helseforetaket', helseforetak],
      ['Felles for begge parter', felles],
    ] as const)
      if (Number(count) > 0)
        await expect
          .poll(() => visit.page.locator(`[data-part="register"] h3:has-text("${party}") .group-count`).textContent())
          .toBe(`(${count})`);
    const csv = await download(visit.page, 'csv');
    expect(csv.name).toBe('var-avtale-plikter.csv');
    expect(csv.text.startsWith('\uFEFFID;Punkt;Part;')).toBe(true);
    expect(csv.text.trimEnd().split('\r\n')).toHaveLength(Number(total) + 1);
  });

  test('is compared with the most alike guideline, Telemark, and with another the reader picks', async () => {
    const { page } = visit;
    await expect.poll(() => page.locator('[data-part="compared"]').textContent()).toBe('Telemark');
    expect(await page.locator('[data-choice] option').first().getAttribute('value')).toBe('telemark');
    // Each clause of both texts once: the draft's as its reading shows them, Telemark's as published.
    const sides = () =>
      page
        .locator('[data-part="comparison"] .pair-side h4 .clause-label')
        .evaluateAll((labels) => labels.map((label) => (label.textContent ?? '').replace(/\s+/g, ' ').trim()));
    const shown = await sides();
    expect(new Set(shown).size).toBe(shown.length);
    // Every clause with text of its own (a heading over sub-clauses only has nothing to compare).
    const withText = await page.locator('[data-part="reading"] section.clause:has(> .clause-body)').count();
    expect(shown.filter((label) => label.startsWith('Deres avtale'))).toHaveLength(withText);
    expect(shown.filter((label) => label.startsWith('Telemark')).length).toBeGreaterThanOrEqual(12);
    expect(await page.locator('[data-part="comparison"] article.pair[data-identical="true"]').count()).toBeGreaterThan(
      0,
    );
    await page.locator('[data-choice]').selectOption('unn');
    await expect.poll(() => page.locator('[data-part="compared"]').textContent()).toBe('UNN');
    expect((await sides()).some((label) => label.startsWith('UNN'))).toBe(true);
    expect((await sides()).some((label) => label.startsWith('Telemark'))).toBe(false);
    // Differences first: the summary before the first group, each difference linked to its group.
    const order = await page
      .locator('[data-part="comparison"] .compare-summary, [data-part="comparison"] .compare-group')
      .evaluateAll((nodes) => nodes.map((node) => node.className));
    expect(order[0]).toBe('compare-summary');
    for (const link of await page.locator('[data-part="comparison"] .summary-duties > li > a').all())
      expect(await page.locator((await link.getAttribute('href'))!).count()).toBe(1);
    const again = await sides();
    expect(new Set(again).size).toBe(again.length);
  });

  test('sends nothing of the file, breaks no policy rule, and never holds the page for 200 ms', async () => {
    expectNothingSent(visit.requests, file, cli.markdown);
    expect(visit.requests.some((request) => request.url().endsWith('/data/din-avtale/grunnlag.json'))).toBe(true);
    expect(visit.errors).toEqual([]);
    expect(longest).toBeLessThanOrEqual(200);
  });
});

test('a Word file built here: its clauses, list, table and footnote, the draft byte for byte', async () => {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('Normen er en bransjenorm for informasjonssikkerhet.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Retningslinje 9 Samarbeid om e-helse', heading: HeadingLevel.TITLE }),
          new Paragraph('Denne retningslinjen gjelder mellom kommunene i Vestfold og Sykehuset i Vestfold HF.'),
          new Paragraph({ text: '1 Formål', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun('Partene skal følge Normen'), new FootnoteReferenceRun(1), new TextRun('.')],
          }),
          new Paragraph({ text: '1.1 Meldingsutveksling', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Kommunen skal'),
          new Paragraph({ text: 'bruke elektroniske meldinger', bullet: { level: 0 } }),
          new Paragraph({ text: 'overvåke meldingsflyten hver dag', bullet: { level: 0 } }),
          new Paragraph({ text: '2 Kontaktpunkter', heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Part'), cell('Kontaktpunkt')] }),
              new TableRow({ children: [cell('Kommunen'), cell('Servicetorget')] }),
            ],
          }),
          new Paragraph({ text: 'Helseforetaket skal varsle om nedetid.', alignment: AlignmentType.LEFT }),
        ],
      },
    ],
  });
  const file = join(work, 'vestfold.docx');
  writeFileSync(file, await Packer.toBuffer(doc));
  const cli = runImport(file);
  const { page, requests, errors } = await open();
  await drop(page, file);
  await page.locator('[data-part="comparison"] .compare-summary').first().waitFor();
  expect(await clausesOnPage(page)).toEqual(['(innledning)', '1 Formål', '1.1 Meldingsutveksling', '2 Kontaktpunkter']);
  expect(await page.locator('[data-part="reading"] ul li').allTextContents()).toEqual([
    'bruke elektroniske meldinger',
    'overvåke meldingsflyten hver dag',
  ]);
  expect(await page.locator('[data-part="reading"] table td').allTextContents()).toEqual(['Kommunen', 'Servicetorget']);
  expect(await page.locator('[data-part="reading"] .footnotes li').textContent()).toContain('Normen er en bransjenorm');
  expect(await page.locator('[data-part="counts"]').textContent()).toMatch(
    /^4 i alt: 2 for kommunen, 1 for helseforetaket og 1 felles\./,
  );
  expect((await download(page, 'markdown')).text).toBe(cli.markdown);
  expectNothingSent(requests, file, cli.markdown);
  expect(errors).toEqual([]);
  await page.context().close();
});

describe('a file the page cannot read gets one Norwegian sentence, and the page stays usable', () => {
  const cases: Array<{ name: string; data: () => Uint8Array | Promise<Uint8Array>; sentence: RegExp }> = [
    { name: 'kryptert.pdf', data: encryptedPdf, sentence: /^PDF-en er passordbeskyttet/ },
    {
      name: 'skannet.pdf',
      data: async () => {
        const printer = await site.browser.newPage();
        await printer.setContent('<svg width="400" height="300"><rect width="400" height="300" fill="#246"/></svg>');
        const pdf = await printer.pdf({ format: 'A4', printBackground: true });
        await printer.close();
        return pdf;
      },
      sentence: /^PDF-en har ingen tekst, bare bilder av sidene/,
    },
    {
      name: 'bombe.pdf',
      data: () => pdfBomb({ bytes: 1024 * 1024 * 1024 }),
      sentence: /^Filen pakker seg ut til langt mer enn et vanlig dokument/,
    },
    {
      name: 'stor.pdf',
      data: () => new Uint8Array(50 * 1024 * 1024),
      sentence: /^Filen er 50 MB, og siden leser filer på opptil 20 MB/,
    },
    {
      name: 'gammel.docx',
      data: () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(2000).fill(0)]),
      sentence: /^Filen kan ikke leses som Word-dokument \(\.docx\): er det en eldre \.doc-fil/,
    },
    {
      name: 'avtale.txt',
      data: () => new TextEncoder().encode('{\\rtf1\\ansi 1 Formål}'),
      sentence: /^Filen er et RTF-dokument med \.txt-navn/,
    },
    {
      name: 'avtale.rtf',
      data: () => new TextEncoder().encode('{\\rtf1\\ansi 1 Formål}'),
      sentence: /^Siden leser PDF, Word/,
    },
  ];

  test.each(cases)('$name', async ({ name, data, sentence }) => {
    const file = join(work, name);
    writeFileSync(file, await data());
    const { page, errors } = await open();
    // A good file first: its answers must go when the bad one comes.
    const good = join(work, 'god.txt');
    writeFileSync(good, readFileSync(join(root, 'tests/fixtures/import/footnotes/input.txt')));
    await drop(page, good);
    await page.locator('[data-part="comparison"] .compare-summary').first().waitFor();
    await page.locator('#egen-fil').setInputFiles(file);
    const error = page.locator('[data-own-error]');
    await error.waitFor({ timeout: 60_000 });
    expect(await error.textContent()).toMatch(sentence);
    expect((await error.textContent())!.split(/[.:]\s/).length).toBeLessThanOrEqual(3);
    expect(await page.locator('[data-own-results]').isHidden()).toBe(true);
    expect(await page.locator('[data-part="reading"]').innerHTML()).toBe('');
    // Still usable: the next file is read.
    await page.locator('#egen-fil').setInputFiles(good);
    await page.locator('[data-part="reading"] section.clause').first().waitFor();
    expect(await error.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

test('without JavaScript the page says what it does and how an editor imports a file', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ownFileUrl());
  expect(await page.locator('[data-own-file]').isHidden()).toBe(true);
  const text = await page.locator('[data-no-script]').textContent();
  expect(text).toContain('npm run import');
  expect(text).toContain('docs/importing.md');
  expect(await page.locator('.own-promise').textContent()).toContain('Filen forlater ikke maskinen din');
  await context.close();
});

describe('the answers at every width, light and dark, by keyboard alone', () => {
  test.each([
    { width: 320, colorScheme: 'light' },
    { width: 390, colorScheme: 'dark' },
    { width: 1280, colorScheme: 'dark' },
    { width: 1280, colorScheme: 'light' },
  ] as const)('$width px, $colorScheme: axe finds nothing, nothing sticks out', async ({ width, colorScheme }) => {
    // axe is injected as an inline script, which the policy refuses: the audit context bypasses it.
    const context = await site.context({ viewport: { width, height: 800 }, colorScheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(ownFileUrl());
    const file = join(work, `bredde-${width}.pdf`);
    const printer = await site.browser.newPage({ baseURL: site.origin });
    await printer.goto(printUrl('telemark'));
    await printer.addStyleTag({ content: 'nav.toc { display: none !important }' });
    writeFileSync(file, await printer.pdf(PRINTED));
    await printer.close();
    await page.locator('#egen-fil').setInputFiles(file);
    await page.locator('[data-part="comparison"] .compare-summary').waitFor({ timeout: 60_000 });
    await page.locator('.own-report summary').click();
    expect(await auditPage(page)).toEqual([]);
    expect(await widthOf(page)).toEqual({ scrollWidth: width, culprits: [] });
    await context.close();
  });

  test('the file field, the pasted text, the downloads and the choice are reached and used by keyboard', async () => {
    const { page } = await open();
    const focused = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim());
    await page.locator('h1').click();
    const reached: string[] = [];
    for (let i = 0; i < 40 && !reached.includes('egen-fil'); i++) {
      await page.keyboard.press('Tab');
      reached.push(String(await focused()));
    }
    expect(reached).toContain('egen-fil');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Eller lim inn teksten');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('egen-tekst');
    await page.keyboard.insertText(readFileSync(join(root, 'tests/fixtures/import/footnotes/input.txt'), 'utf8'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('[data-part="comparison"] .compare-summary').waitFor();
    await page.locator('[data-part="markdown"]').focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('innlimt-tekst.md');
    await page.locator('[data-choice]').focus();
    const before = await page.locator('[data-part="compared"]').textContent();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('[data-part="compared"]').textContent()).not.toBe(before);
    await page.context().close();
  });
});
