/** A message and how to fix what it describes, as printed: `what is wrong: how to fix it`. */
export function withHint(detail: string, hint?: string): string {
  return hint ? `${detail}: ${hint}` : detail;
}

/** An error in a guideline's content, reported as `file:line: message` (or `file:line:column: message`). */
export class GuidelineError extends Error {
  readonly file: string;
  readonly line: number;
  /** The column (1-based, in characters), where the error is one character: an invalid byte, a hidden character. */
  readonly column: number | undefined;
  /** What is wrong. */
  readonly detail: string;
  /** How to fix it, where the error knows (the message ends with it). */
  readonly hint: string | undefined;

  constructor(file: string, line: number, detail: string, { column, hint }: { column?: number; hint?: string } = {}) {
    super(`${file}:${line}${column === undefined ? '' : `:${column}`}: ${withHint(detail, hint)}`);
    this.name = 'GuidelineError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
    this.hint = hint;
  }
}

/** A source file the import cannot read (encrypted, image-only, corrupt, empty, of an unknown kind): one line, `file: what is wrong: how to fix it`. */
export class ImportError extends Error {
  readonly file: string;
  /** What is wrong. */
  readonly detail: string;
  /** How to fix it, where the error knows (the message ends with it). */
  readonly hint: string | undefined;

  constructor(file: string, detail: string, hint?: string) {
    super(`${file}: ${withHint(detail, hint)}`);
    this.name = 'ImportError';
    this.file = file;
    this.detail = detail;
    this.hint = hint;
  }
}
