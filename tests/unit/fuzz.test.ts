import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { GuidelineError } from '../../src/lib/errors.ts';
import { parseGuideline } from '../../src/lib/parse.ts';
import { guidelineSchema } from '../../src/schemas.ts';
import { root, topicIds } from './helpers.ts';

// The parser either returns a guideline or stops with a GuidelineError (file:line: message):
// never another exception, never a hang, whatever it is fed.
const topics = topicIds();
const sources = ['telemark', 'unn', 'innlandet', 'st-olav', 'more-og-romsdal'].map((slug) => readFileSync(`${root}content/guidelines/${slug}.md`, 'utf8'));

function survives(source: string): void {
  const started = performance.now();
  try {
    parseGuideline(source, { file: 'fuzz.md', schema: guidelineSchema, topics });
  } catch (error) {
    if (!(error instanceof GuidelineError)) throw error;
    expect(error.message).toMatch(/^fuzz\.md:\d+: \S/);
  }
  expect(performance.now() - started).toBeLessThan(2_000);
}

// Pieces of Markdown that touch every branch of the parser: headings, attributes, directives,
// footnotes, tables, HTML, YAML punctuation.
const piece = fc.constantFrom(
  '\n', '\n\n', '## ', '### ', '#### ', '# ', '1 ', '4.1 ', '2.1.', '{part=felles}', '{tema=testing}', '{part=', '}', '{', ':merknad[', ']', ':plassholder[kommune]',
  ':ukjent', '::leaf', ':::container\n', '[^1]', '[^1]: ', '| a | b |\n|---|---|\n', '<div>', '</div>', '<!-- x -->', '---\n', 'slug: x\n', 'status: ',
  '- ', '1. ', '> ', '`', '**', '[lenke](#punkt-1)', '[x](/retningslinjer/unn/#punkt-9)', 'æøå ', '\u0000', '\t', '\\', '&amp;', 'https://example.no',
);

test('thousands of mutated guidelines either parse or fail with a clear error', () => {
  const mutation = fc.record({
    source: fc.constantFrom(...sources),
    edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.nat({ max: 200 }), insert: fc.oneof(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), fc.string({ maxLength: 20 })) }), { minLength: 1, maxLength: 6 }),
  });
  fc.assert(
    fc.property(mutation, ({ source, edits }) => {
      let text = source;
      for (const { at, cut, insert } of edits) {
        const index = Math.floor(at * text.length);
        text = text.slice(0, index) + insert + text.slice(index + cut);
      }
      survives(text);
    }),
    { numRuns: 1500 },
  );
}, 120_000);

test('thousands of random documents either parse or fail with a clear error', () => {
  const frontMatter = sources[0]!.slice(0, sources[0]!.indexOf('\n---\n') + 5);
  const document = fc.tuple(fc.boolean(), fc.array(fc.oneof(piece, fc.string({ maxLength: 12 }), fc.constantFrom('Partene skal ', 'kommunen ')), { maxLength: 80 }));
  fc.assert(
    fc.property(document, ([withFrontMatter, pieces]) => survives((withFrontMatter ? frontMatter : '') + pieces.join(''))),
    { numRuns: 2000 },
  );
}, 120_000);

test('random front matter is validated, never crashes', () => {
  const value = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant('null'), fc.constant('[]'), fc.constant('{}'), fc.constant('"'), fc.constant('2025-13-45'));
  const key = fc.constantFrom('slug', 'title', 'status', 'language', 'version', 'approved', 'signatories', 'kind', 'ukjent', 'adjusted', 'approved:\n  date');
  fc.assert(
    fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => survives(`---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n## 1 Formål\n\nTekst.\n`)),
    { numRuns: 1000 },
  );
}, 60_000);
