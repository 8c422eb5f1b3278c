// `node scripts/bench/word-document.ts <out.docx> [pages]`: writes a long Word file for timing the import
// (`time npm run import -- <out.docx> --out <folder>`): the published Telemark text's paragraphs,
// repeated to about `pages` A4 pages (500 words a page), under Heading 1–2 numbered by one multilevel
// list linked to the styles, with lettered lists and a table in every clause. Not a test: it asserts nothing.
import { readFileSync, writeFileSync } from 'node:fs';
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

const [out = 'word-bench.docx', pages = '20'] = process.argv.slice(2);
const source = readFileSync(new URL('../../content/guidelines/telemark.md', import.meta.url), 'utf8');
const paragraphs = source
  .replace(/^---[^]*?---/, '')
  .split(/\n\n+/)
  .map((block) =>
    block
      .replace(/[#*_>|[\]{}=-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  )
  .filter((block) => block.split(' ').length > 8);
const target = Number(pages) * 500;
const level = (n: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: n,
  format,
  text,
  alignment: AlignmentType.LEFT,
});
const children: Array<Paragraph | Table> = [
  new Paragraph({ text: 'Retningslinje 7 Samarbeid om IKT-løsninger', heading: HeadingLevel.TITLE }),
];
let words = 0;
for (let clause = 0; words < target; clause++) {
  children.push(new Paragraph({ text: `Klausul ${clause + 1}`, heading: HeadingLevel.HEADING_1 }));
  for (let sub = 0; sub < 3; sub++) {
    children.push(new Paragraph({ text: `Underpunkt ${sub + 1}`, heading: HeadingLevel.HEADING_2 }));
    for (let k = 0; k < 3; k++) {
      const text = paragraphs[(clause * 9 + sub * 3 + k) % paragraphs.length]!;
      children.push(new Paragraph(text));
      words += text.split(' ').length;
    }
    for (const item of ['bruke elektroniske meldinger', 'teste nye versjoner', 'melde avvik'])
      children.push(new Paragraph({ text: item, numbering: { reference: 'bokstaver', level: 0 } }));
  }
  children.push(
    new Table({
      rows: [
        ['Part', 'Ansvar'],
        ['Kommunene', 'Drift av egne systemer'],
        ['Sykehuset', 'Drift av egne systemer'],
      ].map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
    }),
  );
}
const doc = new Document({
  numbering: {
    config: [
      {
        reference: 'overskrifter',
        levels: [level(0, LevelFormat.DECIMAL, '%1'), level(1, LevelFormat.DECIMAL, '%1.%2')],
      },
      { reference: 'bokstaver', levels: [level(0, LevelFormat.LOWER_LETTER, '%1)')] },
    ],
  },
  styles: {
    paragraphStyles: [1, 2].map((depth) => ({
      id: `Heading${depth}`,
      name: `Heading ${depth}`,
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { numbering: { reference: 'overskrifter', level: depth - 1 } },
    })),
  },
  sections: [{ children }],
});
writeFileSync(out, await Packer.toBuffer(doc));
console.log(`${out}: about ${words} words (${pages} pages of 500 words)`);
