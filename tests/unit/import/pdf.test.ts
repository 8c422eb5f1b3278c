// PDFs printed by Chromium (tests/fixtures/import/pdf-*/input.pdf, printed from input.html by
// scripts/pdf-fixtures.ts; no browser is needed here): the draft's body is expected.md, its front
// matter and report expected-front.yaml and expected-report.txt where a case has them, and every
// word of the source reaches the page. Written after the code they test, in words of their own.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { draftGuideline } from '../../../src/lib/import/draft.ts';
import { extractFromLines } from '../../../src/lib/import/lines.ts';
import { linesFromPdf } from '../../../src/lib/import/pdf-lines.ts';
import { excessWords, publishedText, wordParts } from '../../../src/lib/import/words.ts';
import type { MetaSchema } from '../../../src/lib/model/types.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { fixtures, topicIds } from '../helpers/index.ts';
import { expectDraftFixtures } from '../helpers/draft-fixtures.ts';

const dir = `${fixtures}/import`;
const cases = readdirSync(dir)
  .filter((name) => name.startsWith('pdf-') && existsSync(`${dir}/${name}/input.pdf`))
  .sort();
const anyMeta: MetaSchema<Record<string, unknown>> = {
  safeParse: (data) => ({ success: true, data: data as Record<string, unknown> }),
};

async function importPdf(name: string) {
  const lines = await linesFromPdf(new Uint8Array(readFileSync(`${dir}/${name}/input.pdf`)), 'input.pdf');
  return draftGuideline(extractFromLines(lines), {
    file: 'draft.md',
    slug: 'draft',
    source: 'input.pdf',
    corpus: [],
    topics: topicIds(),
  });
}

/** The words of input.html's body as a reader of the PDF reads them: page furniture (the footer template) aside. */
const sourceWords = (name: string) =>
  wordParts(
    readFileSync(`${dir}/${name}/input.html`, 'utf8')
      .replace(/<head>[\s\S]*<\/head>/u, '')
      .replace(/<!--[\s\S]*?-->/gu, '')
      .replace(/<[^>]+>/gu, ' ')
      .replace(/&amp;/gu, '&'),
  );

describe.each(cases)('%s', (name) => {
  test('the draft’s body, front matter and report are the expected ones', async () => {
    const { markdown, report } = await importPdf(name);
    expectDraftFixtures(`${dir}/${name}`, markdown, report, 'input.pdf');
  });

  test('every word of the source is on the page (a footnote’s number at its call and before its note, a cover’s approval in the status banner)', async () => {
    const { markdown } = await importPdf(name);
    const { meta, clauses } = parseGuideline(markdown, { file: 'draft.md', schema: anyMeta, topics: topicIds() });
    const shown = meta as Parameters<typeof publishedText>[0];
    const numbers = clauses.flatMap((clause) => clause.footnotes.map((f) => `${f.number} ${f.number}`));
    const page = wordParts([...numbers, publishedText({ ...shown, lastUpdated: null }, clauses)].join('\n'));
    expect(excessWords(sourceWords(name), page)).toEqual([]);
  });
});
