import { describe, expect, test } from 'vitest';
import { bars, dotMatrix, heatMap, partyBars, similarityHeatMap, topicDots } from '../../../src/lib/render/chart.ts';

/** The texts an SVG prints, in order: what a reader sees beside the marks. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
}

/** One attribute of every element of a class, in order. */
function attribute(svg: string, className: string, name: string): number[] {
  return [...svg.matchAll(new RegExp(`<\\w+ class="${className}"[^>]*?\\s${name}="([^"]+)"`, 'g'))].map((match) =>
    Number(match[1]),
  );
}

const text = { id: 'kart', title: 'Tittel', description: 'Beskrivelse' };
const charts = [
  {
    kind: 'heat map',
    svg: heatMap({
      ...text,
      rows: ['A', 'B'],
      columns: ['A', 'B'],
      values: [
        [null, 0.3],
        [0.3, null],
      ],
    }),
  },
  { kind: 'dot matrix', svg: dotMatrix({ ...text, rows: ['Tema'], columns: ['A', 'B'], counts: [[0, 2]] }) },
  { kind: 'bars', svg: bars({ ...text, items: [{ label: 'Kommune', value: 3 }] }) },
];

describe.each(charts)('a $kind', ({ svg }) => {
  test('is an image named by its title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="kart-tittel kart-beskrivelse"/);
    expect(svg).toContain('<title id="kart-tittel">Tittel</title>');
    expect(svg).toContain('<desc id="kart-beskrivelse">Beskrivelse</desc>');
  });
  test('holds nothing to focus (its table has the links)', () => {
    expect(svg).not.toMatch(/<a[\s>]|tabindex/);
  });
  test('scales to its box through its viewBox', () => {
    const [, width, height] = svg.match(/viewBox="0 0 (\d+) (\d+)"/)!.map(Number);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });
});

test.each([
  {
    chart: 'heat map',
    svg: heatMap({
      ...text,
      rows: ['Telemark', 'UNN'],
      columns: ['Telemark', 'UNN'],
      values: [
        [null, 0.234],
        [0.234, null],
      ],
    }),
    expected: ['Telemark', 'UNN', 'Telemark', 'UNN', '23 %', '23 %'],
  },
  {
    chart: 'heat map with its own format',
    svg: heatMap({ ...text, rows: ['A'], columns: ['B'], values: [[0.5]], format: (v) => v.toFixed(2) }),
    expected: ['B', 'A', '0.50'],
  },
  {
    chart: 'dot matrix',
    svg: dotMatrix({
      ...text,
      rows: ['Testing', 'Avvik'],
      columns: ['Innlandet', 'UNN'],
      counts: [
        [5, 0],
        [1, 2],
      ],
    }),
    expected: ['Innlandet', 'UNN', 'Testing', 'Avvik', '5', '0', '1', '2'],
  },
  {
    chart: 'bars',
    svg: bars({
      ...text,
      items: [
        { label: 'Felles', value: 12 },
        { label: 'Kommune', value: 4 },
      ],
    }),
    expected: ['Felles', '12', 'Kommune', '4'],
  },
])('a $chart prints its labels and numbers: $expected', ({ svg, expected }) => {
  expect(texts(svg)).toEqual(expected);
});

test('labels are escaped, not markup', () => {
  const svg = bars({ ...text, title: 'A < B & C', items: [{ label: '<b>Kommune</b>', value: 1 }] });
  expect(svg).toContain('<title id="kart-tittel">A &#x3C; B &#x26; C</title>');
  expect(texts(svg)[0]).toBe('&#x3C;b>Kommune&#x3C;/b>');
});

test('a heat map shades each cell by its value, and leaves a cell without a value unshaded', () => {
  const svg = heatMap({
    ...text,
    rows: ['A', 'B'],
    columns: ['A', 'B'],
    values: [
      [null, 0.25],
      [1, null],
    ],
  });
  expect(attribute(svg, 'chart-heat', 'fill-opacity')).toEqual([0.25, 1]);
  expect(svg.match(/class="chart-empty"/g)).toHaveLength(2);
  // A dark cell writes its number in the contrasting colour.
  expect(svg).toMatch(/class="chart-value-strong"[^>]*>100 %</);
  expect(svg).toMatch(/class="chart-value"[^>]*>25 %</);
});

test('a dot matrix draws areas in proportion to the counts, and a ring for none', () => {
  const svg = dotMatrix({ ...text, rows: ['T'], columns: ['A', 'B', 'C'], counts: [[1, 4, 0]] });
  const [one, four] = attribute(svg, 'chart-dot', 'r');
  expect((four! / one!) ** 2).toBeCloseTo(4, 1);
  expect(svg.match(/class="chart-dot-none"/g)).toHaveLength(1);
});

test('bars are as long as their values, the longest by default full length', () => {
  const svg = bars({
    ...text,
    items: [
      { label: 'A', value: 6 },
      { label: 'B', value: 3 },
      { label: 'C', value: 0 },
    ],
  });
  const [a, b, c] = attribute(svg, 'chart-bar', 'width');
  expect(b! / a!).toBeCloseTo(0.5, 5);
  expect(c).toBe(0);
  const [half] = attribute(bars({ ...text, max: 12, items: [{ label: 'A', value: 6 }] }), 'chart-bar', 'width');
  expect(half).toBeCloseTo(a! / 2, 5);
});

/** The text alternative of a chart: its SVG description. */
const described = (svg: string) => svg.match(/<desc[^>]*>([^<]*)<\/desc>/)?.[1];

describe('the site’s charts describe their data', () => {
  test('a similarity heat map names the most and the least alike pair', () => {
    const svg = similarityHeatMap(
      'likhet',
      ['Agder', 'Bodø', 'Vestfold'],
      [
        [null, 0.2, 0.61],
        [0.2, null, 0.35],
        [0.61, 0.35, null],
      ],
    );
    expect(described(svg)).toBe(
      'Likhet i ordbruk mellom hvert par av 3 retningslinjer, fra 0 til 100 %. Mest like: Agder og Vestfold, 61 %. Minst like: Agder og Bodø, 20 %. Tallene står også i tabellen under.',
    );
  });

  test('a similarity heat map of one text says there is nothing to compare', () => {
    expect(described(similarityHeatMap('likhet', ['Agder'], [[null]]))).toBe(
      'Bare én retningslinje: ingenting å sammenligne.',
    );
  });

  test('topic dots count the topics some text leaves out', () => {
    const svg = topicDots(
      'tema',
      ['Nedetid', 'Testing', 'Avvik'],
      ['Agder', 'Bodø'],
      [
        [1, 2],
        [0, 3],
        [0, 0],
      ],
    );
    expect(described(svg)).toContain('3 tema i 2 retningslinjer.');
    expect(described(svg)).toContain(' 2 av temaene er ikke omtalt i alle.');
  });

  test('party bars give every count and the texts that give the party nothing', () => {
    const svg = partyBars('stolper', 'kommunen', 7, [
      { label: 'Agder', value: 7 },
      { label: 'Bodø', value: 0 },
    ]);
    expect(svg).toContain('for kommunen, antall per retningslinje');
    expect(described(svg)).toBe('7 i alt. Agder: 7, Bodø: 0. Ingen fra Bodø.');
  });
});

// Issue 22: at 320 and 390 px the charts were shrunk to fit, their text to 7–8 px. Each is now drawn
// a second time for a phone, from the same data and words, never wider than a 320 px screen holds.
describe('the narrow form of a chart', () => {
  const long = 'Nasjonale e-helseløsninger og felleskomponenter';
  const narrow = [
    {
      kind: 'heat map',
      wide: heatMap({
        ...text,
        rows: ['A', long],
        columns: ['A', 'B'],
        values: [
          [null, 0.3],
          [0.7, 0.1],
        ],
      }),
      svg: heatMap(
        {
          ...text,
          rows: ['A', long],
          columns: ['A', 'B'],
          values: [
            [null, 0.3],
            [0.7, 0.1],
          ],
        },
        'narrow',
      ),
    },
    {
      kind: 'dot matrix',
      wide: dotMatrix({
        ...text,
        rows: ['Tema', long],
        columns: ['A', 'B'],
        counts: [
          [0, 2],
          [5, 1],
        ],
      }),
      svg: dotMatrix(
        {
          ...text,
          rows: ['Tema', long],
          columns: ['A', 'B'],
          counts: [
            [0, 2],
            [5, 1],
          ],
        },
        'narrow',
      ),
    },
    {
      kind: 'bars',
      wide: bars({
        ...text,
        items: [
          { label: long, value: 3 },
          { label: 'Kommune', value: 1 },
        ],
      }),
      svg: bars(
        {
          ...text,
          items: [
            { label: long, value: 3 },
            { label: 'Kommune', value: 1 },
          ],
        },
        'narrow',
      ),
    },
  ];
  const viewBox = (svg: string) =>
    svg
      .match(/viewBox="0 0 (\d+) (\d+)"/)!
      .slice(1)
      .map(Number);
  /** Every text of an SVG, a label written on several lines joined again with spaces. */
  const words = (svg: string) =>
    [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((match) =>
      match[1]!.replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, ''),
    );

  test.each(narrow)('a $kind has ids of its own, and the title and description of the wide one', ({ svg }) => {
    expect(svg).toMatch(
      /^<svg id="kart-smal" class="chart [\w-]+ chart-narrow"[^>]*aria-labelledby="kart-smal-tittel kart-smal-beskrivelse"/,
    );
    expect(svg).toContain('<title id="kart-smal-tittel">Tittel</title>');
    expect(svg).toContain('<desc id="kart-smal-beskrivelse">Beskrivelse</desc>');
  });

  test.each(narrow)('a $kind fits a 320 px screen, its long label on lines of whole words', ({ svg }) => {
    const [width] = viewBox(svg);
    expect(width).toBeLessThanOrEqual(288);
    expect(svg).toMatch(/<tspan[^>]*>Nasjonale e-helseløsninger og<\/tspan><tspan[^>]*>felleskomponenter<\/tspan>/);
  });

  test.each(narrow)('a $kind prints every label and number the wide one does', ({ svg, wide }) => {
    expect(words(svg).sort()).toEqual(words(wide).sort());
  });

  // Issue 30: at nineteen regions the grid was drawn 19 columns wide and shrunk to 5 px text on a phone.
  const columns = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
  test.each([
    {
      kind: 'heat map, each row its three largest values, largest first',
      svg: heatMap(
        {
          ...text,
          rows: ['A', 'B'],
          columns,
          values: [
            [null, 0.1, 0.9, 0.2, 0.8, 0.3, 0.7],
            [0.5, null, 0.4, 0.6, 0.1, 0.1, 0.1],
          ],
        },
        'narrow',
      ),
      expected: ['A', '90 %', 'C', '80 %', 'E', '70 %', 'G', 'B', '60 %', 'D', '50 %', 'A', '40 %', 'C'],
    },
    {
      kind: 'dot matrix, each row how many columns have any and which have none',
      svg: dotMatrix(
        { ...text, rows: ['T', 'U'], columns, counts: [columns.map(() => 1), [0, 2, 0, 1, 1, 1, 1]] },
        'narrow',
      ),
      expected: ['T', '7/7', 'alle har det', 'U', '5/7', 'mangler: A, C'],
    },
  ])('a grid of more columns than fit a phone is a list: a $kind', ({ svg, expected }) => {
    expect(viewBox(svg)[0]).toBeLessThanOrEqual(288);
    expect(words(svg)).toEqual(expected);
  });

  test.each([
    {
      chart: 'similarity heat map',
      svg: similarityHeatMap(
        'k',
        ['A', 'B'],
        [
          [null, 0.5],
          [0.5, null],
        ],
      ),
    },
    { chart: 'topic dots', svg: topicDots('k', ['T'], ['A'], [[1]]) },
    { chart: 'party bars', svg: partyBars('k', 'kommunen', 1, [{ label: 'A', value: 1 }]) },
  ])('the site’s $chart comes in both forms', ({ svg }) => {
    expect(svg.match(/<svg id="k" class="chart [\w-]+ chart-wide"/g)).toHaveLength(1);
    expect(svg.match(/<svg id="k-smal" class="chart [\w-]+ chart-narrow"/g)).toHaveLength(1);
  });
});
