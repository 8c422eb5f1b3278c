import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { siteGuideline, storedGuideline } from '../../../src/content/stored-guideline.ts';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { fixtures, loadSite, topicIds } from '../helpers/index.ts';

// What the content store keeps of a guideline (its clause model packed) must give every page the
// guideline the parser made: each clause body as it was (less the source positions no page reads),
// and the guideline written out as JSON (the import page's data) byte for byte as before. The cases: the site's
// guidelines and the parser's valid fixtures (footnotes, directives, tables, five levels).
const parsedFixtures = readdirSync(`${fixtures}/parse`)
  .filter((name) => existsSync(`${fixtures}/parse/${name}/expected.json`))
  .map((name) => ({
    name: `parse/${name}`,
    parse: () =>
      parseGuideline(readFileSync(`${fixtures}/parse/${name}/input.md`, 'utf8'), {
        file: 'input.md',
        schema: guidelineSchema,
        topics: topicIds(),
      }),
  }));
const cases = [
  ...loadSite().map((guideline) => ({ name: guideline.file, parse: () => structuredClone(guideline) })),
  ...parsedFixtures,
];

/** The guideline as the parser made it, less its bodies' source positions. */
function withoutPositions<G extends ReturnType<typeof parseGuideline>>(guideline: G): G {
  const copy = structuredClone(guideline);
  for (const clause of copy.clauses)
    visit({ type: 'root', children: clause.body } as Root, (node) => void delete node.position);
  return copy;
}

test.each(cases)('$name: the stored guideline gives back the same model, bodies and JSON', ({ parse }) => {
  const parsed = parse();
  const expected = withoutPositions(parsed);
  // The store holds plain data (Astro serialises it): a structured clone stands for the round trip.
  const stored = structuredClone(storedGuideline(parsed));
  // Packed, and all ASCII: a character outside Latin-1 would make V8 hold the serialised store at two bytes a character.
  expect(Object.keys(stored).sort()).toEqual(['bodies', 'model']);
  expect(JSON.stringify(stored)).toMatch(/^[\x20-\x7e]*$/);
  const site = siteGuideline(stored);
  expect(site.clauses.map((clause) => clause.body)).toEqual(expected.clauses.map((clause) => clause.body));
  expect(JSON.stringify(site)).toBe(JSON.stringify(expected));
});

test('a body read again, after other guidelines were read, is the same tree', () => {
  const [first, ...others] = loadSite().map((guideline) => siteGuideline(structuredClone(storedGuideline(guideline))));
  const before = JSON.stringify(first!.clauses.map((clause) => clause.body));
  for (const other of others) void other.clauses[0]?.body;
  expect(JSON.stringify(first!.clauses.map((clause) => clause.body))).toBe(before);
});
