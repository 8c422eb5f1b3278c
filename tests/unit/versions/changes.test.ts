import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { loadGuidelines } from '../../../src/lib/parse/load.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import {
  changeCounts,
  clauseAliases,
  describeChange,
  linkToRows,
  serialiseChanges,
  versionChanges,
} from '../../../src/lib/versions/changes.ts';
import { fixtures, loadSite, topicIds } from '../helpers/index.ts';

// Each folder of tests/fixtures/versions holds two versions' text (before.md, after.md: guideline
// bodies, given the front matter of tests/fixtures/sites/versions/demo.md) and the change list they
// must give (expected.txt, as serialiseChanges writes it). UPDATE_FIXTURES=1 writes missing ones.
const dir = `${fixtures}/versions`;
const frontMatter = /^---\n[^]*?\n---\n/.exec(readFileSync(`${fixtures}/sites/versions/demo.md`, 'utf8'))![0];
const parse = (file: string) =>
  parseGuideline(`${frontMatter}\n${readFileSync(file, 'utf8')}`, { file, schema: guidelineSchema }).clauses;
const cases = readdirSync(dir).sort();
const changes = (name: string) => versionChanges(parse(`${dir}/${name}/before.md`), parse(`${dir}/${name}/after.md`));

describe('changes between versions', () => {
  test('there is a fixture for every kind of change', () => {
    expect(cases).toEqual(
      expect.arrayContaining(['moved', 'renumbered', 'split', 'merged', 'reworded', 'new', 'removed', 'mix']),
    );
  });

  test.each(cases)('%s gives the change list in expected.txt', (name) => {
    const actual = serialiseChanges(changes(name));
    const expectedFile = `${dir}/${name}/expected.txt`;
    if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${actual}\n`);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8').trimEnd());
  });

  // Regression (issue 13): with 4 and 5 swapped and 2.1 split, the change page called both "Endret"
  // and the second half of 2.1 "Nytt"; a committee could not see that anything had moved or split.
  test('the issue’s case reads as moves, a split and a new clause', () => {
    const rows = changes('mix');
    expect(rows.map((row) => describeChange(row))).toEqual([
      'Punkt 1: uendret',
      'Punkt 2: uendret',
      'Punkt 2.1 er delt i punkt 2.1 og punkt 2.2',
      'Punkt 3, med endret ordlyd',
      'Punkt 5 har fått nytt nummer: punkt 4',
      // A removed clause stands where it stood: after the clause that came before it (old 5).
      'Fjernet: punkt 6',
      'Flyttet fra punkt 4 til punkt 5',
      'Nytt: punkt 6',
    ]);
    expect(changeCounts(rows).map(({ kind, rows: list }) => `${kind} ${list.length}`)).toEqual([
      'flyttet 1',
      'omnummerert 2',
      'omformulert 1',
      'delt 1',
      'ny 1',
      'fjernet 1',
      'uendret 2',
    ]);
  });

  test.each([
    ['merged', [['punkt-2-1', ['punkt-2-2']]]],
    ['removed', [['punkt-2', ['punkt-3']]]],
    // Every old id is taken by another clause of the new version: none is an alias.
    ['renumbered', []],
    ['moved', [['punkt-2-felles-ansvar', ['punkt-1-felles-ansvar']]]],
    ['mix', []],
  ] as const)(
    'old addresses in %s that the new version no longer uses lead to the clause that holds their text',
    (name, expected) => {
      const aliases = clauseAliases(changes(name));
      expect([...aliases]).toEqual(expected);
    },
  );

  test('an unnumbered clause is named by its section and heading', () => {
    const [older, newer] = [parse(`${dir}/moved/before.md`), parse(`${dir}/moved/after.md`)];
    const moved = versionChanges(older, newer).find((row) => row.kinds.includes('flyttet'))!;
    expect(describeChange(moved, { older, newer })).toBe(
      'Flyttet fra punkt 1 («Felles ansvar») til punkt 2 («Felles ansvar»)',
    );
  });

  // In the mix, old 4 (Avvik) is new 5 and old 5 (Uenighet) is new 4: the same #punkt-4 means
  // different clauses on the two sides.
  test.each([
    ['older', '<a href="#punkt-4">punkt 4</a>', '<a href="#endring-punkt-5">punkt 4</a>'],
    ['newer', '<a href="#punkt-4">punkt 4</a>', '<a href="#endring-punkt-4">punkt 4</a>'],
    ['older', '<a href="#punkt-6">punkt 6</a>', '<a href="#endring-fjernet-punkt-6">punkt 6</a>'],
    ['newer', '<a href="#fn-1">1</a>', '<a href="#fn-1">1</a>'],
  ] as const)('a link in the %s text, %s, leads to %s', (side, html, expected) => {
    expect(linkToRows(html, changes('mix'), side)).toBe(expected);
  });

  // Demo 3.1 of version 1 is 2.1 of version 2: a link in a version's text means that version's clause.
  test.each([
    ['[punkt 3.1](#punkt-3-1)', null],
    [
      '[punkt 2.1](#punkt-2-1)',
      /^tests\/fixtures\/sites\/versions\/demo@1\.md:\d+: link to #punkt-2-1 points at no clause of this guideline/,
    ],
  ])('a clause link %s in an earlier version is checked against that version', (link, error) => {
    const read = (name: string) => ({
      file: `tests/fixtures/sites/versions/${name}`,
      source: readFileSync(`${fixtures}/sites/versions/${name}`, 'utf8'),
    });
    const older = read('demo@1.md');
    const files = [
      read('demo.md'),
      { ...older, source: older.source.replace('Partene kan bruke video.', `Partene kan bruke video, se ${link}.`) },
    ];
    const load = () => loadGuidelines(files, guidelineSchema, topicIds());
    if (error) expect(load).toThrow(error);
    else expect(load().map((guideline) => guideline.meta.version)).toEqual(['2', '1']);
  });

  // Nothing is silently dropped: whatever two texts are given, every clause of each is in exactly one row.
  const site = loadSite();
  const bySlug = (slug: string) => site.find((guideline) => guideline.meta.slug === slug)!.clauses;
  test.each([
    ['telemark', 'unn'],
    ['unn', 'innlandet'],
    ['st-olav', 'more-og-romsdal'],
  ])('%s → %s: every clause of both is in exactly one row', (a, b) => {
    const rows = versionChanges(bySlug(a), bySlug(b));
    expect(rows.flatMap((row) => row.older.map((clause) => clause.id)).sort()).toEqual(
      bySlug(a)
        .map((clause) => clause.id)
        .sort(),
    );
    expect(rows.flatMap((row) => row.newer.map((clause) => clause.id)).sort()).toEqual(
      bySlug(b)
        .map((clause) => clause.id)
        .sort(),
    );
  });

  test.each(['st-olav', 'telemark', 'unn', 'innlandet', 'more-og-romsdal'])(
    '%s against itself is unchanged throughout',
    (slug) => {
      expect(new Set(versionChanges(bySlug(slug), bySlug(slug)).flatMap((row) => row.kinds))).toEqual(
        new Set(['uendret']),
      );
    },
  );
});
