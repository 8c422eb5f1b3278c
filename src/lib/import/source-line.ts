// A source read into lines, and what the import leaves out of it: the shapes the readers and the structure share.

/** One line of an imported source, as its reader (text, PDF) found it. */
export interface SourceLine {
  /** The line's text, tabs and runs of spaces folded to one space, trimmed. */
  text: string;
  /** The page it is on, from 1 (text files without form feeds are one page). */
  page: number;
  /** The line's number in the source file (text), or its position in reading order (PDF). */
  line: number;
  /** What separates it from the line before: nothing, an empty line (which may be a soft break), or a paragraph break. */
  gap: 'none' | 'soft' | 'paragraph';
  /** Where the line starts, in the reader's units (characters of indentation, or PDF points); 0 when unknown. */
  indent: number;
  /** Where the line ends, measured as `indent` is (PDF); absent when unknown. */
  right?: number;
  /** Font size relative to the body text (PDF); 1 when unknown. */
  size: number;
  /** True when the reader knows the line is set bold. */
  bold: boolean;
  /** How many cells the line seems to hold (text runs apart by wide gaps): more than 1 in a table row. */
  columns: number;
  /** The cells and where each starts, when the reader knows positions (PDF); null otherwise. */
  cells: Array<{ text: string; x: number }> | null;
  /** The column it stands in, on a page set in two columns (PDF: read down the left, then the right). */
  column?: 'left' | 'right';
}

/** A line of which nothing is known but its text and place (a Word paragraph read as a line): one page, no layout. */
export const plainLine = (text: string, index: number): SourceLine => ({
  text: text.trim(),
  page: 1,
  line: index + 1,
  gap: 'none',
  indent: 0,
  size: 1,
  bold: false,
  columns: 1,
  cells: null,
});

/** A piece of a source that an importer left out as page debris, for the report. */
export interface Debris {
  /** What it was: `page number`, `running header`, `repeated link`, `footnote number`. */
  kind: string;
  /** Its text. */
  text: string;
  /** Page and line where it was. */
  page: number;
  line: number;
}
