import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { clearOfPageIds, isPageId, PAGE_IDS } from '../../../src/lib/model/page-ids.ts';
import { SIGNATURE_INPUTS } from '../../../src/lib/print/signature.ts';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { fixtures, loadSite, root, topicIds } from '../helpers/index.ts';

// Issue 33: headings «Innhold» and «Fotnoter» took ids the page itself uses (`innhold`, the skip
// link's target, `fotnoter`), and «Tittel» under clause 1 took clause 1's heading id: the contents
// link jumped to the wrong place. Every id the layouts, components and pages write is declared in
// src/lib/model/page-ids.ts, and no clause id is one of them.

const astroFiles = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => join(entry.parentPath, entry.name));

// The ids the .astro files compute, each with ids it makes; a new expression must be added here (and
// its ids to page-ids.ts), or the test names it. `clause.id` and an old id (`id`) are the clause's own.
const COMPUTED: Record<string, string[] | 'clause'> = {
  'clause.id': 'clause',
  id: 'clause',
  headingId: ['punkt-1-tittel', 'felles-ansvar-tittel'],
  anchor: ['gruppe-a-punkt-1', 'gruppe-b-punkt-2'],
  'group.anchor': ['gruppe-a-punkt-1'],
  hint: ['tema-hint', 'likhet-hint-7'],
  'rowId(row)': ['endring-punkt-1', 'endring-fjernet-punkt-2'],
  'obligation.id': ['punkt-1-plikt-1'],
  '`${obligation.id}-tekst`': ['punkt-1-plikt-1-tekst'],
  'sectionId(section.topic)': ['tema-avvik', 'tema-uten'],
  '`${sectionId(section.topic)}-tittel`': ['tema-avvik-tittel'],
  "topic ? partyTopicId(topic) : 'uten-tema'": ['tema-avvik', 'uten-tema'],
  "`${topic ?? 'uten'}-tittel`": ['avvik-tittel', 'uten-tittel'],
  '`fn-${footnote.number}`': ['fn-1', 'fn-12'],
  '`blank-${field}`': ['blank-kommune'],
  '`signatur-${block.key}`': ['signatur-kommune', 'signatur-helseforetak-2'],
  '`${block.key}-${input.id}`': ['kommune', 'helseforetak', 'kommune-2'].flatMap((key) =>
    SIGNATURE_INPUTS.map((input) => `${key}-${input.id}`),
  ),
  '`likhet-tittel-${agreement}`': ['likhet-tittel-7'],
  '`kolonne-${guideline.meta.slug}`': ['kolonne-telemark'],
  '`part-${party}`': ['part-kommune', 'part-felles'],
  '`tabell-${party}`': ['tabell-helseforetak'],
};

/** Every `id=` of a file: the literal, or the expression between its braces. */
function idsOf(source: string): Array<{ literal?: string; expression?: string }> {
  return [...source.matchAll(/\bid=(?:"([^"]*)"|\{((?:[^{}]|\{[^{}]*\})*)\})/g)].map((match) =>
    match[1] !== undefined ? { literal: match[1] } : { expression: match[2]!.trim() },
  );
}

describe('the ids the pages use are declared in src/lib/model/page-ids.ts', () => {
  const files = ['src/components', 'src/layouts', 'src/pages'].flatMap(astroFiles);
  const ids = files.flatMap((file) => idsOf(readFileSync(file, 'utf8')).map((id) => ({ file, ...id })));

  test('the .astro files write ids', () => {
    expect(ids.filter((id) => id.literal).length).toBeGreaterThan(20);
  });

  test.each(ids.filter((id) => id.literal !== undefined).map((id) => [id.literal!, id.file]))(
    '«%s» (%s) is a page id',
    (literal) => {
      expect(isPageId(literal)).toBe(true);
    },
  );

  test('every computed id is known, and what it makes is a page id', () => {
    const unknown = ids.filter((id) => id.expression !== undefined && !(id.expression in COMPUTED));
    expect(unknown.map(({ file, expression }) => `${file}: id={${expression}}`)).toEqual([]);
    for (const [expression, made] of Object.entries(COMPUTED))
      if (made !== 'clause') for (const id of made) expect(isPageId(id), `${expression} → ${id}`).toBe(true);
  });

  test('each declared id is still written by some file', () => {
    const written = new Set([
      ...ids.map((id) => id.literal),
      ...Object.values(COMPUTED).flatMap((made) => (made === 'clause' ? [] : made)),
    ]);
    expect([...PAGE_IDS].filter((id) => !written.has(id))).toEqual([]);
  });
});

describe('no clause id is a page id', () => {
  const frontMatter = readFileSync(`${fixtures}/parse/numbered-clauses/input.md`, 'utf8').split('\n## ')[0];
  const parse = (body: string) =>
    parseGuideline(`${frontMatter}\n${body}\n`, { file: 'input.md', schema: guidelineSchema, topics: topicIds() });

  test.each([
    { body: '## Innhold\n\nTekst.', id: 'innhold-avsnitt' },
    { body: '## Fotnoter\n\nTekst.', id: 'fotnoter-avsnitt' },
    { body: '## Søk topp\n\nTekst.', id: 'sok-topp-avsnitt' },
    { body: '## Innhold tittel\n\nTekst.', id: 'innhold-tittel-avsnitt' },
    { body: '## 1 Formål\n\n### Tittel\n\nTekst.', id: 'punkt-1-tittel-avsnitt' },
    { body: '## Fn 1\n\nTekst.', id: 'avsnitt-fn-1' },
    { body: '## Fn 1 tittel\n\nTekst.', id: 'avsnitt-fn-1-tittel-avsnitt' },
    { body: '## Tema avvik\n\nTekst.', id: 'avsnitt-tema-avvik' },
    { body: '## Innholdet\n\nTekst.', id: 'innholdet' },
  ])('$body gives the clause id $id', ({ body, id }) => {
    const clause = parse(body).clauses.at(-1)!;
    expect(clause.id).toBe(id);
    expect(isPageId(clause.id)).toBe(false);
    expect(clearOfPageIds(clause.id)).toBe(clause.id);
  });

  test("a reading page has each id once: the five guidelines' clause ids and heading ids beside the page's", () => {
    for (const { meta, clauses } of loadSite()) {
      const ids = [
        ...PAGE_IDS,
        ...clauses.flatMap((clause) => [clause.id, ...(clause.heading === null ? [] : [`${clause.id}-tittel`])]),
      ];
      expect(ids.length, meta.slug).toBe(new Set(ids).size);
      for (const clause of clauses) expect(isPageId(clause.id), clause.id).toBe(false);
    }
  });
});
