import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TextRun } from 'docx';
import type { Browser } from 'playwright-core';
import { listLevel, numberedHeadingStyles, textTable } from '../../scripts/lib/word-build.ts';

// The agreements the project does not hold (tests/fixtures/import/unseen-*) made into the files a region
// has: a .docx whose headings Word numbers itself (on the paragraphs, or on the heading styles), a PDF
// printed by Chromium. import-unseen.test.ts scores what the import makes of them; own-file.test.ts
// drops them on the page.

/** The lines of a fixture file that are not comments. */
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

type Block = Paragraph | Table;
type LevelFormatValue = (typeof LevelFormat)[keyof typeof LevelFormat];
const level = (level: number, text: string, format: LevelFormatValue) => listLevel(level, format, text);

/** A paragraph of a style, made from its words and the style of the line before; null for a line that is not in the body. */
type Make = (text: string, previous: string | undefined) => Paragraph | null;

/** The footnotes of a document being made, and a line's words as runs, each `[^N]` a reference to the N-th note. */
function footnoteRuns() {
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  const runs = (text: string) =>
    text
      .split(/(\[\^\d+\])/u)
      .filter((part) => part !== '')
      .map((part) => {
        const note = /^\[\^(\d+)\]$/u.exec(part)?.[1];
        return note ? new FootnoteReferenceRun(Number(note)) : new TextRun(part);
      });
  return { footnotes, runs };
}

/** document.txt's lines as paragraphs made by style, consecutive `table:` lines as one table; and its words. */
function docxBody(source: string, paragraph: Record<string, Make>) {
  const children: Block[] = [];
  const words: string[] = [];
  let rows: string[][] = [];
  let previous: string | undefined;
  const flush = () => {
    if (rows.length === 0) return;
    children.push(textTable(rows));
    rows = [];
  };
  for (const line of lines(source)) {
    const [style, ...rest] = line.split(': ');
    const text = rest.join(': ');
    // A footnote's reference (`[^1]`) is Word's mark, not the text's words.
    words.push(text.replaceAll(' | ', ' ').replace(/\[\^\d+\]/gu, ''));
    if (style === 'table') rows.push(text.split('|').map((cell) => cell.trim()));
    else {
      flush();
      const make = paragraph[style!];
      if (!make) throw new Error(`${source}: unknown style «${style}»`);
      const made = make(text, previous);
      if (made) children.push(made);
    }
    previous = style;
  }
  flush();
  return { children, text: words.join('\n') };
}

/**
 * document.txt → a .docx: Heading 1/2/3 numbered by Word's multilevel list (`%1`, `%1.%2`, `%1.%2.%3`),
 * lettered items by a list of their own, `bullet:` lines a Word bullet list; `[^N]` in a line is a
 * reference to the N-th `footnote:` line, which goes to the footnotes part.
 */
export async function unseenDocx(source: string, work: string): Promise<{ file: string; text: string }> {
  const { footnotes, runs } = footnoteRuns();
  const { children, text } = docxBody(source, {
    subtitle: (text) => new Paragraph(text),
    title: (text) => new Paragraph({ text, heading: HeadingLevel.TITLE }),
    para: (text) => new Paragraph({ children: runs(text) }),
    heading1: (text) =>
      new Paragraph({ text, heading: HeadingLevel.HEADING_1, numbering: { reference: 'overskrifter', level: 0 } }),
    heading2: (text) =>
      new Paragraph({ text, heading: HeadingLevel.HEADING_2, numbering: { reference: 'overskrifter', level: 1 } }),
    heading3: (text) =>
      new Paragraph({ text, heading: HeadingLevel.HEADING_3, numbering: { reference: 'overskrifter', level: 2 } }),
    letter: (text) => new Paragraph({ text, numbering: { reference: 'bokstavar', level: 0 } }),
    bullet: (text) => new Paragraph({ children: runs(text), bullet: { level: 0 } }),
    footnote: (text) => {
      footnotes[Object.keys(footnotes).length + 1] = { children: [new Paragraph(text)] };
      return null;
    },
  });
  const doc = new Document({
    footnotes,
    numbering: {
      config: [
        {
          reference: 'overskrifter',
          levels: [
            level(0, '%1', LevelFormat.DECIMAL),
            level(1, '%1.%2', LevelFormat.DECIMAL),
            level(2, '%1.%2.%3', LevelFormat.DECIMAL),
          ],
        },
        { reference: 'bokstavar', levels: [level(0, '%1)', LevelFormat.LOWER_LETTER)] },
      ],
    },
    sections: [{ children }],
  });
  const file = join(work, 'avtale.docx');
  writeFileSync(file, await Packer.toBuffer(doc));
  return { file, text };
}

/**
 * document.txt → a .docx whose numbering is on the styles, as an organisation's template has it: the
 * headings are in styles of its own («Avtalepunkt», «Underpunkt») based on Heading 1 and Heading 2,
 * which carry the multilevel list (`%1.`, `%1.%2`; the paragraphs have no numbering of their own); the
 * lettered items are the list's third level (`%3)`), restarted by each heading; `bullet:` lines are a Word bullet list; each run of numbered
 * items (`%1.`) is a list of its own, which Word writes as a new w:num restarting it (lvlOverride/startOverride).
 */
export async function unseenDocxOnStyles(source: string, work: string): Promise<{ file: string; text: string }> {
  let numberedLists = 0;
  const { children, text } = docxBody(source, {
    org: (text) => new Paragraph({ children: [new TextRun({ text, bold: true })] }),
    title: (text) => new Paragraph({ text, heading: HeadingLevel.TITLE }),
    para: (text) => new Paragraph(text),
    heading1: (text) => new Paragraph({ text, style: 'Avtalepunkt' }),
    heading2: (text) => new Paragraph({ text, style: 'Underpunkt' }),
    letter: (text) => new Paragraph({ text, numbering: { reference: 'avtalepunkter', level: 2 } }),
    bullet: (text) => new Paragraph({ text, bullet: { level: 0 } }),
    // Each run of numbered items is a list of its own (a new instance), as Word's «Restart at 1» makes it.
    number: (text, previous) =>
      new Paragraph({
        text,
        numbering: {
          reference: 'nummerert',
          level: 0,
          instance: previous === 'number' ? numberedLists : ++numberedLists,
        },
      }),
  });
  const doc = new Document({
    styles: {
      paragraphStyles: [
        ...numberedHeadingStyles('avtalepunkter', { depths: 2, sizes: [28, 24], outline: true }),
        { id: 'Avtalepunkt', name: 'Avtalepunkt', basedOn: 'Heading1', next: 'Normal', quickFormat: true },
        { id: 'Underpunkt', name: 'Underpunkt', basedOn: 'Heading2', next: 'Normal', quickFormat: true },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'avtalepunkter',
          levels: [
            level(0, '%1.', LevelFormat.DECIMAL),
            level(1, '%1.%2', LevelFormat.DECIMAL),
            level(2, '%3)', LevelFormat.LOWER_LETTER),
          ],
        },
        { reference: 'nummerert', levels: [level(0, '%1.', LevelFormat.DECIMAL)] },
      ],
    },
    sections: [{ children }],
  });
  const file = join(work, 'avtale.docx');
  writeFileSync(file, await Packer.toBuffer(doc));
  return { file, text };
}

/**
 * document.txt → a .docx with no Word numbering at all: the numbers are typed into the headings
 * («Artikkel 2 …» in Heading 1, «2.1 …» in Heading 2); `bullet:` lines are a Word bullet list; `[^N]`
 * in a line is a reference to the N-th `footnote:` line, which goes to the footnotes part.
 */
export async function unseenDocxTyped(source: string, work: string): Promise<{ file: string; text: string }> {
  const { footnotes, runs } = footnoteRuns();
  const { children, text } = docxBody(source, {
    title: (text) => new Paragraph({ text, heading: HeadingLevel.TITLE }),
    para: (text) => new Paragraph({ children: runs(text) }),
    heading1: (text) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 }),
    heading2: (text) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 }),
    bullet: (text) => new Paragraph({ children: runs(text), bullet: { level: 0 } }),
    footnote: (text) => {
      footnotes[Object.keys(footnotes).length + 1] = { children: [new Paragraph(text)] };
      return null;
    },
  });
  const doc = new Document({ footnotes, sections: [{ children }] });
  const file = join(work, 'avtale.docx');
  writeFileSync(file, await Packer.toBuffer(doc));
  return { file, text };
}

/** agreement.html → a PDF printed by Chromium, with the running header and footer its <template id="header"> and <template id="footer"> hold. */
export async function unseenPdf(
  source: string,
  work: string,
  browser: Browser,
): Promise<{ file: string; text: string }> {
  const html = readFileSync(source, 'utf8');
  // A running footer (page numbers) and header (a short name) where the file has them in <template id="footer">
  // and <template id="header">: furniture on every page, not text (the templates sit in <head>, out of `text`).
  const footer = /<template id="footer">([\s\S]*?)<\/template>/u.exec(html)?.[1];
  const header = /<template id="header">([\s\S]*?)<\/template>/u.exec(html)?.[1];
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '25mm', bottom: '25mm', left: '22mm', right: '22mm' },
    ...(footer || header
      ? {
          displayHeaderFooter: true,
          headerTemplate: header ?? '<span></span>',
          footerTemplate: footer ?? '<span></span>',
        }
      : {}),
  });
  await page.close();
  const file = join(work, 'avtale.pdf');
  writeFileSync(file, pdf);
  const body = html
    .replace(/<head>[\s\S]*<\/head>/u, '')
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<[^>]+>/gu, ' ');
  return { file, text: body };
}

/** The draft with each field it leaves empty filled as the editor's front.yaml says. */
export function fill(markdown: string, front: Record<string, unknown>): string {
  const signatories = (front.signatories as string[]) ?? [];
  let signatory = 0;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^ {2}- \{ role: \w+, name: "" \}$/u.test(line))
        return line.replace('name: ""', `name: ${JSON.stringify(signatories[signatory++] ?? '')}`);
      const field = /^(\w+): ""$/u.exec(line)?.[1];
      if (!field || !(field in front)) return line;
      const value = front[field];
      return `${field}: ${value === null ? 'null' : typeof value === 'object' ? JSON.stringify(value) : JSON.stringify(String(value))}`;
    })
    .join('\n');
}
