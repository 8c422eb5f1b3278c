import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
} from 'docx';
import type { Browser } from 'playwright-core';

// The two agreements the project does not hold (tests/fixtures/import/unseen-word, unseen-pdf) made
// into the files a region has: a .docx whose headings Word numbers itself, a PDF printed by Chromium.
// import-unseen.test.ts scores what the import makes of them; own-file.test.ts drops them on the page.

/** The lines of a fixture file that are not comments. */
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

/** document.txt → a .docx: Heading 1/2 numbered by Word's multilevel list, lettered items by a list of their own. */
export async function unseenDocx(source: string, work: string): Promise<{ file: string; text: string }> {
  const children: Array<Paragraph | Table> = [];
  const words: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    children.push(new Table({ rows: rows.map((row) => new TableRow({ children: row.map(cell) })) }));
    rows = [];
  };
  for (const line of lines(source)) {
    const [style, ...rest] = line.split(': ');
    const text = rest.join(': ');
    words.push(text.replaceAll(' | ', ' '));
    if (style === 'table') {
      rows.push(text.split('|').map((cell) => cell.trim()));
      continue;
    }
    flush();
    const paragraph: Record<string, (text: string) => Paragraph> = {
      subtitle: (text) => new Paragraph(text),
      title: (text) => new Paragraph({ text, heading: HeadingLevel.TITLE }),
      para: (text) => new Paragraph(text),
      heading1: (text) =>
        new Paragraph({ text, heading: HeadingLevel.HEADING_1, numbering: { reference: 'overskrifter', level: 0 } }),
      heading2: (text) =>
        new Paragraph({ text, heading: HeadingLevel.HEADING_2, numbering: { reference: 'overskrifter', level: 1 } }),
      letter: (text) => new Paragraph({ text, numbering: { reference: 'bokstavar', level: 0 } }),
    };
    const make = paragraph[style!];
    if (!make) throw new Error(`${source}: unknown style «${style}»`);
    children.push(make(text));
  }
  flush();
  const level = (level: number, text: string, format: (typeof LevelFormat)[keyof typeof LevelFormat]) => ({
    level,
    format,
    text,
    alignment: AlignmentType.START,
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'overskrifter',
          levels: [level(0, '%1', LevelFormat.DECIMAL), level(1, '%1.%2', LevelFormat.DECIMAL)],
        },
        { reference: 'bokstavar', levels: [level(0, '%1)', LevelFormat.LOWER_LETTER)] },
      ],
    },
    sections: [{ children }],
  });
  const file = join(work, 'avtale.docx');
  writeFileSync(file, await Packer.toBuffer(doc));
  return { file, text: words.join('\n') };
}

/** agreement.html → a PDF printed by Chromium. */
export async function unseenPdf(
  source: string,
  work: string,
  browser: Browser,
): Promise<{ file: string; text: string }> {
  const html = readFileSync(source, 'utf8');
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({ format: 'A4', margin: { top: '25mm', bottom: '25mm', left: '22mm', right: '22mm' } });
  await page.close();
  const file = join(work, 'avtale.pdf');
  writeFileSync(file, pdf);
  const body = html
    .replace(/<head>[\s\S]*<\/head>/u, '')
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<[^>]+>/gu, ' ');
  return { file, text: body };
}
