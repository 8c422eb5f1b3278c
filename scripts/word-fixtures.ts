// `node scripts/word-fixtures.ts [word-<case> …]`: writes the Word import's fixtures, tests/fixtures/import/word-<case>/input.docx,
// from the table below (Word files made with the `docx` package: real numbering.xml with abstract lists,
// levels, overrides and style-linked numbering; two are damaged on purpose afterwards). With LibreOffice
// installed it also records how LibreOffice renders each one, libreoffice.txt
// (`soffice --headless --norestore --convert-to txt:Text`), which tests/unit/import/word.test.ts
// compares the draft's numbers with; the tests need no LibreOffice.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { listLevel, numberedHeadingStyles } from './lib/word-build.ts';

const fixtures = new URL('../tests/fixtures/import/', import.meta.url);

const level = listLevel;
const text = (words: string) => new Paragraph(words);
const heading = (words: string, depth: 1 | 2 | 3 = 1) =>
  new Paragraph({
    text: words,
    heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][depth - 1],
  });
const item = (words: string, reference: string, depth = 0, instance?: number) =>
  new Paragraph({
    text: words,
    numbering: { reference, level: depth, ...(instance === undefined ? {} : { instance }) },
  });

// Heading 1–3 numbered `1`, `1.1`, `1.1.1` by one multilevel list linked to the styles, as Word's
// «Heading numbering» and most agreements do it; lettered and bulleted lists in the text.

const headings = () =>
  new Document({
    numbering: {
      config: [
        {
          reference: 'overskrifter',
          levels: [
            level(0, LevelFormat.DECIMAL, '%1'),
            level(1, LevelFormat.DECIMAL, '%1.%2'),
            level(2, LevelFormat.DECIMAL, '%1.%2.%3'),
          ],
        },
        {
          reference: 'bokstaver',
          levels: [level(0, LevelFormat.LOWER_LETTER, '%1)'), level(1, LevelFormat.LOWER_ROMAN, '%2.')],
        },
        { reference: 'kuler', levels: [level(0, LevelFormat.BULLET, '\u2022')] },
      ],
    },
    styles: { paragraphStyles: numberedHeadingStyles('overskrifter') },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Retningslinje 7 Samarbeid om IKT-løsninger', heading: HeadingLevel.TITLE }),
          heading('Formål'),
          text('Retningslinjen gjelder samarbeid om elektronisk samhandling.'),
          heading('Grunnlag'),
          heading('Lovgrunnlag', 2),
          text('Partene skal:'),
          item('bruke elektroniske meldinger', 'bokstaver'),
          item('teste nye versjoner', 'bokstaver'),
          item('for meldinger', 'bokstaver', 1),
          item('for bilder', 'bokstaver', 1),
          item('melde avvik', 'bokstaver'),
          heading('Avtaler', 2),
          heading('Databehandleravtale', 3),
          text('Partene inngår databehandleravtale.'),
          heading('Ansvar'),
          text('Hver part har ansvar for'),
          item('egne systemer', 'kuler'),
          item('egne brukere', 'kuler'),
          heading('Roller', 2),
          text('Partene har kontaktpunkter.'),
        ],
      },
    ],
  });

// Formats and starts: a heading list shown as `Punkt 1`, sub-clauses `1.1`; lists in upper letters from C,
// lower roman in brackets, decimals with a zero, upper roman; a list continued after a paragraph and one restarted.
const formats = () =>
  new Document({
    numbering: {
      config: [
        {
          reference: 'punkt',
          levels: [level(0, LevelFormat.DECIMAL, 'Punkt %1'), level(1, LevelFormat.DECIMAL, '%1.%2')],
        },
        { reference: 'store', levels: [level(0, LevelFormat.UPPER_LETTER, '%1.', 3)] },
        { reference: 'romertall', levels: [level(0, LevelFormat.LOWER_ROMAN, '(%1)')] },
        { reference: 'null', levels: [level(0, LevelFormat.DECIMAL_ZERO, '%1.')] },
        { reference: 'romerske', levels: [level(0, LevelFormat.UPPER_ROMAN, '%1')] },
        { reference: 'tall', levels: [level(0, LevelFormat.DECIMAL, '%1.')] },
      ],
    },
    styles: { paragraphStyles: numberedHeadingStyles('punkt', { depths: 2 }) },
    sections: [
      {
        children: [
          heading('Formål'),
          item('første krav', 'store'),
          item('andre krav', 'store'),
          heading('Grunnlag'),
          heading('Meldinger', 2),
          item('første ledd', 'romertall'),
          item('andre ledd', 'romertall'),
          item('tredje ledd', 'romertall'),
          item('fjerde ledd', 'romertall'),
          heading('Oppfølging', 2),
          item('første steg', 'null'),
          item('andre steg', 'null'),
          item('første fase', 'romerske'),
          item('andre fase', 'romerske'),
          heading('Varsling'),
          item('varsle', 'tall'),
          item('følge opp', 'tall'),
          text('Deretter:'),
          item('lukke saken', 'tall'),
          text('En ny liste:'),
          item('starte på nytt', 'tall', 0, 2),
          item('fortsette', 'tall', 0, 2),
        ],
      },
    ],
  });

// A custom heading style, known as a heading by its outline level only, numbered `1.`, `1.1.` on the paragraphs themselves.
const outline = () =>
  new Document({
    numbering: {
      config: [
        {
          reference: 'avsnitt',
          levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.DECIMAL, '%1.%2.')],
        },
      ],
    },
    styles: {
      paragraphStyles: [
        {
          id: 'Avsnitt',
          name: 'Avsnittsoverskrift',
          basedOn: 'Normal',
          run: { bold: true },
          paragraph: { outlineLevel: 0 },
        },
        { id: 'Underavsnitt', name: 'Underavsnitt', basedOn: 'Avsnitt', paragraph: { outlineLevel: 1 } },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Formål', style: 'Avsnitt', numbering: { reference: 'avsnitt', level: 0 } }),
          text('Avtalen gjelder IKT-samarbeid.'),
          new Paragraph({ text: 'Ansvar', style: 'Avsnitt', numbering: { reference: 'avsnitt', level: 0 } }),
          new Paragraph({
            text: 'Kommunens ansvar',
            style: 'Underavsnitt',
            numbering: { reference: 'avsnitt', level: 1 },
          }),
          text('Kommunen drifter sine systemer.'),
          new Paragraph({ text: 'Sykehuset', style: 'Underavsnitt', numbering: { reference: 'avsnitt', level: 1 } }),
          text('Sykehuset drifter sine systemer.'),
        ],
      },
    ],
  });

// A cover page (organisation, kind and number, title, version), a contents list in Word's TOC styles,
// numbered headings, a page header and a footer with page fields, a footnote, a table with an empty and merged cells.
const cover = () =>
  new Document({
    numbering: {
      config: [
        {
          reference: 'overskrifter',
          levels: [level(0, LevelFormat.DECIMAL, '%1'), level(1, LevelFormat.DECIMAL, '%1.%2')],
        },
      ],
    },
    styles: {
      paragraphStyles: [
        ...numberedHeadingStyles('overskrifter', { depths: 2 }),
        { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', run: { bold: true } },
        { id: 'TOC1', name: 'toc 1', basedOn: 'Normal' },
        { id: 'TOC2', name: 'toc 2', basedOn: 'Normal' },
      ],
    },
    footnotes: { 1: { children: [text('Normen er en bransjenorm for informasjonssikkerhet.')] } },
    sections: [
      {
        headers: { default: new Header({ children: [text('Helsefellesskapet Vestfjell – delavtale 7')] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun('Side '),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                  new TextRun(' av '),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          text('Helsefellesskapet Vestfjell'),
          text('Retningslinje 7'),
          text('Samarbeid om IKT-løsninger og elektronisk samhandling'),
          text('mellom kommunene i Helsefellesskapet Vestfjell og Vestfjell sykehus HF'),
          text('Versjon 1.0'),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ text: 'Innhold', style: 'TOCHeading' }),
          new Paragraph({ text: '1 Formål\t2', style: 'TOC1' }),
          new Paragraph({ text: '2 Kontaktpunkter\t2', style: 'TOC1' }),
          new Paragraph({ text: '2.1 Nedetid\t3', style: 'TOC2' }),
          heading('Formål'),
          new Paragraph({
            children: [new TextRun('Partene følger Normen'), new FootnoteReferenceRun(1), new TextRun('.')],
          }),
          heading('Kontaktpunkter'),
          new Table({
            rows: [
              new TableRow({
                children: ['Part', 'Kontakt', 'Telefon'].map((t) => new TableCell({ children: [text(t)] })),
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [text('Kommunene')], rowSpan: 2 }),
                  new TableCell({ children: [text('Servicetorget')] }),
                  new TableCell({ children: [text('')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [text('Legevakten')] }),
                  new TableCell({ children: [text('113')] }),
                ],
              }),
              new TableRow({
                children: [new TableCell({ children: [text('Sykehuset: IKT-avdelingen')], columnSpan: 3 })],
              }),
            ],
          }),
          heading('Nedetid', 2),
          text('Partene varsler planlagt nedetid.'),
        ],
      },
    ],
  });

// Tracked changes (an insertion, a deletion) and a comment.
const tracked = () =>
  new Document({
    comments: {
      children: [
        { id: 0, author: 'Kari', date: new Date('2026-01-05'), children: [text('Bør fristen være kortere?')] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Retningslinje for IKT-samarbeid', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '1 Nedetid', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Partene varsler '),
              new DeletedTextRun({ id: 1, author: 'Ola', date: '2026-01-04T10:00:00Z', text: 'muntlig ' }),
              new InsertedTextRun({ id: 2, author: 'Ola', date: '2026-01-04T10:00:00Z', text: 'skriftlig ' }),
              new TextRun('om planlagt nedetid '),
              new CommentRangeStart(0),
              new TextRun('fem dager før.'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
        ],
      },
    ],
  });

// No heading styles: bold Normal paragraphs numbered `1`, `1.1` by Word's numbering are the headings.
const plain = () => {
  const line = (words: string, depth: number) =>
    new Paragraph({
      children: [new TextRun({ text: words, bold: true })],
      numbering: { reference: 'nummer', level: depth },
    });
  return new Document({
    numbering: {
      config: [
        { reference: 'nummer', levels: [level(0, LevelFormat.DECIMAL, '%1'), level(1, LevelFormat.DECIMAL, '%1.%2')] },
      ],
    },
    sections: [
      {
        children: [
          text('Denne retningslinjen gjelder samarbeid om IKT.'),
          line('Formål', 0),
          text('Partene samarbeider om elektronisk samhandling.'),
          line('Ansvar', 0),
          line('Kommunens ansvar', 1),
          text('Kommunen drifter egne systemer.'),
          line('Sykehuset', 1),
          text('Sykehuset drifter egne systemer.'),
        ],
      },
    ],
  });
};

// A Heading 2 before any Heading 1: the level above counts as used (LibreOffice shows `1.1`, then `2`, `2.1`).
const orphan = () =>
  new Document({
    numbering: {
      config: [
        {
          reference: 'overskrifter',
          levels: [level(0, LevelFormat.DECIMAL, '%1'), level(1, LevelFormat.DECIMAL, '%1.%2')],
        },
      ],
    },
    styles: { paragraphStyles: numberedHeadingStyles('overskrifter', { depths: 2 }) },
    sections: [
      {
        children: [
          heading('Innledende punkt', 2),
          text('Tekst.'),
          heading('Formål'),
          heading('Mål', 2),
          text('Mer tekst.'),
        ],
      },
    ],
  });

// Lettered items that are the heading list's third level (`%3)`), so a body paragraph starts two levels
// below any list item, and a list whose first item is at its second level: Word shows `a)` set in,
// mammoth writes an empty item for each level skipped.
const skipped = () =>
  new Document({
    numbering: {
      config: [
        {
          reference: 'overskrifter',
          levels: [
            level(0, LevelFormat.DECIMAL, '%1.'),
            level(1, LevelFormat.DECIMAL, '%1.%2'),
            level(2, LevelFormat.LOWER_LETTER, '%3)'),
          ],
        },
        {
          reference: 'punkter',
          levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.LOWER_LETTER, '%2)')],
        },
      ],
    },
    styles: { paragraphStyles: numberedHeadingStyles('overskrifter', { depths: 2 }) },
    sections: [
      {
        children: [
          heading('Meldinger'),
          heading('Krav', 2),
          text('Partene skal:'),
          item('følge standardene,', 'overskrifter', 2),
          item('bruke Adresseregisteret, og', 'overskrifter', 2),
          item('oppgi en kontaktperson.', 'overskrifter', 2),
          heading('Oppfølging'),
          text('Fagrådet skal hvert år'),
          item('gå gjennom avvikene, og', 'overskrifter', 2),
          item('rapportere til samarbeidsutvalget.', 'overskrifter', 2),
          text('Ved nedetid skal partene'),
          item('varsle hverandre, og', 'punkter', 1),
          item('bruke telefon.', 'punkter', 1),
        ],
      },
    ],
  });

// Lettered items typed into paragraphs of their own, no Word numbering: a run from «a)» in order is a
// list; a lone «a)», letters out of order and a run whose marks differ stay paragraphs.
const typedLetters = () =>
  new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Retningslinje for meldinger', heading: HeadingLevel.TITLE }),
          heading('1 Plikter'),
          text('Kommunen og sykehuset skal:'),
          text('a) sende meldinger over helsenettet,'),
          text('b) lese kvitteringene hver dag,'),
          text('c) melde feil til den andre parten.'),
          text('Etter listen kommer et avsnitt.'),
          heading('2 Unntak'),
          text('a) Et avsnitt som begynner med en bokstav, alene.'),
          text('Partene kan:'),
          text('a) ringe,'),
          text('c) skrive.'),
          text('Til slutt:'),
          text('a) først,'),
          text('b. så.'),
        ],
      },
    ],
  });

/** A damaging edit of one part of a Word file. */
type Damage = { part: string; edit: (xml: string) => string };

// Style-linked numbering whose style is gone, and a paragraph numbered by a list that is not defined.
const missingStyle: Damage = {
  part: 'word/numbering.xml',
  edit: (xml) => xml.replace(/(<w:abstractNum\b[^>]*>)/g, '$1<w:numStyleLink w:val="Overskriftsliste"/>'),
};
const missingList: Damage = {
  part: 'word/document.xml',
  edit: (xml) => xml.replace(/<w:numId w:val="\d+"\/>/, '<w:numId w:val="42"/>'),
};

const cases: Record<string, { document: () => Document; damage?: Damage }> = {
  'word-headings': { document: headings },
  'word-formats': { document: formats },
  'word-outline': { document: outline },
  'word-cover': { document: cover },
  'word-tracked': { document: tracked },
  'word-plain-numbered': { document: plain },
  'word-orphan-level': { document: orphan },
  'word-skipped-levels': { document: skipped },
  'word-typed-letters': { document: typedLetters },
  'word-missing-style': { document: headings, damage: missingStyle },
  'word-missing-list': { document: formats, damage: missingList },
};

const soffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

// `node scripts/word-fixtures.ts word-<case> …` writes only those (a Word file's bytes change each time it is written).
const only = process.argv.slice(2);
for (const [name, { document, damage }] of Object.entries(cases)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const folder = new URL(`${name}/`, fixtures);
  mkdirSync(folder, { recursive: true });
  let bytes: Uint8Array = new Uint8Array(await Packer.toBuffer(document()));
  if (damage) {
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file(damage.part)!.async('string');
    const edited = damage.edit(xml);
    if (edited === xml) throw new Error(`${name}: the damage changed nothing in ${damage.part}`);
    zip.file(damage.part, edited);
    bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }
  const input = new URL('input.docx', folder);
  writeFileSync(input, bytes);
  if (!soffice || damage) continue;
  const work = mkdtempSync(join(tmpdir(), 'word-fixtures-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--norestore',
        '--convert-to',
        'txt:Text',
        '--outdir',
        work,
        input.pathname,
      ],
      { stdio: 'ignore' },
    );
    const out = join(work, 'input.txt');
    if (existsSync(out))
      writeFileSync(new URL('libreoffice.txt', folder), readFileSync(out, 'utf8').replace(/^\uFEFF/, ''));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
