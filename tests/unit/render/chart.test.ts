import { describe, expect, test } from 'vitest';
import { bars, dotMatrix, heatMap } from '../../../src/lib/render/chart.ts';

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
