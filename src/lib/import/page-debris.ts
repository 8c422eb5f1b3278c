import type { Debris, SourceLine } from './source-line.ts';
import { PAGE_NUMBER, tokens, URL_LINE } from './line-patterns.ts';

// What a page leaves in an extraction's lines: page numbers, running headers and footers, link
// targets repeated at a page foot, URLs the line break split, lines repeated on every page.

/** A URL the line break split goes on at the start of the next line (`…i-helse-⏎og-omsorgssektoren`). */
export function rejoinUrls(lines: ReadonlyArray<SourceLine>): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const url = previous && /(?:https?:\/\/|www\.)\S*[-/_.]$/.exec(previous.text);
    if (previous && url && /^[\w-][\w./?=&#%~-]*(?:\s|$)/.test(line.text) && !/^\p{Lu}/u.test(line.text)) {
      const [head = '', ...rest] = line.text.split(/\s+/);
      out[out.length - 1] = { ...previous, text: previous.text + head };
      if (rest.length > 0) out.push({ ...line, text: rest.join(' ') });
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Leaves out page numbers, running headers and footers, and link targets repeated at a page foot. */
export function removeDebris(
  lines: ReadonlyArray<SourceLine>,
  debris: Debris[],
  afterDebris: Set<number>,
): SourceLine[] {
  const pages = new Set(lines.map((line) => line.page)).size;
  // Running headers and footers: the first or last line of a page, the same (digits aside) on at least half the pages.
  const edges = new Map<string, number>();
  const mask = (text: string) => text.replace(/\d+/g, '#');
  if (pages > 1) {
    const byPage = Map.groupBy(lines, (line) => line.page);
    for (const pageLines of byPage.values()) {
      const edge = new Set([...pageLines.slice(0, 2), ...pageLines.slice(-2)].map((line) => mask(line.text)));
      for (const text of edge) edges.set(text, (edges.get(text) ?? 0) + 1);
    }
  }
  const running = new Set([...edges].filter(([, count]) => count >= Math.max(2, pages / 2)).map(([text]) => text));
  // Page furniture stands around a page's text, never in place of it: where taking the repeated lines
  // out would leave more than half the pages with no text (every page the same short text), they are
  // the text, and stay (the report lists them as repeated lines for the editor to check). A blank
  // last page with only its header and number, in a text of two pages, is not enough.
  if (running.size > 0) {
    const furniture = (line: SourceLine) => PAGE_NUMBER.test(line.text) || running.has(mask(line.text));
    const emptied = [...Map.groupBy(lines, (line) => line.page).values()].filter((pageLines) =>
      pageLines.every(furniture),
    ).length;
    if (emptied > pages / 2) running.clear();
  }
  const text = lines.map((line) => line.text).join(' ');
  const out: SourceLine[] = [];
  let removed = false;
  for (const line of lines) {
    const kind = PAGE_NUMBER.test(line.text)
      ? 'page number'
      : running.has(mask(line.text))
        ? 'running header or footer'
        : URL_LINE.test(line.text) && text.split(line.text).length > 2
          ? 'link target repeated at a page foot'
          : null;
    if (kind) debris.push({ kind, text: line.text, page: line.page, line: line.line });
    // What stood between two lines (a page foot, a page break) at least separates them.
    else if (removed && line.gap === 'none') {
      afterDebris.add(out.length);
      out.push({ ...line, gap: 'soft' });
    } else out.push(line);
    removed = Boolean(kind);
  }
  return out;
}

/** Lines (digits aside) that occur three times or more: possibly page headers in a text without pages. */
export function repeatedLines(lines: ReadonlyArray<SourceLine>): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) if (tokens(line.text).length >= 2) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  return [...counts].filter(([, count]) => count >= 3).map(([text, count]) => `${text} (${count}×)`);
}
