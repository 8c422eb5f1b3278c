import { readFileSync } from 'node:fs';
import { diffArrays } from 'diff';
import { describe, expect, test } from 'vitest';
import { formatShortDate } from '../../src/lib/format.ts';
import { loadSite, seeds, words } from './helpers.ts';

/**
 * Every word of a seed must be published, and nothing else. Both sides are cut into words, and a
 * hyphenated word into its parts, so that `IKT-⏎løsninger` in a seed equals `IKT-løsninger` on the
 * page while `helse- og` stays two words on both. What may differ is listed per guideline, with why.
 */
interface Allowance {
  /** Words the PDF split without a hyphen, written as in the seed; they are joined before comparing. */
  joins?: string[];
  /** Seed text that is PDF debris, not guideline text: `remove` is replaced by `keep` (default: nothing). */
  debris?: Array<{ remove: string | RegExp; keep?: string; times?: number; why: string }>;
  /** Published words that are not in the seed. */
  added?: Array<{ text: string; why: string }>;
  /** Passages the transcription moved to restore the intended structure (left out of the order check). */
  moved?: Array<{ text: string; why: string }>;
  /** Where the order check stops, when what follows was scattered beyond listing (its words are still checked). */
  orderUntil?: { text: string; why: string };
}

const allowances: Record<string, Allowance> = {
  'st-olav': {
    debris: [{ remove: /Dato: Dato:[^]*$/, why: 'the signature block: its parties are in front matter (signatories, checked below), its date lines are the print view’s' }],
  },
  telemark: {},
  unn: {
    moved: [
      { text: 'Normen er en bransjenorm for informasjonssikkerhet og personvern i helsesektoren. Normen er utarbeidet og forvaltet av organisasjoner og virksomheter i helsesektoren. https://ehelse.no/normen/normen-for-informasjonssikkerhet-og-personvern-i-helse-og-omsorgssektoren', why: 'footnote 1, printed at the foot of its page, published after its clause' },
      { text: 'Forskrift om IKT-standarder i helse- og omsorgstjenesten: https://lovdata.no/dokument/SF/forskrift/2015-07-01-853', why: 'footnote 2, likewise' },
    ],
    debris: [
      { remove: 'Normen1 ', keep: 'Normen ', why: 'footnote call 1, now a GFM footnote' },
      { remove: 'IKT-standarder2.', keep: 'IKT-standarder.', why: 'footnote call 2, now a GFM footnote' },
      { remove: /^1 Normen er/m, keep: 'Normen er', why: 'the number in front of footnote 1' },
      { remove: /^2 Forskrift/m, keep: 'Forskrift', why: 'the number in front of footnote 2' },
    ],
  },
  innlandet: {
    moved: [{ text: 'Normale testtilfeller', why: 'a sub-heading the extraction put inside the header row of the checklist table' }],
  },
  'more-og-romsdal': {
    joins: ['Enkeltmedle mmer', 'problemstillin ger', 'sykehjemsleg e'],
    debris: [
      { remove: 'KomUt1', keep: 'KomUt', why: 'footnote call 1, now a GFM footnote' },
      { remove: /^1 KomUT er/m, keep: 'KomUT er', why: 'the number in front of the footnote' },
      { remove: /^8 $/m, why: 'a page number' },
      { remove: 'Aktivitet/oppdrag Aksjonspunkt Ansvarleg Tidsplan Kommentar', times: 2, why: 'the action table’s header row, repeated on every page (kept once)' },
    ],
    moved: [
      { text: 'KomUT er ei forkorting for Kommunal utbredelse som gjennomførte eit prosjekt i samarbeid med etablerte kompetanseorganisasjonar. Norsk Helsenett. (2015): Meldingsutbredelse i kommunehelsetjenesten. Sluttrapport Kommunal Utbredelse (KomUT) 2012-2014 https://www.nhn.no/aktuelt/Documents/vedlegg/KomUT-sluttrapport.pdf', why: 'the footnote, printed at the foot of its page, published after its clause' },
      { text: 'Gjennomføringsfase 2016-2018 Handlingsplan godkjent OSU 20.11.16 Gjennomføringsfase 2018-2020 Justering Fagråd M&R 05.12.17', why: 'the labels of the Tabell 1 timeline, which the extraction spilled into the action table, put back under their caption in section 4' },
    ],
    orderUntil: { text: '5.1 Tiltak perioden 2018-2020', why: 'the extraction scattered the cells of the action table in 5.1; they were put back row by row' },
    added: [
      { text: 'Handlingsplan for digital samhandling i Møre og Romsdal', why: 'the title, taken from the action table’s heading: the source has no title line' },
    ],
  },
};

function seedWords(source: string, allowance: Allowance): string[] {
  let text = source.replace(/^\s*(?:https?:|mailto:)\S+\s*$/gm, ''); // link targets repeated at a page foot
  for (const { remove, keep = '', times } of allowance.debris ?? []) {
    const pattern = typeof remove === 'string' ? new RegExp(remove.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'g') : new RegExp(remove.source, `${remove.flags}g`);
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
  return parts(text);
}

const parts = (text: string) => words(text).flatMap((word) => word.split(/[-'’]/)).filter(Boolean);

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

describe.each(loadSite())('$meta.slug', ({ meta, clauses }) => {
  const allowance = allowances[meta.slug] ?? {};
  const seed = seedWords(readFileSync(`${seeds}/${meta.source}`, 'utf8'), allowance);
  const published = parts(
    [
      meta.subtitle ?? '',
      meta.lastUpdated ? `Sist oppdatert: ${formatShortDate(meta.lastUpdated)}` : '',
      meta.title,
      ...clauses.flatMap((clause) => [clause.number ?? '', clause.heading ?? '', ...clause.notes, clause.text, ...clause.footnotes.map((f) => f.text)]),
    ].join('\n'),
  );
  const added = (allowance.added ?? []).flatMap((entry) => parts(entry.text));

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
    for (const { text } of allowance.added ?? []) onSite = without(onSite, parts(text));
    for (const { text } of allowance.moved ?? []) {
      inSeed = without(inSeed, parts(text));
      onSite = without(onSite, parts(text));
    }
    if (allowance.orderUntil) {
      inSeed = inSeed.slice(0, indexOf(inSeed, parts(allowance.orderUntil.text)));
      onSite = onSite.slice(0, indexOf(onSite, parts(allowance.orderUntil.text)));
    }
    const changes = diffArrays(inSeed, onSite).filter((change) => change.added || change.removed);
    expect(changes.map((change) => `${change.added ? 'published' : 'seed'}: ${change.value.join(' ')}`)).toEqual([]);
  });
});

test('St. Olav’s signature block is kept as data: the parties that sign', () => {
  const stOlav = loadSite().find((guideline) => guideline.meta.slug === 'st-olav')!;
  const seed = readFileSync(`${seeds}/${stOlav.meta.source}`, 'utf8');
  const block = seed.slice(seed.indexOf('Dato: Dato:'));
  expect(parts(block)).toEqual(['Dato', 'Dato', ...parts(stOlav.meta.signatories.map((s) => s.name).join(' '))]);
  expect(stOlav.meta.signatories.map((s) => s.role)).toEqual(['kommune', 'helseforetak']);
});
