// npm run compare -- <a> <b>: the aligned clause pairs of two guidelines and their word diffs, in
// the terminal (for editors and CI logs). Reads content/ directly through src/lib, like the site.
import { readdirSync, readFileSync } from 'node:fs';
import { styleText } from 'node:util';
import { guidelineSchema, topicsSchema } from '../src/lib/model/schema.ts';
import { compareGuidelines } from '../src/lib/compare/comparison.ts';
import { formatPercent, PAIR_SOURCES } from '../src/lib/model/vocabulary.ts';
import { loadGuidelines } from '../src/lib/parse/load.ts';
import { decodeUtf8 } from '../src/lib/parse/safety.ts';
import { similarityModel } from '../src/lib/compare/similarity.ts';
import { parseTopics } from '../src/lib/parse/topics.ts';
import type { Clause } from '../src/lib/model/types.ts';
import { runMain, UsageError } from './lib/cli.ts';

await runMain(import.meta.url, 'compare', () => {
  const [slugA, slugB] = process.argv.slice(2);
  const dir = process.env.GUIDELINES_DIR ?? 'content/guidelines';
  const topics = parseTopics(decodeUtf8(readFileSync('content/topics.yaml'), 'content/topics.yaml'), {
    file: 'content/topics.yaml',
    schema: topicsSchema,
  });
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ file: `${dir}/${name}`, source: decodeUtf8(readFileSync(`${dir}/${name}`), `${dir}/${name}`) }));
  const guidelines = loadGuidelines(files, guidelineSchema, new Set(topics.map((topic) => topic.id))).filter(
    (g) => g.current,
  );
  const find = (slug: string | undefined) => guidelines.find((g) => g.meta.slug === slug);
  const [a, b] = [find(slugA), find(slugB)];
  if (!a || !b || a === b) {
    throw new UsageError(
      `usage: npm run compare -- <a> <b>   (two different of: ${guidelines.map((g) => g.meta.slug).join(', ')})`,
    );
  }

  const comparable = (g: typeof a) => ({ slug: g.meta.slug, clauses: g.clauses });
  const model = similarityModel(guidelines.map(comparable));
  const comparison = compareGuidelines(comparable(a), comparable(b), model, {
    topicOrder: topics.map((topic) => topic.id),
  });
  // Colour only where the terminal shows it; the [-…-] and {+…+} marks carry the meaning either way.
  const colour = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (format: Parameters<typeof styleText>[0], text: string) => (colour ? styleText(format, text) : text);
  const label = (clause: Clause | null) =>
    clause ? `${clause.number ?? ''} ${clause.heading ?? 'Innledning'} (#${clause.id})`.trim() : '–';
  const topicName = (id: string | null) => (id ? (topics.find((topic) => topic.id === id)?.nb ?? id) : 'Uten tema');

  const tagged = comparison.alignment.pairs.filter((pair) => pair.source === 'tagged').length;
  console.log(paint('bold', `${a.meta.shortTitle} ↔ ${b.meta.shortTitle}`));
  console.log(
    `Likhet i ordbruk: ${formatPercent(comparison.overall)} · ${comparison.alignment.pairs.length} par (${tagged} med samme tema, ${comparison.alignment.pairs.length - tagged} automatisk) · ${comparison.alignment.onlyA.length} bare i ${a.meta.shortTitle}, ${comparison.alignment.onlyB.length} bare i ${b.meta.shortTitle}`,
  );
  for (const group of comparison.groups) {
    console.log(`\n${paint('underline', topicName(group.topic))}`);
    for (const row of group.rows) {
      const source = row.pair
        ? `${PAIR_SOURCES[row.pair.source]}${row.pair.source === 'automatic' ? `, likhet ${formatPercent(row.pair.score)}` : ''}`
        : 'uten motstykke';
      console.log(`\n  ${paint('bold', label(row.a))}  ↔  ${paint('bold', label(row.b))}  [${source}]`);
      if (row.identical) console.log('  Lik tekst.');
      else if (row.diff) {
        const text = row.diff.parts
          .map(({ type, text: part }) =>
            type === 'equal' ? part : type === 'delete' ? paint('red', `[-${part}-]`) : paint('green', `{+${part}+}`),
          )
          .join('');
        console.log(text.replace(/^/gm, '    '));
      } else if (row.reworded) console.log('  Ulik ordlyd.');
    }
  }
});
