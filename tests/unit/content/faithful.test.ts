import { existsSync, readFileSync } from 'node:fs';
import { diffArrays } from 'diff';
import { describe, expect, test } from 'vitest';
import { publishedText, wordParts } from '../../../src/lib/import/words.ts';
import { loadExpectations, loadSite, sources, type Expectations } from '../helpers/index.ts';

/**
 * Every word of a seed must be published, and nothing else. Both sides are cut into words, and a
 * hyphenated word into its parts, so that `IKT-⏎løsninger` in a seed equals `IKT-løsninger` on the
 * page while `helse- og` stays two words on both. What may differ is listed per guideline, with why.
 */
// What may differ is pinned per guideline in content/guidelines/<slug>.expect.yaml (`faithful:`),
// each entry with why: joins, debris, added, moved, orderUntil (tests/unit/helpers/index.ts, expectationsSchema).
type Allowance = Expectations['faithful'];

function seedWords(source: string, allowance: Allowance): string[] {
  let text = source.replace(/^\s*(?:https?:|mailto:)\S+\s*$/gm, ''); // link targets repeated at a page foot
  for (const { remove, keep = '', times } of allowance.debris ?? []) {
    const pattern =
      typeof remove === 'string'
        ? new RegExp(remove.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'g')
        : new RegExp(remove.pattern, `${remove.flags ?? ''}g`);
    const found = [...text.matchAll(pattern)];
    expect(found.length, `debris ${String(remove)} is not in the seed`).toBeGreaterThanOrEqual(times ?? 1);
    // Remove the last `times` occurrences (all of them by default), from the end so indices hold.
    for (const match of found.slice(times ? -times : 0).reverse()) {
      text = text.slice(0, match.index) + keep + text.slice(match.index + match[0].length);
    }
  }
  for (const join of allowance.joins ?? []) {
    const pattern = new RegExp(join.replace(' ', '\\s+'));
    expect(pattern.test(text), `join ${join} is not in the seed`).toBe(true);
    text = text.replace(pattern, join.replace(' ', ''));
  }
  return wordParts(text);
}

function indexOf(list: string[], passage: string[]): number {
  const index = list.findIndex((_, i) => passage.every((word, j) => list[i + j] === word));
  expect(index, `passage "${passage.join(' ')}" not found`).toBeGreaterThanOrEqual(0);
  return index;
}

/** `list` with the first occurrence of `passage` taken out. */
function without(list: string[], passage: string[]): string[] {
  const index = indexOf(list, passage);
  return [...list.slice(0, index), ...list.slice(index + passage.length)];
}

function count(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Words in `a` beyond those in `b`, each as often as it is in excess. */
function excess(a: string[], b: string[]): string[] {
  const inB = count(b);
  const out: string[] = [];
  for (const word of a) {
    const left = inB.get(word) ?? 0;
    if (left > 0) inB.set(word, left - 1);
    else out.push(word);
  }
  return out;
}

// Every guideline names its source, and the project holds it in content/sources (the build stops
// too when it does not): without it this file would compare nothing, and pass by testing nothing.
test('every guideline’s source document is in content/sources', () => {
  const site = loadSite();
  expect(site.filter(({ meta }) => !existsSync(`${sources}/${meta.source}`)).map(({ file, meta }) => `${file}: ${meta.source}`)).toEqual([]);
  const allowed = site.filter(({ meta }) => Object.keys(loadExpectations(meta.slug).faithful).length > 0);
  expect(allowed.filter(({ meta }) => !meta.source.endsWith('.txt')).map(({ meta }) => meta.slug)).toEqual([]);
  expect(site.filter(({ meta }) => meta.source.endsWith('.txt')).length).toBeGreaterThan(0);
});

// Every guideline whose source is a text extraction (a PDF or Word source is checked word for word by the import).
describe.each(loadSite().filter(({ meta }) => meta.source.endsWith('.txt')))(
  '$meta.slug',
  ({ meta, clauses }) => {
    const allowance = loadExpectations(meta.slug).faithful;
    const seed = seedWords(readFileSync(`${sources}/${meta.source}`, 'utf8'), allowance);
    // The text's own words: the status banner is written from front matter (its approval as the source words it).
    const published = wordParts(publishedText({ ...meta, version: null, approved: null }, clauses));
    const added = (allowance.added ?? []).flatMap((entry) => wordParts(entry.text));

    test('no word of the seed is missing from the site', () => {
      expect(excess(seed, published)).toEqual([]);
    });

    test('the site adds no word the seed does not have', () => {
      expect(excess(excess(published, seed), added)).toEqual([]);
      expect(excess(added, excess(published, seed))).toEqual([]);
    });

    test('the words are in the seed’s order', () => {
      let inSeed = seed;
      let onSite = published;
      for (const { text } of allowance.added ?? []) onSite = without(onSite, wordParts(text));
      for (const { text } of allowance.moved ?? []) {
        inSeed = without(inSeed, wordParts(text));
        onSite = without(onSite, wordParts(text));
      }
      if (allowance.orderUntil) {
        inSeed = inSeed.slice(0, indexOf(inSeed, wordParts(allowance.orderUntil.text)));
        onSite = onSite.slice(0, indexOf(onSite, wordParts(allowance.orderUntil.text)));
      }
      const changes = diffArrays(inSeed, onSite).filter((change) => change.added || change.removed);
      expect(changes.map((change) => `${change.added ? 'published' : 'seed'}: ${change.value.join(' ')}`)).toEqual([]);
    });
  },
);

test('St. Olav’s signature block is kept as data: the parties that sign', () => {
  const stOlav = loadSite().find((guideline) => guideline.meta.slug === 'st-olav')!;
  const seed = readFileSync(`${sources}/${stOlav.meta.source}`, 'utf8');
  const block = seed.slice(seed.indexOf('Dato: Dato:'));
  expect(wordParts(block)).toEqual([
    'Dato',
    'Dato',
    ...wordParts(stOlav.meta.signatories.map((s) => s.name).join(' ')),
  ]);
  expect(stOlav.meta.signatories.map((s) => s.role)).toEqual(['kommune', 'helseforetak']);
});
