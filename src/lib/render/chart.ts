// Small charts drawn at build time as SVG markup: no chart library reaches the browser. Each chart
// is drawn twice from the same data and words: a wide form, and a narrow one for a phone (labels on
// their own lines above the marks, so nothing has to shrink to fit), the stylesheet showing one of
// them (`chart-wide` / `chart-narrow`, src/styles/compare.css). Neither is ever scaled below its
// drawn size on the screen it is shown on, so their 13 px text stays 13 px. Each chart is an image (role="img", so it holds no links: the table beside it has them) with a title and a
// description as its text alternative, and prints its numbers beside the marks, so it never says
// anything by colour or size alone. Colours are left to CSS classes
// (`chart-*` in src/styles/compare.css), which take the theme's tokens for the light and dark schemes.
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { formatPercent } from '../model/vocabulary.ts';

/** What every chart is called and how it is described to someone who cannot see it. */
export interface ChartText {
  /** The id of the SVG; its title and description get `<id>-tittel` and `<id>-beskrivelse`. */
  id: string;
  title: string;
  /** One or two sentences: what the chart shows and what stands out. */
  description: string;
}

/** A heat map: a grid of values from 0 to 1, each cell shaded by its value and printing it. */
export interface HeatMap extends ChartText {
  rows: string[];
  columns: string[];
  /** `values[row][column]`, 0..1, or null for a cell with nothing to show (a text and itself). */
  values: Array<Array<number | null>>;
  /** How a value is written in its cell; a whole percentage by default. */
  format?: (value: number) => string;
}

/** A dot matrix: a grid of counts, each drawn as a dot whose area grows with the count, the count beside it. */
export interface DotMatrix extends ChartText {
  rows: string[];
  columns: string[];
  /** `counts[row][column]`, whole numbers from 0; 0 draws an empty ring. */
  counts: number[][];
}

/** Horizontal bars: one bar per label, its length the value, the number at its end. */
export interface Bars extends ChartText {
  items: Array<{ label: string; value: number }>;
  /** The value of a full-length bar; the largest value by default. */
  max?: number;
}

const CELL = 56;
const DOT_ROW = 32;
const BAR_ROW = 28;
const BAR_LENGTH = 320;
// The narrow form fits a 320 px screen (288 px inside the page's margins): its width is at most
// NARROW_WIDTH unless a grid has more columns than fit (then it is as wide as they need).
const NARROW_WIDTH = 280;
const NARROW_CELL = 48;
const LINE = 17;
// About 7.5 px a character of the 13 px labels compare.css sets.
const CHAR = 7.5;

// Room for the longest row label.
function labelWidth(labels: string[]): number {
  return Math.ceil(Math.max(4, ...labels.map((label) => label.length)) * CHAR) + 12;
}

// A label cut into lines of whole words that fit `width` (a word longer than a line stands alone).
function lines(label: string, width: number): string[] {
  const most = Math.max(8, Math.floor(width / CHAR));
  return label.split(/\s+/).reduce<string[]>((all, word) => {
    const last = all.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= most) all[all.length - 1] = `${last} ${word}`;
    else all.push(word);
    return all;
  }, []);
}

// A label on lines of its own from (x, y), the first line's baseline at y + 13.
function block(label: string, x: number, y: number, width: number, className = 'chart-label'): Element {
  return el(
    'text',
    { className: [className], x, y: y + 13 },
    lines(label, width).map((line, index) =>
      el('tspan', { x, dy: index === 0 ? 0 : LINE }, [{ type: 'text', value: line }]),
    ),
  );
}

type Attributes = Record<string, string | number | string[]>;

function el(tagName: string, attributes: Attributes, children: ElementContent[] = []): Element {
  // hast's Properties type is stricter than the SVG attributes toHtml writes (numbers for lengths).
  return { type: 'element', tagName, properties: attributes as Properties, children };
}

function text(value: string, properties: Attributes): Element {
  return el('text', properties, [{ type: 'text', value }]);
}

// The narrow form has ids of its own (`<id>-smal`) and the same title and description.
function svg(
  chart: ChartText,
  width: number,
  height: number,
  kind: string,
  marks: ElementContent[],
  form: 'wide' | 'narrow' = 'wide',
): string {
  const { title, description } = chart;
  const id = form === 'wide' ? chart.id : `${chart.id}-smal`;
  return toHtml(
    el(
      'svg',
      {
        id,
        className: ['chart', `chart-${kind}`, `chart-${form}`],
        viewBox: `0 0 ${width} ${height}`,
        width,
        height,
        role: 'img',
        ariaLabelledBy: `${id}-tittel ${id}-beskrivelse`,
        xmlns: 'http://www.w3.org/2000/svg',
      },
      [
        el('title', { id: `${id}-tittel` }, [{ type: 'text', value: title }]),
        el('desc', { id: `${id}-beskrivelse` }, [{ type: 'text', value: description }]),
        ...marks,
      ],
    ),
    { space: 'svg' },
  );
}

// Room above the grid for the column labels, which are set at 40 degrees so that long names do not overlap.
function columnHead(columns: string[]): number {
  return Math.ceil(labelWidth(columns) * Math.sin((Math.PI * 40) / 180)) + 12;
}

// Room right of the grid for the end of the last column's slanted label.
function columnTail(columns: string[]): number {
  return Math.max(8, Math.ceil(labelWidth(columns.slice(-1)) * Math.cos((Math.PI * 40) / 180) - CELL / 2));
}

// Column labels sit above the grid, row labels left of it.
function gridLabels(rows: string[], columns: string[], left: number, top: number, rowHeight: number): Element[] {
  return [
    ...columns.map((label, column) => {
      const x = left + column * CELL + CELL / 2;
      return text(label, { className: ['chart-label'], x, y: top - 8, transform: `rotate(-40 ${x} ${top - 8})` });
    }),
    ...rows.map((label, row) =>
      text(label, {
        className: ['chart-label'],
        x: left - 8,
        y: top + row * rowHeight + rowHeight / 2,
        textAnchor: 'end',
        dominantBaseline: 'middle',
      }),
    ),
  ];
}

/** Which of a chart's two drawings: `wide` for a desk, `narrow` for a phone. */
export type ChartForm = 'wide' | 'narrow';

// One heat map cell, `size` wide and `height` tall from (x, y): shaded by its value, the value printed on it.
function heatCell(
  value: number | null,
  x: number,
  y: number,
  size: number,
  height: number,
  format: (value: number) => string,
) {
  const box = { x: x + 1, y: y + 1, width: size - 2, height: height - 2 };
  if (value === null) return [el('rect', { className: ['chart-empty'], ...box })];
  return [
    // The shade only repeats the number printed on it.
    el('rect', { className: ['chart-heat'], ...box, fillOpacity: Math.max(0, Math.min(1, value)).toFixed(2) }),
    text(format(value), {
      className: [value >= 0.5 ? 'chart-value-strong' : 'chart-value'],
      x: x + size / 2,
      y: y + height / 2,
      textAnchor: 'middle',
      dominantBaseline: 'middle',
    }),
  ];
}

// One dot matrix cell: the dot centred at (cx, cy), at most `largest` in radius, the count right of it.
function dotCell(count: number, most: number, cx: number, cy: number, largest: number) {
  // Area, not radius, is proportional to the count: a dot twice as big means twice as many.
  const r = count === 0 ? 3 : Math.max(3, largest * Math.sqrt(count / most));
  return [
    el('circle', { className: [count === 0 ? 'chart-dot-none' : 'chart-dot'], cx, cy, r: r.toFixed(1) }),
    text(String(count), { className: ['chart-value'], x: cx + largest + 4, y: cy, dominantBaseline: 'middle' }),
  ];
}

/**
 * The narrow form of a grid: the column labels upright above the columns, and each row's label on
 * lines of its own above its row of marks, so that a long topic name needs no room beside the grid.
 * `mark(row, column, x, y)` draws one cell, NARROW_CELL wide and `height` tall.
 */
function narrowGrid(
  chart: ChartText & { rows: string[]; columns: string[] },
  kind: string,
  height: number,
  mark: (row: number, column: number, x: number, y: number) => ElementContent[],
): string {
  const { rows, columns } = chart;
  const width = Math.max(NARROW_WIDTH, columns.length * NARROW_CELL);
  const top = labelWidth(columns);
  const marks: ElementContent[] = columns.map((label, column) => {
    // Turned a quarter: the glyphs stand left of their baseline, which runs up from (x, top - 6).
    const x = column * NARROW_CELL + NARROW_CELL / 2 + 4;
    return text(label, { className: ['chart-label'], x, y: top - 6, transform: `rotate(-90 ${x} ${top - 6})` });
  });
  let y = top;
  rows.forEach((label, row) => {
    marks.push(block(label, 0, y, width));
    y += lines(label, width).length * LINE + 2;
    marks.push(
      el(
        'g',
        {},
        columns.flatMap((_, column) => mark(row, column, column * NARROW_CELL, y)),
      ),
    );
    y += height + 8;
  });
  return svg(chart, width, y, kind, marks, 'narrow');
}

// More columns than a phone has room for at NARROW_CELL each: the narrow form lists instead of a grid.
const tooManyColumns = (columns: string[]) => columns.length * NARROW_CELL > NARROW_WIDTH;

/** A line of the narrow list form: a mark shaded by `value` (0..1) printing `printed`, then `words`. */
interface ListLine {
  value: number;
  printed: string;
  words: string;
}

/**
 * The narrow form of a grid with more columns than fit a phone: each row's label on lines of its own,
 * then a few lines that sum the row up (its largest values, or what it covers), each a shaded mark
 * printing its number and the words it stands for. The whole grid stays in the table beside the chart.
 */
function narrowList(chart: ChartText, kind: string, rows: string[], linesOf: (row: number) => ListLine[]): string {
  const mark = 56;
  const marks: ElementContent[] = [];
  let y = 0;
  rows.forEach((label, row) => {
    marks.push(block(label, 0, y, NARROW_WIDTH, 'chart-label chart-row-label'));
    y += lines(label, NARROW_WIDTH).length * LINE + 4;
    for (const { value, printed, words } of linesOf(row)) {
      marks.push(
        el(
          'g',
          {},
          heatCell(value, 0, y, mark, 26, () => printed),
        ),
      );
      for (const [index, line] of lines(words, NARROW_WIDTH - mark - 8).entries())
        marks.push(
          text(line, { className: ['chart-label'], x: mark + 8, y: y + 13 + index * LINE, dominantBaseline: 'middle' }),
        );
      y += Math.max(28, lines(words, NARROW_WIDTH - mark - 8).length * LINE + 4);
    }
    y += 10;
  });
  return svg(chart, NARROW_WIDTH, y, kind, marks, 'narrow');
}

/** The SVG of a heat map, each cell shaded by its value and printing it; narrow with many columns, each row's three largest. */
export function heatMap(chart: HeatMap, form: ChartForm = 'wide'): string {
  const { rows, columns, values, format = (value: number) => `${Math.round(value * 100)} %` } = chart;
  const value = (row: number, column: number) => values[row]?.[column] ?? null;
  if (form === 'narrow' && tooManyColumns(columns)) {
    return narrowList(chart, 'heat-map', rows, (row) =>
      columns
        .map((words, column) => ({ words, value: value(row, column) }))
        .filter((cell): cell is { words: string; value: number } => cell.value !== null)
        .sort((a, b) => b.value - a.value)
        .slice(0, 3)
        .map(({ words, value }) => ({ words, value, printed: format(value) })),
    );
  }
  if (form === 'narrow') {
    return narrowGrid(chart, 'heat-map', 36, (row, column, x, y) =>
      heatCell(value(row, column), x, y, NARROW_CELL, 36, format),
    );
  }
  const left = labelWidth(rows);
  const top = columnHead(columns);
  const cells = rows.flatMap((_, row) =>
    columns.map((_, column) =>
      el('g', {}, heatCell(value(row, column), left + column * CELL, top + row * CELL, CELL, CELL, format)),
    ),
  );
  return svg(chart, left + columns.length * CELL + columnTail(columns), top + rows.length * CELL, 'heat-map', [
    ...gridLabels(rows, columns, left, top, CELL),
    ...cells,
  ]);
}

/**
 * The SVG of a dot matrix: a dot per cell, its area growing with the count, the count beside it;
 * narrow with many columns, for each row how many of the columns have any, and which do not.
 */
export function dotMatrix(chart: DotMatrix, form: ChartForm = 'wide'): string {
  const { rows, columns, counts } = chart;
  const most = Math.max(1, ...counts.flat());
  const count = (row: number, column: number) => counts[row]?.[column] ?? 0;
  const largest = DOT_ROW / 2 - 3;
  if (form === 'narrow' && tooManyColumns(columns)) {
    return narrowList(chart, 'dot-matrix', rows, (row) => {
      const none = columns.filter((_, column) => count(row, column) === 0);
      const some = columns.length - none.length;
      return [
        {
          value: some / columns.length,
          printed: `${some}/${columns.length}`,
          words: none.length === 0 ? 'alle har det' : `mangler: ${none.join(', ')}`,
        },
      ];
    });
  }
  if (form === 'narrow') {
    const narrowest = 11;
    return narrowGrid(chart, 'dot-matrix', 2 * narrowest + 4, (row, column, x, y) =>
      dotCell(count(row, column), most, x + narrowest + 3, y + narrowest + 2, narrowest),
    );
  }
  const left = labelWidth(rows);
  const top = columnHead(columns);
  const cells = rows.flatMap((_, row) =>
    columns.map((_, column) =>
      el(
        'g',
        {},
        dotCell(
          count(row, column),
          most,
          left + column * CELL + CELL / 2 - 8,
          top + row * DOT_ROW + DOT_ROW / 2,
          largest,
        ),
      ),
    ),
  );
  return svg(chart, left + columns.length * CELL + columnTail(columns), top + rows.length * DOT_ROW, 'dot-matrix', [
    ...gridLabels(rows, columns, left, top, DOT_ROW),
    ...cells,
  ]);
}

/** The SVG of horizontal bars, one per label, the number at the end of each; narrow, each label stands above its bar. */
export function bars(chart: Bars, form: ChartForm = 'wide'): string {
  const { items, max = Math.max(0, ...items.map((item) => item.value)) } = chart;
  const narrow = form === 'narrow';
  const left = narrow ? 0 : labelWidth(items.map((item) => item.label));
  // Room after the longest bar for its number.
  const full = narrow ? NARROW_WIDTH - 40 : BAR_LENGTH;
  let y = 0;
  const marks = items.flatMap(({ label, value }) => {
    const length = max > 0 ? (full * Math.max(0, value)) / max : 0;
    const name = narrow
      ? block(label, 0, y, NARROW_WIDTH)
      : text(label, {
          className: ['chart-label'],
          x: left - 8,
          y: y + BAR_ROW / 2,
          textAnchor: 'end',
          dominantBaseline: 'middle',
        });
    if (narrow) y += lines(label, NARROW_WIDTH).length * LINE;
    const row = [
      name,
      el('rect', { className: ['chart-bar'], x: left, y: y + 4, width: length.toFixed(1), height: BAR_ROW - 8 }),
      text(String(value), {
        className: ['chart-value'],
        x: left + length + 6,
        y: y + BAR_ROW / 2,
        dominantBaseline: 'middle',
      }),
    ];
    y += narrow ? BAR_ROW + 6 : BAR_ROW;
    return row;
  });
  return svg(chart, narrow ? NARROW_WIDTH : left + BAR_LENGTH + 48, Math.max(BAR_ROW, y), 'bars', marks, form);
}

/** Both forms of a chart, one after the other, for the stylesheet to show one. */
function bothForms<T>(draw: (chart: T, form: ChartForm) => string, chart: T): string {
  return draw(chart, 'wide') + draw(chart, 'narrow');
}

// The site's charts with their words: a page passes the data, the chart says what stands out.

/**
 * How alike texts are, pair by pair: `values[a][b]` from 0 to 1, null for a text and itself. The
 * description names the most and the least alike pair.
 */
export function similarityHeatMap(id: string, names: string[], values: Array<Array<number | null>>): string {
  const score = (a: number, b: number) => values[a]?.[b] ?? 0;
  const pairs = names
    .flatMap((_, a) =>
      names.slice(a + 1).map((_, offset) => ({ a, b: a + 1 + offset, score: score(a, a + 1 + offset) })),
    )
    .sort((x, y) => y.score - x.score);
  const [most, least] = [pairs[0], pairs.at(-1)];
  const pair = ({ a, b, score }: { a: number; b: number; score: number }) =>
    `${names[a]} og ${names[b]}, ${formatPercent(score)}`;
  return bothForms(heatMap, {
    id,
    title: 'Varmekart: hvor like tekstene er',
    description:
      most && least
        ? `Likhet i ordbruk mellom hvert par av ${names.length} retningslinjer, fra 0 til 100 %. Mest like: ${pair(most)}. Minst like: ${pair(least)}. Tallene står også i tabellen under.`
        : 'Bare én retningslinje: ingenting å sammenligne.',
    rows: names,
    columns: names,
    values,
  });
}

/**
 * How many clauses each text has on each topic (`counts[topic][text]`). The description says how
 * many topics some text leaves out.
 */
export function topicDots(id: string, topics: string[], texts: string[], counts: number[][]): string {
  const silent = counts.filter((row) => row.some((count) => count === 0)).length;
  return bothForms(dotMatrix, {
    id,
    title: 'Prikkdiagram: antall punkter per tema og retningslinje',
    description: `${topics.length} tema i ${texts.length} retningslinjer. Jo større prikk, jo flere punkter; en tom ring betyr at retningslinjen ikke omtaler temaet. ${silent} av temaene er ikke omtalt i alle. Tallene står ved prikkene, og punktene er listet i tabellen under.`,
    rows: topics,
    columns: texts,
    counts,
  });
}

/**
 * How many obligations each text gives one party, `party` named as after "for" ("kommunen"),
 * `total` of them in all. The description gives every count and the texts that give none.
 */
export function partyBars(id: string, party: string, total: number, items: Bars['items']): string {
  const none = items.filter((item) => item.value === 0).map((item) => item.label);
  return bothForms(bars, {
    id,
    title: `Stolpediagram: plikter, anbefalinger og adganger for ${party}, antall per retningslinje`,
    description: `${total} i alt. ${items.map((item) => `${item.label}: ${item.value}`).join(', ')}.${none.length > 0 ? ` Ingen fra ${none.join(', ')}.` : ''}`,
    items,
  });
}
