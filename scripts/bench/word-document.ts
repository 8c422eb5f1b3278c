// `node scripts/bench/word-document.ts <out.docx> [pages]`: writes a long Word file for timing the import
// (`time npm run import -- <out.docx> --out <folder>`; `npm run bench -- --import` does it for a Word
// file and a PDF): the published Telemark text's paragraphs, repeated to about `pages` A4 pages (500
// words a page), under Heading 1–2 numbered by one multilevel list linked to the styles, with lettered
// lists and a table in every clause. The same agreement as HTML, for printing to PDF. Not a test: it
// asserts nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { runMain } from '../lib/cli.ts';
import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table } from 'docx';
import { listLevel, numberedHeadingStyles, textTable } from '../lib/word-build.ts';

/** The Telemark text's paragraphs of more than eight words, as plain text. */
function sourceParagraphs(): string[] {
  const source = readFileSync(new URL('../../content/guidelines/telemark.md', import.meta.url), 'utf8');
  return source
    .replace(/^---[^]*?---/, '')
    .split(/\n\n+/)
    .map((block) =>
      block
        .replace(/[#*_>|[\]{}=-]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((block) => block.split(' ').length > 8);
}

const ITEMS = ['bruke elektroniske meldinger', 'teste nye versjoner', 'melde avvik'];
const TABLE = [
  ['Part', 'Ansvar'],
  ['Kommunene', 'Drift av egne systemer'],
  ['Sykehuset', 'Drift av egne systemer'],
];

/** The agreement's clauses: for each, three sub-clauses of three paragraphs, until about `pages` × 500 words. */
function clauses(pages: number): string[][][] {
  const paragraphs = sourceParagraphs();
  const result: string[][][] = [];
  for (let clause = 0, words = 0; words < pages * 500; clause++) {
    const subs: string[][] = [];
    for (let sub = 0; sub < 3; sub++) {
      const texts = [0, 1, 2].map((k) => paragraphs[(clause * 9 + sub * 3 + k) % paragraphs.length]!);
      words += texts.reduce((sum, text) => sum + text.split(' ').length, 0);
      subs.push(texts);
    }
    result.push(subs);
  }
  return result;
}

const TITLE = 'Retningslinje 7 Samarbeid om IKT-løsninger';

/** The agreement as a .docx whose headings Word numbers itself; with its word count. */
export async function wordDocument(pages: number): Promise<{ bytes: Buffer; words: number }> {
  const children: Array<Paragraph | Table> = [new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE })];
  let words = 0;
  clauses(pages).forEach((subs, clause) => {
    children.push(new Paragraph({ text: `Klausul ${clause + 1}`, heading: HeadingLevel.HEADING_1 }));
    subs.forEach((texts, sub) => {
      children.push(new Paragraph({ text: `Underpunkt ${sub + 1}`, heading: HeadingLevel.HEADING_2 }));
      for (const text of texts) {
        children.push(new Paragraph(text));
        words += text.split(' ').length;
      }
      for (const item of ITEMS)
        children.push(new Paragraph({ text: item, numbering: { reference: 'bokstaver', level: 0 } }));
    });
    children.push(textTable(TABLE));
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'overskrifter',
          levels: [listLevel(0, LevelFormat.DECIMAL, '%1'), listLevel(1, LevelFormat.DECIMAL, '%1.%2')],
        },
        { reference: 'bokstaver', levels: [listLevel(0, LevelFormat.LOWER_LETTER, '%1)')] },
      ],
    },
    styles: { paragraphStyles: numberedHeadingStyles('overskrifter', { depths: 2 }) },
    sections: [{ children }],
  });
  return { bytes: await Packer.toBuffer(doc), words };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The same agreement as an HTML page with its numbers written out, for Chromium to print as a PDF. */
export function agreementHtml(pages: number): string {
  const body = clauses(pages)
    .map(
      (subs, clause) =>
        `<h2>${clause + 1} Klausul ${clause + 1}</h2>` +
        subs
          .map(
            (texts, sub) =>
              `<h3>${clause + 1}.${sub + 1} Underpunkt ${sub + 1}</h3>` +
              texts.map((text) => `<p>${escape(text)}</p>`).join('') +
              `<ol type="a">${ITEMS.map((item) => `<li>${item}</li>`).join('')}</ol>`,
          )
          .join('') +
        `<table>${TABLE.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`,
    )
    .join('');
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${TITLE}</title><style>body{font:11pt/1.45 serif}td{border:1px solid #444;padding:3pt}</style></head><body><h1>${TITLE}</h1>${body}</body></html>`;
}

await runMain(import.meta.url, 'word-document', async () => {
  const [out = 'word-bench.docx', pages = '20'] = process.argv.slice(2);
  const { bytes, words } = await wordDocument(Number(pages));
  writeFileSync(out, bytes);
  console.log(`${out}: about ${words} words (${pages} pages of 500 words)`);
});
