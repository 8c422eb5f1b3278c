import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { topicsSchema } from '../../src/lib/model/schema.ts';
import { parseGuideline } from '../../src/lib/parse/guideline.ts';
import { parseTopics } from '../../src/lib/parse/topics.ts';
import { linesFromPdf } from '../../src/lib/import/pdf-lines.ts';
import { excessWords, wordParts } from '../../src/lib/import/words.ts';
import type { MetaSchema } from '../../src/lib/model/types.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';

// A guideline printed to PDF through Chromium, with a running header and "Side X av Y" in the
// footer on every page, is imported back; so is a PDF with no text at all.
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'import-pdf-'));
const anyMeta: MetaSchema<Record<string, unknown>> = {
  safeParse: (data) => ({ success: true, data: data as Record<string, unknown> }),
};
const topics = new Set(
  parseTopics(readFileSync(join(root, 'content/topics.yaml'), 'utf8'), {
    file: 'content/topics.yaml',
    schema: topicsSchema,
  }).map((topic) => topic.id),
);
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (!process.env.KEEP_IMPORT_PDF) rmSync(work, { recursive: true, force: true });
});

async function print(html: string, file: string, options: { header?: string; footer?: string } = {}): Promise<string> {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({
    format: 'A4',
    displayHeaderFooter: Boolean(options.header || options.footer),
    headerTemplate: options.header ?? '<span></span>',
    footerTemplate: options.footer ?? '<span></span>',
    margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
  });
  await page.close();
  const path = join(work, file);
  writeFileSync(path, pdf);
  return path;
}

function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sentence =
  'Partene skal sørge for at IKT-løsninger for elektronisk samhandling er sikre, tilgjengelige og av god kvalitet, og at helse- og omsorgstjenesten i kommunen får melding om endringer i god tid.';
const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${i + 1}. ledd. ${sentence}</p>`).join('\n');
const guideline = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Retningslinje 8</title>
<style>body { font: 11pt/1.4 sans-serif } table { width: 100%; border-collapse: collapse } td, th { padding: 2pt 6pt; width: 33% } h1 { font-size: 18pt } h2 { font-size: 14pt } h3 { font-size: 12pt } .narrow { width: 13em }</style></head><body>
<h1>Retningslinje 8 Digital samhandling</h1>
<p>Retningslinjen gjelder mellom kommunene i Agder og Sørlandet sykehus HF, godkjent i Overordnet samarbeidsutvalg 12.03.2024.</p>
<h2>1 Formål</h2>
${paragraphs(6)}
<h2>2 Ansvar</h2>
<h3>2.1 Meldingsutveksling</h3>
<p>Partene forplikter seg til å</p>
<ul><li>følge nasjonale standarder for meldinger</li><li>overvåke meldingsflyten hver dag</li><li>melde avvik til kontaktpunktet</li></ul>
${paragraphs(8)}
<p>Kontaktpunktene er disse:</p>
<table><thead><tr><th>Part</th><th>Kontaktpunkt</th><th>Svartid</th></tr></thead>
<tbody><tr><td>Kommunen</td><td>Servicetorget</td><td>2 timer</td></tr><tr><td>Sykehuset</td><td>IKT-avdelingen</td><td>1 time</td></tr></tbody></table>
<h3>Felles ansvar</h3>
<p class="narrow">Kommunen og sykehuset bruker IKT-løsninger som er godkjent, og IKT-løsninger som er testet, og IKT-løsninger som er dokumentert.</p>
${paragraphs(8)}
<h2>3 Varighet</h2>
<p>Retningslinjen gjelder til den blir sagt opp.</p>
</body></html>`;
const header = '<div style="font-size:8pt;width:100%;text-align:center">Retningslinje 8 – Agder</div>';
const footer =
  '<div style="font-size:8pt;width:100%;text-align:center">Side <span class="pageNumber"></span> av <span class="totalPages"></span></div>';

describe('a guideline printed through Chromium with a running header and page numbers', () => {
  let input: string;
  let result: ReturnType<typeof runImport>;
  let markdown: string;
  beforeAll(async () => {
    input = await print(guideline, 'agder.pdf', { header, footer });
    result = runImport(input, '--out', join(work, 'out'));
    markdown = readFileSync(join(work, 'out', 'agder.md'), 'utf8');
  });

  test('spans several pages, each with the header and its page number, and a hyphen at a line end', async () => {
    const lines = await linesFromPdf(new Uint8Array(readFileSync(input)), input);
    const pages = Math.max(...lines.map((line) => line.page));
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(lines.filter((line) => line.text === 'Retningslinje 8 – Agder')).toHaveLength(pages);
    expect(lines.filter((line) => /^Side \d+ av \d+$/.test(line.text))).toHaveLength(pages);
    expect(lines.some((line) => line.text.endsWith('IKT-'))).toBe(true);
  });

  test('is imported with exit code 0, every word kept', () => {
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('words: every word of the source is in the draft');
    expect(result.code).toBe(0);
  });

  test('has its clauses, numbered and unnumbered, at the right levels', () => {
    const { clauses } = parseGuideline(markdown, { file: 'agder.md', schema: anyMeta, topics });
    expect(clauses.map((c) => `${c.level} ${c.number ?? '–'} ${c.heading ?? '(innledning)'}`)).toEqual([
      '1 – (innledning)',
      '1 1 Formål',
      '1 2 Ansvar',
      '2 2.1 Meldingsutveksling',
      '3 – Felles ansvar',
      '1 3 Varighet',
    ]);
    expect(clauses.find((c) => c.id === 'punkt-2-1')!.text).toContain(
      '- følge nasjonale standarder for meldinger\n- overvåke meldingsflyten hver dag\n- melde avvik til kontaktpunktet',
    );
    expect(clauses.find((c) => c.id === 'punkt-2-1')!.text).toContain(
      'Kontaktpunktene er disse:\n\nPart | Kontaktpunkt | Svartid\nKommunen | Servicetorget | 2 timer\nSykehuset | IKT-avdelingen | 1 time',
    );
  });

  test('has the words of the page, no running header or page number, and words split at a hyphen joined', async () => {
    const page = await browser.newPage();
    await page.setContent(guideline);
    const printed = wordParts(await page.evaluate(() => document.body.innerText));
    await page.close();
    const { clauses } = parseGuideline(markdown, { file: 'agder.md', schema: anyMeta, topics });
    const title = /^title: "(.*)"$/m.exec(markdown)?.[1] ?? '';
    const drafted = wordParts([title, ...clauses.flatMap((c) => [c.number ?? '', c.heading ?? '', c.text])].join('\n'));
    expect({ missing: excessWords(printed, drafted), extra: excessWords(drafted, printed) }).toEqual({
      missing: [],
      extra: [],
    });
    expect(markdown).not.toMatch(/Side \d+ av \d+|Retningslinje 8 – Agder/);
    expect(markdown).not.toMatch(/IKT- løsninger/);
    expect(markdown).toMatch(/^title: "Retningslinje 8 Digital samhandling"$/m);
    expect(markdown).toMatch(/^approved:\n {2}date: 2024-03-12\n {2}by: "Overordnet samarbeidsutvalg"$/m);
  });
});

test('a PDF with no text (a scan) stops the import with one line, exit code 2, nothing written', async () => {
  const input = await print(
    '<!doctype html><html><body><svg width="400" height="300"><rect width="400" height="300" fill="#246"/></svg></body></html>',
    'skannet.pdf',
  );
  const out = join(work, 'scan');
  const { code, stdout, stderr } = runImport(input, '--out', out);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr.trimEnd()).toMatch(
    /skannet\.pdf: the PDF has no text layer \(scanned pages or images only\): run it through OCR first/,
  );
  expect(stdout).toBe('');
  expect(code).toBe(2);
  expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
});

// A tjenesteavtale as other regions publish it: a cover with the parties on lines of their own and a
// stamp, a contents page with dot leaders, clauses numbered 1.0, 2.0, 2.1, a lettered list, the
// municipality's blank and a signature block.
const agreement = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Tjenesteavtale 9</title>
<style>body { font: 11pt/1.4 sans-serif } .page { break-after: page } h1 { font-size: 18pt } h2 { font-size: 14pt } h3 { font-size: 12pt } .cover p { font-size: 16pt; text-align: center } .sign { white-space: pre }</style></head><body>
<div class="page cover"><p>Tjenesteavtale nr. 9</p><p>mellom</p><p>XX kommune</p><p>og</p><p>Helse Fonna HF</p><p>Revidert november 2018</p></div>
<div class="page"><p>Innhold</p>
<p>1.0 Parter ........................................................................ 2</p>
<p>2.0 Bakgrunn og formål ..................................................... 2</p>
<p>2.1 Lovgrunnlag ................................................................ 2</p>
<p>3.0 Ansvar ........................................................................ 2</p>
<p>4.0 Kontaktpunkter .......................................................... 2</p></div>
<h1>Tjenesteavtale om IKT-løsninger og elektronisk samhandling</h1>
<h2>1.0 Parter</h2>
<p>Avtalen er inngått mellom XX kommune og Helse Fonna HF.</p>
<h2>2.0 Bakgrunn og formål</h2>
<p>${sentence}</p>
<h3>2.1 Lovgrunnlag</h3>
<p>Avtalen bygger på helse- og omsorgstjenesteloven § 6-2 og spesialisthelsetjenesteloven § 2-1 e.</p>
<h2>3.0 Ansvar</h2>
<p>Partene skal:</p>
<p>a) bruke standardiserte meldinger over Norsk helsenett</p>
<p>b) melde avvik til kontaktpunktet hos den andre parten</p>
<p>c) varsle om planlagt nedetid i god tid</p>
<h2>4.0 Kontaktpunkter</h2>
<ul><li>kommunens servicetorg</li><li>sykehusets IKT-avdeling</li><li>Norsk helsenett</li></ul>
<p>Sted og dato: ……………</p>
<p class="sign">______________________          ______________________</p>
<p class="sign">for XX kommune                  for Helse Fonna HF</p>
</body></html>`;

describe('an agreement printed through Chromium with a cover, a contents page and 1.0-numbered clauses', () => {
  let result: ReturnType<typeof runImport>;
  let markdown: string;
  beforeAll(async () => {
    const input = await print(agreement, 'fonna.pdf');
    result = runImport(input, '--out', join(work, 'fonna'));
    markdown = readFileSync(join(work, 'fonna', 'fonna.md'), 'utf8');
  });

  test('is imported with exit code 0, every word of the body kept', () => {
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('words: every word of the source is in the draft');
    expect(result.code).toBe(0);
  });

  test('has the document’s title, not the cover’s, and its clauses at the right levels, the N.0 numbers kept', () => {
    expect(markdown).toMatch(/^title: "Tjenesteavtale om IKT-løsninger og elektronisk samhandling"$/m);
    expect(markdown).toMatch(/^number: "9"$/m);
    const { clauses } = parseGuideline(markdown, { file: 'fonna.md', schema: anyMeta, topics });
    expect(clauses.map((c) => `${c.level} ${c.id} ${c.number ?? '–'} ${c.heading ?? '(innledning)'}`)).toEqual([
      '1 punkt-1 1.0 Parter',
      '1 punkt-2 2.0 Bakgrunn og formål',
      '2 punkt-2-1 2.1 Lovgrunnlag',
      '1 punkt-3 3.0 Ansvar',
      '1 punkt-4 4.0 Kontaktpunkter',
    ]);
    // A list set in from the text right under a heading: its first item is an item like the rest.
    expect(clauses.find((c) => c.id === 'punkt-4')!.text).toBe(
      '- kommunens servicetorg\n- sykehusets IKT-avdeling\n- Norsk helsenett',
    );
    expect(clauses.find((c) => c.id === 'punkt-3')!.text).toBe(
      'Partene skal:\n\n- a) bruke standardiserte meldinger over Norsk helsenett\n- b) melde avvik til kontaktpunktet hos den andre parten\n- c) varsle om planlagt nedetid i god tid',
    );
  });

  test('leaves the cover, the contents list and the signature block out of the body, and lists them', () => {
    const body = markdown.replace(/^---\n[^]*?\n---\n/, '');
    expect(body).not.toMatch(/Innhold|\.{5,}|Revidert|Sted og dato|_{5,}/);
    expect(body).toContain('Avtalen er inngått mellom :plassholder[kommune] kommune og Helse Fonna HF.');
    expect(result.stdout).toMatch(/page 1, line \d+: cover: Revidert november 2018/);
    expect(result.stdout).toMatch(/page 2, line \d+: contents list: 2\.1 Lovgrunnlag \.+ ?2/);
    expect(result.stdout).toMatch(/signature block: for XX kommune for Helse Fonna HF/);
    expect(markdown).toContain(
      'signatories:\n  - { role: kommune, name: "…………………… kommune" }\n  - { role: helseforetak, name: "Helse Fonna HF" }',
    );
  });
});
