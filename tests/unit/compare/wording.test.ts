import { describe, expect, test } from 'vitest';
import { similarityModel, type Comparable } from '../../../src/lib/compare/similarity.ts';
import type { Clause } from '../../../src/lib/model/types.ts';
import { testClause } from '../helpers/index.ts';

// Sentences written for this test. Two clauses that share a word fewer clauses use than the corpus has
// texts have some wording in common, however little their likeness (src/lib/compare/align.ts asks it
// where a pair would otherwise need a likeness of 0.05).
const clause = (id: string, text: string): Clause => testClause(id, text);
// Five texts that each say the same everyday things: «melding», «partene», «dag» are in every one.
const everyday: Comparable[] = ['t1', 't2', 't3', 't4', 't5'].map((slug) => ({
  slug,
  clauses: [clause('c', 'Partene sender meldinger til hverandre hver dag.')],
}));
const a: Comparable = {
  slug: 'a',
  clauses: [
    clause(
      'x',
      'Sykehuset sender epikrise til fastlegen samme dag som pasienten reiser hjem, og partene utveksler meldinger.',
    ),
  ],
};
const b: Comparable = {
  slug: 'b',
  clauses: [
    clause('epikrise', 'Epikrisen skal være kort og lett å lese.'),
    clause('meldinger', 'Hjemmesykepleien tar imot meldinger hver dag.'),
    clause('del', 'Epikrisemeldingene går til fagrådet.'),
  ],
};
const model = similarityModel([...everyday, a, b]);

describe('a word few clauses use, shared', () => {
  test.each([
    { other: 'epikrise', shared: true, why: 'a word two clauses of seven texts use' },
    { other: 'meldinger', shared: false, why: 'words every text has' },
    { other: 'del', shared: false, why: 'the word only as a part of a compound' },
  ])('x and $other: $shared ($why)', ({ other, shared }) => {
    expect(model.shareRare({ slug: 'a', id: 'x' }, { slug: 'b', id: other })).toBe(shared);
    expect(model.shareRare({ slug: 'b', id: other }, { slug: 'a', id: 'x' })).toBe(shared);
  });
});
