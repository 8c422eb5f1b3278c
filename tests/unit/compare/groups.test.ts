import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compareGuidelines, type Comparison } from '../../../src/lib/compare/comparison.ts';
import { serialiseDiff } from '../../../src/lib/compare/diff.ts';
import { groupAlignment, serialiseGroup } from '../../../src/lib/compare/groups.ts';
import { similarityModel } from '../../../src/lib/compare/similarity.ts';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { loadGuidelines } from '../../../src/lib/parse/load.ts';
import { fixtures, loadSite, loadTopics, topicIds } from '../helpers/index.ts';

const topicOrder = loadTopics().map((topic) => topic.id);
const dir = `${fixtures}/compare`;

/** A comparison as the page reads it, section by section: groups, their rows and columns, and the references. */
function serialise(comparison: Comparison): string {
  const lines: string[] = [];
  for (const section of comparison.sections) {
    lines.push(`## ${section.topic ?? 'uten tema'}`);
    for (const group of section.groups) {
      lines.push(serialiseGroup(group));
      for (const duty of group.duties) lines.push(`  plikt ${duty.party}: ${duty.a ?? '–'} / ${duty.b ?? '–'}`);
      for (const row of group.rows)
        lines.push(
          `  rad ${row.a.id} ~ ${row.b.id}: ${row.identical ? 'lik tekst' : row.diff ? serialiseDiff(row.diff.parts) : 'ulik ordlyd'}`,
        );
      for (const side of ['a', 'b'] as const)
        for (const { clause, partners } of group.columns[side])
          lines.push(`  kolonne ${side} ${clause.id}${partners.length ? ` (med ${partners.join(', ')})` : ''}`);
    }
    for (const group of section.references) lines.push(`se også ${serialiseGroup(group)}`);
  }
  return `${lines.join('\n')}\n`;
}

describe.each(readdirSync(dir).sort())('%s', (name) => {
  const [a, b] = loadGuidelines(
    ['a', 'b'].map((slug) => ({
      file: `tests/fixtures/compare/${name}/${slug}.md`,
      source: readFileSync(`${dir}/${name}/${slug}.md`, 'utf8'),
    })),
    guidelineSchema,
    topicIds(),
  ).map((g) => ({ slug: g.meta.slug, clauses: g.clauses, obligations: g.obligations }));
  const comparison = compareGuidelines(a!, b!, similarityModel([a!, b!]), { topicOrder });

  test('groups, rows and columns read as expected.txt', () => {
    expect(serialise(comparison)).toBe(readFileSync(`${dir}/${name}/expected.txt`, 'utf8'));
  });

  test('each clause with text stands in one group and in one row or column', () => {
    const shown = (side: 'a' | 'b') =>
      comparison.groups.flatMap((group) => [
        ...group.rows.map((row) => row[side].id),
        ...group.columns[side].map((entry) => entry.clause.id),
      ]);
    // Every clause with text (a section with only sub-clauses has nothing to show).
    const withText = (clauses: ReadonlyArray<{ id: string; text: string; footnotes: unknown[] }>) =>
      clauses
        .filter((clause) => clause.text.trim() !== '' || clause.footnotes.length > 0)
        .map((clause) => clause.id)
        .sort();
    expect(shown('a').sort()).toEqual(withText(a!.clauses));
    expect(shown('b').sort()).toEqual(withText(b!.clauses));
    // Every pair belongs to exactly one group.
    expect(comparison.groups.flatMap((group) => group.pairs).sort((x, y) => x - y)).toEqual(
      comparison.alignment.pairs.map((_, index) => index),
    );
  });
});

test('on the five guidelines every pair of every comparison joins exactly one group, and every clause with text stands once', () => {
  const site = loadSite().filter((g) => g.current);
  const comparable = site.map((g) => ({ slug: g.meta.slug, clauses: g.clauses }));
  const model = similarityModel(comparable);
  for (const a of comparable)
    for (const b of comparable.filter((other) => other !== a && other.slug > a.slug)) {
      const comparison = compareGuidelines(a, b, model, { topicOrder });
      const groups = groupAlignment(comparison.alignment, a.clauses, b.clauses, topicOrder);
      const ids = (side: 'a' | 'b') => groups.flatMap((group) => group[side]);
      expect(new Set(ids('a')).size, `${a.slug}/${b.slug}`).toBe(ids('a').length);
      expect(new Set(ids('b')).size, `${a.slug}/${b.slug}`).toBe(ids('b').length);
      expect(groups.flatMap((group) => group.pairs).sort((x, y) => x - y)).toEqual(
        comparison.alignment.pairs.map((_, index) => index),
      );
    }
  // Ten comparisons with their diffs: seconds on a busy machine.
}, 30_000);
