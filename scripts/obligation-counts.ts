// node scripts/obligation-counts.ts [file.md …]: the register's counts per guideline, by party and
// modality, from the parsed guidelines (content/guidelines, or GUIDELINES_DIR, or the files given).
// Run it before and after a change to the extraction to see what moved.
import { PARTIES, MODALITIES } from '../src/lib/model/vocabulary.ts';
import type { Modality, Party } from '../src/lib/model/types.ts';
import { readCurrentGuidelines, readTopics } from './lib/content.ts';

const dir = process.env.GUIDELINES_DIR ?? 'content/guidelines';
const given = process.argv.slice(2);
const guidelines = readCurrentGuidelines(dir, readTopics(), given.length ? given : undefined);
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
