// The pieces every Word file the project writes for its tests and bench is made of (scripts/word-fixtures.ts,
// scripts/bench/word-document.ts, tests/e2e/unseen-files.ts), with the `docx` package: a list level,
// heading styles that carry a multilevel list as Word's «Heading numbering» does, a table of plain cells.
import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  type ILevelsOptions,
  type IParagraphStyleOptions,
} from 'docx';

/** A level of a Word list: its number format, the text Word writes for it (`%1.%2`) and the number it starts at. */
export const listLevel = (
  level: number,
  format: ILevelsOptions['format'],
  text: string,
  start = 1,
): ILevelsOptions => ({
  level,
  format,
  text,
  start,
  alignment: AlignmentType.LEFT,
});

/**
 * Heading 1…`depths`, each numbered by level `depth - 1` of the list `reference`, linked on the style (the
 * paragraphs carry no numbering of their own); `sizes` in half-points by depth, `outline` writes each
 * style's outline level as Word's own headings have it.
 */
export function numberedHeadingStyles(
  reference: string,
  { depths = 3, sizes, outline = false }: { depths?: number; sizes?: number[]; outline?: boolean } = {},
): IParagraphStyleOptions[] {
  return Array.from({ length: depths }, (_, index) => ({
    id: `Heading${index + 1}`,
    name: `heading ${index + 1}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { bold: true, ...(sizes?.[index] ? { size: sizes[index] } : {}) },
    paragraph: {
      numbering: { reference, level: index },
      ...(outline ? { outlineLevel: index } : {}),
    },
  }));
}

/** A table of plain-text cells, one row per array. */
export const textTable = (rows: ReadonlyArray<ReadonlyArray<string>>) =>
  new Table({
    rows: rows.map(
      (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }),
    ),
  });
