// Word's automatic numbering, counted as Word counts it: the list definitions of word/numbering.xml
// (abstract lists and the lists that use them, with their overrides) and the paragraph styles of
// word/styles.xml that carry a list (Heading 1 and Heading 2 numbered `1`, `1.1` by a multilevel list).
// mammoth makes lists of numbered paragraphs but writes no number; the draft needs the numbers a
// reader of the document sees, since clauses are cited by them.
import { ImportError } from '../model/errors.ts';
import { child, children, value } from './word-xml.ts';
import { formatCounter } from './word-number-formats.ts';

/** One level of a list definition (`w:lvl`). */
interface Level {
  start: number;
  format: string;
  /** `w:lvlText`: `%1.%2`, `%1)`, a bullet's character; null when the level shows nothing. */
  text: string | null;
  /** What follows the number: a tab or a space (both a space in the draft), or nothing. */
  suffix: string;
  /** `w:lvlRestart`: restart after this level (1-based), 0 never; null: after any level above. */
  restart: number | null;
  /** `w:isLgl`: every level's number shown as a decimal. */
  legal: boolean;
  /** The paragraph style this level belongs to (`w:pStyle`), if any. */
  style: string | null;
}

/** A paragraph or numbering style of word/styles.xml, as far as numbering and headings need it. */
export interface WordStyle {
  id: string;
  type: string;
  name: string;
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
  /** `w:outlineLvl` (0 is a top-level heading). */
  outline: number | null;
  isDefault: boolean;
}

/** A paragraph's number as Word shows it. */
export interface RenderedNumber {
  /** The number or bullet as shown: `2.1`, `a)`, `IV.`, `•`. */
  label: string;
  /** What stands between the number and the text in the draft: a space, or nothing. */
  suffix: string;
  bullet: boolean;
  /** The list level (`w:ilvl`, 0 the first). */
  level: number;
}

const SUFFIXES: Record<string, string> = { tab: ' ', space: ' ', nothing: '' };
const int = (text: string | null) => (text !== null && /^-?\d+$/.test(text.trim()) ? Number(text) : null);

function readLevel(lvl: Element): Level {
  return {
    start: int(value(lvl, 'w:start')) ?? 0,
    format: value(lvl, 'w:numFmt') ?? 'decimal',
    text: value(lvl, 'w:lvlText'),
    suffix: SUFFIXES[value(lvl, 'w:suff') ?? 'tab'] ?? ' ',
    restart: int(value(lvl, 'w:lvlRestart')),
    legal: child(lvl, 'w:isLgl') !== null && value(lvl, 'w:isLgl') !== '0' && value(lvl, 'w:isLgl') !== 'false',
    style: value(lvl, 'w:pStyle'),
  };
}

/** The styles of word/styles.xml by id (an empty map without the part). */
export function readStyles(doc: Document | null): Map<string, WordStyle> {
  const styles = new Map<string, WordStyle>();
  for (const style of children(doc?.documentElement, 'w:style')) {
    const pPr = child(style, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const id = style.getAttribute('w:styleId') ?? '';
    styles.set(id, {
      id,
      type: style.getAttribute('w:type') ?? 'paragraph',
      name: value(style, 'w:name') ?? id,
      basedOn: value(style, 'w:basedOn'),
      numId: value(numPr, 'w:numId'),
      ilvl: int(value(numPr, 'w:ilvl')),
      outline: int(value(pPr, 'w:outlineLvl')),
      isDefault: ['1', 'true', 'on'].includes(style.getAttribute('w:default') ?? ''),
    });
  }
  return styles;
}

/** A style and the styles it is based on, nearest first (a loop in `basedOn` ends the chain). */
export function styleChain(styles: ReadonlyMap<string, WordStyle>, id: string | null): WordStyle[] {
  const chain: WordStyle[] = [];
  let style = id === null ? undefined : styles.get(id);
  while (style && !chain.includes(style)) {
    chain.push(style);
    style = style.basedOn === null ? undefined : styles.get(style.basedOn);
  }
  return chain;
}

/**
 * Word's numbering for one document: `next` gives each paragraph's number in document order, counting
 * as Word does (counters per abstract list, so lists that share one continue each other; a list's
 * `startOverride` restarts it where it is first used; lower levels restart after a higher one unless
 * `lvlRestart` says otherwise). A list or style the document names but does not define is an ImportError.
 */
export class WordNumbering {
  readonly #abstracts = new Map<string, { levels: Map<number, Level>; numStyleLink: string | null }>();
  readonly #nums = new Map<
    string,
    { abstractId: string; overrides: Map<number, { start: number | null; level: Level | null }> }
  >();
  readonly #counters = new Map<string, Array<number | null>>();
  readonly #seen = new Set<string>();
  readonly #defaultStyle: string | null;
  private readonly styles: ReadonlyMap<string, WordStyle>;
  private readonly file: string;

  constructor(numbering: Document | null, styles: ReadonlyMap<string, WordStyle>, file: string) {
    this.styles = styles;
    this.file = file;
    const root = numbering?.documentElement;
    for (const abstract of children(root, 'w:abstractNum'))
      this.#abstracts.set(abstract.getAttribute('w:abstractNumId') ?? '', {
        levels: new Map(
          children(abstract, 'w:lvl').map((lvl) => [int(lvl.getAttribute('w:ilvl')) ?? 0, readLevel(lvl)]),
        ),
        numStyleLink: value(abstract, 'w:numStyleLink'),
      });
    for (const num of children(root, 'w:num'))
      this.#nums.set(num.getAttribute('w:numId') ?? '', {
        abstractId: value(num, 'w:abstractNumId') ?? '',
        overrides: new Map(
          children(num, 'w:lvlOverride').map((override) => {
            const lvl = child(override, 'w:lvl');
            return [
              int(override.getAttribute('w:ilvl')) ?? 0,
              { start: int(value(override, 'w:startOverride')), level: lvl ? readLevel(lvl) : null },
            ];
          }),
        ),
      });
    this.#defaultStyle =
      [...styles.values()].find((style) => style.type === 'paragraph' && style.isDefault)?.id ?? null;
  }

  /** The number Word shows before the paragraph whose properties (`w:pPr`) are given, or null; counts it. */
  next(pPr: Element | null, text: () => string): RenderedNumber | null {
    const styleId = value(pPr, 'w:pStyle') ?? this.#defaultStyle;
    const chain = styleChain(this.styles, styleId);
    const own = child(pPr, 'w:numPr');
    const fromStyle = chain.find((style) => style.numId !== null);
    const numId = value(own, 'w:numId') ?? fromStyle?.numId ?? null;
    if (numId === null || numId === '0') return null;
    const where = () => `the paragraph «${text().trim().slice(0, 50)}»`;
    const { abstractId, levels, num } = this.#resolve(
      numId,
      fromStyle && value(own, 'w:numId') === null ? `the style «${fromStyle.name}»` : where(),
    );
    const ilvl =
      int(value(own, 'w:ilvl')) ??
      chain.find((style) => style.ilvl !== null)?.ilvl ??
      [...levels].find(([, level]) => level.style !== null && level.style === styleId)?.[0] ??
      0;
    const levelOf = (i: number) => num.overrides.get(i)?.level ?? levels.get(i) ?? null;
    const level = levelOf(ilvl);
    if (!level) return null;
    const counters = this.#counters.get(abstractId) ?? Array<number | null>(9).fill(null);
    this.#counters.set(abstractId, counters);
    const startOf = (i: number) => num.overrides.get(i)?.start ?? levelOf(i)?.start ?? 0;
    if (!this.#seen.has(numId)) {
      // A list that overrides its start restarts those levels where it is first used.
      this.#seen.add(numId);
      for (const [i, override] of num.overrides) if (override.start !== null) counters[i] = null;
    }
    counters[ilvl] = counters[ilvl] === null || counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < counters.length; deeper++) {
      const restart = levelOf(deeper)?.restart ?? deeper;
      if (restart !== 0 && ilvl < restart) counters[deeper] = null;
    }
    if (level.format === 'bullet') return { label: level.text ?? '', suffix: level.suffix, bullet: true, level: ilvl };
    // `%n` is level n's counter in its own format. A level above not used yet shows its start and counts
    // as used, as LibreOffice renders it (a Heading 2 before any Heading 1 is `1.1`, the Heading 1 after it `2`).
    const label = (level.text ?? '').replace(/%([1-9])/g, (_, n: string) => {
      const i = Number(n) - 1;
      if (i > ilvl) return '';
      if (i < ilvl && (counters[i] === null || counters[i] === undefined)) counters[i] = startOf(i);
      const format = level.legal && i < ilvl ? 'decimal' : (levelOf(i)?.format ?? 'decimal');
      return formatCounter(format === 'bullet' ? 'decimal' : format, counters[i] ?? startOf(i));
    });
    return { label, suffix: level.suffix, bullet: false, level: ilvl };
  }

  /** The list a paragraph names, followed through a numbering style (`w:numStyleLink`) to the abstract list that holds its levels. */
  #resolve(numId: string, where: string) {
    const num = this.#nums.get(numId);
    const damaged = 'the file is damaged: open it in Word (or LibreOffice) and save it again as .docx';
    if (!num)
      throw new ImportError(
        this.file,
        `${where} is numbered by list ${numId}, which word/numbering.xml does not define`,
        damaged,
      );
    let abstractId = num.abstractId;
    for (let hops = 0; hops < 5; hops++) {
      const abstract = this.#abstracts.get(abstractId);
      if (!abstract)
        throw new ImportError(
          this.file,
          `list ${numId} (used by ${where}) names list definition ${abstractId}, which word/numbering.xml does not have`,
          damaged,
        );
      if (abstract.numStyleLink === null) return { abstractId, levels: abstract.levels, num };
      const style = this.styles.get(abstract.numStyleLink);
      const linked = style?.numId ? this.#nums.get(style.numId) : undefined;
      if (!linked)
        throw new ImportError(
          this.file,
          `list definition ${abstractId} (used by ${where}) takes its levels from the numbering style «${abstract.numStyleLink}», which word/styles.xml ${style ? 'gives no list' : 'does not have'}`,
          damaged,
        );
      abstractId = linked.abstractId;
    }
    throw new ImportError(this.file, `list ${numId} (used by ${where}) links numbering styles in a circle`, damaged);
  }
}
