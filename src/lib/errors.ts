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
