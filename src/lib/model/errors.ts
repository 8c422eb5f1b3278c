/** An error in a guideline's content, reported as `file:line: message` (or `file:line:column: message`). */
export class GuidelineError extends Error {
  readonly file: string;
  readonly line: number;
  /** The column (1-based, in characters), where the error is one character: an invalid byte, a hidden character. */
  readonly column: number | undefined;
  readonly detail: string;

  constructor(file: string, line: number, detail: string, column?: number) {
    super(`${file}:${line}${column === undefined ? '' : `:${column}`}: ${detail}`);
    this.name = 'GuidelineError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }
}

/** A source file the import cannot read (encrypted, image-only, corrupt, empty, of an unknown kind): one line, `file: what is wrong`. */
export class ImportError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'ImportError';
  }
}
