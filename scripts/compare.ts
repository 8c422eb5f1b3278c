// npm run compare -- <a> <b>: the aligned clause pairs of two guidelines and their word diffs, in
// the terminal (for editors and CI logs). Reads content/ directly through src/lib, like the site.
import { styleText } from 'node:util';
import { compareGuidelines } from '../src/lib/compare/comparison.ts';
import { describeDuty } from '../src/lib/compare/describe.ts';
import { formatPercent, PAIR_SOURCES } from '../src/lib/model/vocabulary.ts';
import { similarityModel } from '../src/lib/compare/similarity.ts';
import type { Clause } from '../src/lib/model/types.ts';
import { readCurrentGuidelines, readTopics } from './lib/content.ts';
import { runMain, UsageError } from './lib/cli.ts';

await runMain(import.meta.url, 'compare', () => {
  const [slugA, slugB] = process.argv.slice(2);
  const dir = process.env.GUIDELINES_DIR ?? 'content/guidelines';
  const topics = readTopics();
  const guidelines = readCurrentGuidelines(dir, topics);
  const find = (slug: string | undefined) => guidelines.find((g) => g.meta.slug === slug);
  const [a, b] = [find(slugA), find(slugB)];
  if (!a || !b || a === b) {
    throw new UsageError(
      `usage: npm run compare -- <a> <b>   (two different of: ${guidelines.map((g) => g.meta.slug).join(', ')})`,
    );
  }

  const comparable = (g: typeof a) => ({ slug: g.meta.slug, clauses: g.clauses, obligations: g.obligations });
  const model = similarityModel(guidelines.map(comparable), { topics });
  const comparison = compareGuidelines(comparable(a), comparable(b), model, {
    topicOrder: topics.map((topic) => topic.id),
  });
  // Colour only where the terminal shows it; the [-…-] and {+…+} marks carry the meaning either way.
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (format: Parameters<typeof styleText>[0], text: string) => (colour ? styleText(format, text) : text);
  const label = (clause: Clause | null) =>
    clause ? `${clause.number ?? ''} ${clause.heading ?? 'Innledning'} (#${clause.id})`.trim() : '–';
  const topicName = (id: string | null) => (id ? (topics.find((topic) => topic.id === id)?.nb ?? id) : 'Uten tema');

  const { counts } = comparison;
  const [nameA, nameB] = [a.meta.shortTitle, b.meta.shortTitle];
  console.log(paint('bold', `${nameA} ↔ ${nameB}`));
  console.log(
    `Likhet i ordbruk: ${formatPercent(comparison.overall)} · ${counts.pairs} par (${counts.tagged} med samme tema, ${counts.automatic} automatisk) · ${counts.onlyA} bare i ${nameA}, ${counts.onlyB} bare i ${nameB}`,
  );
  for (const section of comparison.sections) {
    if (section.groups.length === 0) continue;
    console.log(`\n${paint('underline', topicName(section.topic))}`);
    for (const group of section.groups) {
      for (const duty of group.duties) console.log(`\n  ${paint('bold', describeDuty(duty, nameA, nameB))}`);
      for (const row of group.rows) {
        const source = `${PAIR_SOURCES[row.pair.source]}${row.pair.source === 'automatic' ? `, likhet ${formatPercent(row.pair.score)}` : ''}`;
        console.log(`\n  ${paint('bold', label(row.a))}  ↔  ${paint('bold', label(row.b))}  [${source}]`);
        if (row.identical) console.log('  Lik tekst.');
        else if (row.diff) {
          const text = row.diff.parts
            .map(({ type, text: part }) =>
              type === 'equal' ? part : type === 'delete' ? paint('red', `[-${part}-]`) : paint('green', `{+${part}+}`),
            )
            .join('');
          console.log(text.replace(/^/gm, '    '));
        } else if (row.tables) console.log('  Med tabell, vist uten markering.');
        else if (row.reworded) console.log('  Ulik ordlyd.');
      }
      for (const [side, name] of [
        ['a', nameA],
        ['b', nameB],
      ] as const)
        for (const { clause, partners } of group.columns[side])
          console.log(
            `\n  ${side === 'a' ? `${paint('bold', label(clause))}  ↔  –` : `–  ↔  ${paint('bold', label(clause))}`}  [${partners.length > 0 ? `ulik ordlyd, hører sammen med ${partners.map((id) => `#${id}`).join(', ')}` : `bare i ${name}`}]`,
          );
    }
  }
});
