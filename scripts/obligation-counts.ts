// node scripts/obligation-counts.ts [file.md …]: the register's counts per guideline, by party and
// modality, from the parsed guidelines (content/guidelines, or GUIDELINES_DIR, or the files given).
// Run it before and after a change to the extraction to see what moved.
import { readdirSync, readFileSync } from 'node:fs';
import { guidelineSchema, topicsSchema } from '../src/lib/model/schema.ts';
import { PARTIES, MODALITIES } from '../src/lib/model/vocabulary.ts';
import { loadGuidelines } from '../src/lib/parse/load.ts';
import { decodeUtf8 } from '../src/lib/parse/safety.ts';
import { parseTopics } from '../src/lib/parse/topics.ts';
import type { Modality, Party } from '../src/lib/model/types.ts';

const dir = process.env.GUIDELINES_DIR ?? 'content/guidelines';
const given = process.argv.slice(2);
const paths = given.length
  ? given
  : readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => `${dir}/${name}`);
const topics = parseTopics(decodeUtf8(readFileSync('content/topics.yaml'), 'content/topics.yaml'), {
  file: 'content/topics.yaml',
  schema: topicsSchema,
});
const files = paths.map((file) => ({ file, source: decodeUtf8(readFileSync(file), file) }));
const guidelines = loadGuidelines(files, guidelineSchema, new Set(topics.map((topic) => topic.id))).filter(
  (g) => g.current,
);
const parties = Object.keys(PARTIES) as Party[];
const modalities = Object.keys(MODALITIES) as Modality[];
const columns = parties.flatMap((party) => modalities.map((modality) => `${party}/${modality}`));
console.log(['guideline', ...columns, 'total'].join('\t'));
for (const g of guidelines) {
  const counts = parties.flatMap((party) =>
    modalities.map((modality) => g.obligations.filter((o) => o.party === party && o.modality === modality).length),
  );
  console.log([g.meta.slug, ...counts, g.obligations.length].join('\t'));
}
