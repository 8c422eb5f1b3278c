import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ImportReport } from '../../../src/lib/import/draft.ts';
import { formatReport } from '../../../src/lib/import/report.ts';

/**
 * An import fixture's expectations (tests/fixtures/import/<case>/): the draft's body is expected.md, its
 * front matter expected-front.yaml and its printed report expected-report.txt where the case has them.
 * UPDATE_FIXTURES=1 writes them from the importer instead, to be read and judged before committing.
 */
export function expectDraftFixtures(folder: string, markdown: string, report: ImportReport, source: string): void {
  const body = markdown.replace(/^---\n[^]*?\n---\n\n/, '');
  const front = /^---\n[^]*?\n---\n/.exec(markdown)![0];
  const printed = `${formatReport(report, { file: 'draft.md', source })}\n`;
  for (const [file, text] of [
    ['expected.md', body],
    ['expected-front.yaml', front],
    ['expected-report.txt', printed],
  ] as const) {
    const path = `${folder}/${file}`;
    if (process.env.UPDATE_FIXTURES && (file === 'expected.md' || existsSync(path))) writeFileSync(path, text);
    // expected.md every case has (a missing one fails); the other two where the case has them.
    if (file === 'expected.md' || existsSync(path)) expect(text, file).toBe(readFileSync(path, 'utf8'));
  }
}
