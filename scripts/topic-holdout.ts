// node scripts/topic-holdout.ts: how well the five's tags are suggested when one guideline's tags are
// taken away and the other four suggest them (leave-one-out). Prints, over the five in turn:
// topics: of the held-out clauses editors tag, how many get a suggestion, and how many of those have
// the editors' first topic among the suggested; pairs: of the pairs the alignment makes through both
// sides' tags, how many it still makes with the held-out side untagged, and how many of the pairs it
// makes through a topic then are among them, or among the five's own pairs with an introduction (which
// has no heading to tag, so no tagged pair reaches it). `-v` lists each held-out clause's suggestion.
import { alignGuidelines } from '../src/lib/compare/align.ts';
import { similarityModel } from '../src/lib/compare/similarity.ts';
import { readCurrentGuidelines, readTopics } from './lib/content.ts';
import { runMain } from './lib/cli.ts';

await runMain(import.meta.url, 'topic-holdout', () => {
  const verbose = process.argv.includes('-v');
  const dir = 'content/guidelines';
  const topics = readTopics();
  const topicOrder = topics.map((topic) => topic.id);
  const guidelines = readCurrentGuidelines(dir, topics).map((g) => ({ slug: g.meta.slug, clauses: g.clauses }));
  const full = similarityModel(guidelines, { topics });
  const key = (pair: { a: string; b: string }) => `${pair.a}\u0000${pair.b}`;

  let tagged = 0;
  let suggested = 0;
  let right = 0;
  let expected = 0;
  let found = 0;
  let made = 0;
  let ofIntroductions = 0;
  for (const held of guidelines) {
    const untagged = { ...held, clauses: held.clauses.map((clause) => ({ ...clause, topics: [] })) };
    const corpus = guidelines.map((g) => (g === held ? untagged : g));
    const model = similarityModel(corpus, { topics });
    const tags = new Set(held.clauses.filter((clause) => clause.topics.length > 0).map((clause) => clause.id));
    for (const clause of held.clauses) {
      if (clause.topics.length === 0) continue;
      tagged++;
      const got = model.suggest(held.slug, clause.id).map((s) => s.topic);
      if (got.length > 0) suggested++;
      if (got.length > 0 && got.includes(clause.topics[0]!)) right++;
      if (verbose && got.length > 0)
        console.log(
          `${got.includes(clause.topics[0]!) ? ' ' : '✗'} ${held.slug}#${clause.id} ${clause.heading}: ${got.join(',')} (tagged ${clause.topics.join(',')})`,
        );
    }
    for (const other of guidelines.filter((g) => g !== held)) {
      const all = alignGuidelines(held, other, full, { topicOrder }).pairs;
      const wanted = new Set(all.filter((p) => p.source === 'tagged').map(key));
      const introductions = new Set(other.clauses.filter((c) => c.heading === null).map((c) => c.id));
      const withIntroduction = new Set(all.filter((p) => introductions.has(p.b)).map(key));
      const now = alignGuidelines(untagged, other, model, { topicOrder }).pairs;
      expected += wanted.size;
      // The pairs made through a topic the held-out clause was suggested (its only way to a topic now),
      // of the clauses editors tag: an introduction has no heading to tag, and its pairs are no tag's.
      const through = now.filter(
        (p) => p.source === 'automatic' && p.topic !== null && tags.has(p.a) && suggestedFor(held.slug, model, p.a),
      );
      made += through.length;
      found += through.filter((p) => wanted.has(key(p))).length;
      ofIntroductions += through.filter((p) => withIntroduction.has(key(p))).length;
      if (verbose)
        for (const p of through.filter((p) => !wanted.has(key(p)) && !withIntroduction.has(key(p))))
          console.log(`✗ pair ${held.slug}#${p.a} ${other.slug}#${p.b}`);
    }
  }
  console.log(`topics: ${suggested} of ${tagged} tagged clauses get one, ${right} right`);
  console.log(
    `pairs: ${found} of ${expected} tagged pairs found, ${found + ofIntroductions} of ${made} made right` +
      (ofIntroductions > 0 ? ` (${ofIntroductions} of them the five's own pairs with an introduction)` : ''),
  );
});

/** Whether a clause is suggested a topic (so the alignment pairs it through the topic). */
function suggestedFor(slug: string, model: ReturnType<typeof similarityModel>, id: string): boolean {
  return model.suggest(slug, id).length > 0;
}
