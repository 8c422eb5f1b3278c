import { describe, expect, test } from 'vitest';
import {
  diffBlocks,
  diffBlocksHtml,
  diffClauses,
  diffHtml,
  serialiseBlocks,
  serialiseDiff,
} from '../../../src/lib/compare/diff.ts';

const show = (a: string, b: string) => serialiseDiff(diffClauses(a, b).parts);

describe('word diffs', () => {
  test.each([
    {
      a: 'Partene skal bruke video.',
      b: 'Partene kan bruke video.',
      expected: 'Partene <del>skal</del><ins>kan</ins> bruke video.',
    },
    {
      a: 'Helsefelleskapets Strategiske Samarbeidsutvalg (SSU)',
      b: 'helsefellesskapets strategiske samarbeidsutvalg (SSU)',
      expected:
        '<del>Helsefelleskapets Strategiske Samarbeidsutvalg</del><ins>helsefellesskapets strategiske samarbeidsutvalg</ins> (SSU)',
    },
    // Norwegian letters stay inside their words: only the changed word is marked.
    {
      a: 'Kommunen skal svare på forespørsler.',
      b: 'Kommunen skal svare på førespurnader.',
      expected: 'Kommunen skal svare på <del>forespørsler</del><ins>førespurnader</ins>.',
    },
    {
      a: 'godkjent av Helsedirektoratet og er tilgjengelig',
      b: 'godkjent av Direktoratet for e-helse og er tilgjengelig',
      expected: 'godkjent av <del>Helsedirektoratet</del><ins>Direktoratet for e-helse</ins> og er tilgjengelig',
    },
    // Whitespace and line breaks alone are not changes.
    { a: 'Partene skal\nbruke   video.', b: 'Partene skal bruke video.', expected: 'Partene skal bruke video.' },
    { a: 'Like tekster.', b: 'Like tekster.', expected: 'Like tekster.' },
  ])('diffs "$a" against "$b"', ({ a, b, expected }) => {
    expect(show(a, b)).toBe(expected);
  });

  // Regression: jsdiff shreds a re-worded sentence into alternating one-word pieces; the clean-up
  // must fold short unchanged runs between changes into one readable change.
  test('a re-worded sentence is one change, not a shredded one', () => {
    expect(
      show('Partnerne skal sørge for at det finnes egnede rom.', 'Partene må passe på at det finnes egnede rom.'),
    ).toBe('<del>Partnerne skal sørge for</del><ins>Partene må passe på</ins> at det finnes egnede rom.');
    expect(
      show(
        'Partene skal alltid sende melding til mottaker raskt.',
        'Partene bør straks sende varsel til kontaktpunkt raskt.',
      ),
    ).toBe(
      'Partene <del>skal alltid sende melding til mottaker</del><ins>bør straks sende varsel til kontaktpunkt</ins> raskt.',
    );
  });

  test('a long unchanged run between two changes keeps them apart', () => {
    expect(
      show(
        'Partene skal bruke godkjente digitale løsninger for veiledning hver dag.',
        'Partene kan bruke godkjente digitale løsninger for veiledning hver uke.',
      ),
    ).toBe(
      'Partene <del>skal</del><ins>kan</ins> bruke godkjente digitale løsninger for veiledning hver <del>dag</del><ins>uke</ins>.',
    );
  });

  test('the HTML of each side marks changes with del/ins and words for screen readers', () => {
    const { parts } = diffClauses('Partene skal bruke <video>.', 'Partene kan bruke <video>.');
    expect(diffHtml(parts, 'a')).toBe(
      'Partene <del><span class="visually-hidden">[Fjernet: </span>skal<span class="visually-hidden">]</span></del> bruke &lt;video&gt;.',
    );
    expect(diffHtml(parts, 'b')).toBe(
      'Partene <ins><span class="visually-hidden">[Lagt til: </span>kan<span class="visually-hidden">]</span></ins> bruke &lt;video&gt;.',
    );
  });

  // diff.ts keeps the words of the texts it met last: a text diffed again, against another text, the
  // other way round, or after thousands of others have taken its place, reads the same.
  test('a text diffed again reads the same, whatever was diffed in between', () => {
    const [a, b] = [
      'Partene skal bruke godkjente digitale løsninger for veiledning hver dag.',
      'Partene kan bruke godkjente digitale løsninger for veiledning hver uke.',
    ];
    const first = show(a, b);
    expect(show(b, a)).toBe(
      'Partene <del>kan</del><ins>skal</ins> bruke godkjente digitale løsninger for veiledning hver <del>uke</del><ins>dag</ins>.',
    );
    expect(show(a, 'Partene skal bruke løsninger.')).toBe(
      'Partene skal bruke <del>godkjente digitale løsninger for veiledning hver dag</del><ins>løsninger</ins>.',
    );
    expect(show(a, b)).toBe(first);
    for (let index = 0; index < 5000; index++) diffClauses(`Tekst ${index} om veiledning.`, b);
    expect(show(a, b)).toBe(first);
  });
});

describe('the cost of a diff is bounded', () => {
  // Two long texts with nothing in common: the worst case for Myers' algorithm.
  const random = (seed: number, count: number) => {
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
    return Array.from({ length: count }, (_, i) => `${i % 40 === 39 ? '\n\n' : ''}ord${next() % 5000}`).join(' ');
  };
  const a = random(1, 20_000);
  const b = random(2, 20_000);

  test('a diff too costly for words falls back to paragraphs, quickly', () => {
    const started = performance.now();
    const result = diffClauses(a, b);
    const elapsed = performance.now() - started;
    expect(result.coarse).toBe(true);
    expect(result.parts.filter((part) => part.type === 'equal')).toEqual([]);
    // Bounded by maxEditLength, not by the input: far below what an unbounded diff would take.
    expect(elapsed).toBeLessThan(5_000);
  });

  test('the fallback keeps every word of both sides', () => {
    const { parts } = diffClauses(a, b);
    const side = (type: 'delete' | 'insert') =>
      parts
        .filter((part) => part.type === type || part.type === 'equal')
        .map((part) => part.text)
        .join('\n\n');
    expect(side('delete').split(/\s+/).filter(Boolean)).toEqual(a.split(/\s+/).filter(Boolean));
    expect(side('insert').split(/\s+/).filter(Boolean)).toEqual(b.split(/\s+/).filter(Boolean));
  });

  test('a small edit in a long text is still a word diff', () => {
    const result = diffClauses(a, a.replace('ord', 'ORD'));
    expect(result.coarse).toBe(false);
    expect(result.parts.filter((part) => part.type !== 'equal').length).toBe(2);
  });
});

// The changes between versions (versions/changes.ts) are tested over fixtures in versions/changes.test.ts.

describe('readable diffs', async () => {
  const { readableDiff } = await import('../../../src/lib/compare/comparison.ts');
  test('texts that share little wording get no diff (and are not diffed at all)', () => {
    expect(
      readableDiff('Partene skal bruke video i veiledning.', 'Kommunen dekker egne utgifter til drift.'),
    ).toBeNull();
  });
  test('texts that share most of their wording get their word diff', () => {
    expect(serialiseDiff(readableDiff('Partene skal bruke video.', 'Partene kan bruke video.')!.parts)).toBe(
      'Partene <del>skal</del><ins>kan</ins> bruke video.',
    );
  });
});

describe('structure kept in diffs', () => {
  const blocks = (a: string, b: string) => {
    const { parts } = diffClauses(a, b);
    return { a: serialiseBlocks(diffBlocks(parts, 'a')), b: serialiseBlocks(diffBlocks(parts, 'b')) };
  };

  // Issue 19: diffed lists came out as "- " dash text in one run.
  test('a list diffs item against item and stays a list', () => {
    const before = 'Partene skal:\n\n- følge Normen\n- varsle nedetid en uke før\n- teste meldinger';
    const after = 'Partene skal:\n\n- følge Normen\n- varsle nedetid to uker før\n- teste meldinger\n- melde avvik';
    expect(blocks(before, after)).toEqual({
      a: '¶ Partene skal:\n• følge Normen\n• varsle nedetid <del>en uke</del> før\n• teste meldinger',
      b: '¶ Partene skal:\n• følge Normen\n• varsle nedetid <ins>to uker</ins> før\n• teste meldinger\n• <ins>melde avvik</ins>',
    });
    expect(diffBlocksHtml(diffClauses(before, after).parts, 'b')).toBe(
      '<p>Partene skal:</p><ul><li>følge Normen</li><li>varsle nedetid <ins><span class="visually-hidden">[Lagt til: </span>to uker<span class="visually-hidden">]</span></ins> før</li><li>teste meldinger</li><li><ins><span class="visually-hidden">[Lagt til: </span>melde avvik<span class="visually-hidden">]</span></ins></li></ul>',
    );
  });

  test('paragraphs stay paragraphs, and a change across two of them is marked in each', () => {
    expect(
      blocks(
        'Partene skal bruke video.\n\nKommunen dekker utgiftene.',
        'Partene kan bruke video.\n\nKommunen dekker utgiftene.',
      ),
    ).toEqual({
      a: '¶ Partene <del>skal</del> bruke video.\n¶ Kommunen dekker utgiftene.',
      b: '¶ Partene <ins>kan</ins> bruke video.\n¶ Kommunen dekker utgiftene.',
    });
    expect(blocks('Første avsnitt.\n\nAndre avsnitt.', 'Første avsnitt.')).toEqual({
      a: '¶ Første avsnitt.\n¶ <del>Andre avsnitt.</del>',
      b: '¶ Første avsnitt.',
    });
  });
});
