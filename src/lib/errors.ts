/** An error in a guideline's content, reported as `file:line: message`. */
export class GuidelineError extends Error {
  readonly file: string;
  readonly line: number;
  readonly detail: string;

  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'GuidelineError';
    this.file = file;
    this.line = line;
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
