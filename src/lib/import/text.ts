import type { SourceLine } from './source-line.ts';

/**
 * The lines of a plain-text source (a PDF extraction, say). A form feed starts a page. An empty line
 * is a `soft` gap, since extractions put one between the wrapped lines of a paragraph; a line of
 * spaces is a paragraph break.
 */
export function linesFromText(source: string): SourceLine[] {
  const out: SourceLine[] = [];
  let gap: SourceLine['gap'] = 'none';
  source
    .normalize('NFC')
    .split('\f')
    .forEach((page, pageIndex) => {
      gap = out.length > 0 ? 'paragraph' : 'none';
      for (const raw of page.split(/\r?\n/)) {
        const line = out.length + 1;
        if (raw === '') {
          if (gap === 'none') gap = 'soft';
          continue;
        }
        if (raw.trim() === '') {
          gap = 'paragraph';
          continue;
        }
        out.push({
          text: raw.replace(/[\t \u00a0]+/g, ' ').trim(),
          page: pageIndex + 1,
          line,
          gap: out.length === 0 ? 'none' : gap,
          indent: /^[\t ]*/.exec(raw)![0].length,
          size: 1,
          bold: false,
          columns: raw.trim().split(/ {2,}|\t+/).length,
          cells: null,
        });
        gap = 'none';
      }
    });
  // Line numbers in the file, counted the way an editor's view counts them.
  // A form feed starts a page but not a line: the text after it is on the line the form feed is on.
  const numbers: number[] = [];
  source
    .normalize('NFC')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      for (const part of raw.split('\f')) if (part.trim() !== '') numbers.push(index + 1);
    });
  return out.map((line, i) => ({ ...line, line: numbers[i] ?? line.line }));
}
