import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { MODALITIES, PARTIES } from '../model/vocabulary.ts';
import { MARK_CLASS, MARK_LABEL_CLASS, plainInline } from '../render/clause-html.ts';
import type { Clause, Obligation } from '../model/types.ts';

// The reading page marks each obligation's words in the clause: a span per run of its words (class
// `plikt plikt-<modality>`, data-part) and, before the first, a label with the party and the kind,
// as text (so it is neither colour alone nor hidden from screen readers). The words are found in the
// mdast body, where the extractor found them, so the marks sit on exactly the extracted words.

/** The label before an obligation's words, in the register's words: `[Kommunen: plikt]`, `[Felles for begge parter: adgang]`. */
export const markLabel = (obligation: Pick<Obligation, 'party' | 'modality'>) =>
  `[${PARTIES[obligation.party].label}: ${MODALITIES[obligation.modality].label.toLocaleLowerCase('nb')}]`;

type Range = { start: number; end: number; obligation: Obligation };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The length a node adds to plainInline's text (render/clause-html.ts), so offsets here are the extractor's. */
function length(node: Nodes): number {
  return plainInline([node]).length;
}

function mark(obligation: Obligation, children: PhrasingContent[]): PhrasingContent {
  return {
    type: 'pliktMerke',
    data: {
      hName: 'span',
      hProperties: {
        className: [MARK_CLASS, `${MARK_CLASS}-${obligation.modality}`],
        dataPart: obligation.party,
        dataPlikt: obligation.id,
      },
    },
    children,
  } as unknown as PhrasingContent;
}

function label(obligation: Obligation): PhrasingContent {
  return {
    type: 'pliktEtikett',
    data: {
      hName: 'span',
      hProperties: { className: [MARK_LABEL_CLASS] },
      hChildren: [{ type: 'text', value: `${markLabel(obligation)} ` }],
    },
  } as unknown as PhrasingContent;
}

/** Wraps the ranges' words in marks; other nodes are kept as they are (copied where their children change). */
function wrap(
  nodes: ReadonlyArray<PhrasingContent>,
  ranges: ReadonlyArray<Range>,
  state: { offset: number; labelled: Set<string> },
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const labelFor = (start: number, end: number) => {
    for (const range of ranges) {
      if (range.start < end && range.end > start && !state.labelled.has(range.obligation.id)) {
        state.labelled.add(range.obligation.id);
        out.push(label(range.obligation));
      }
    }
  };
  for (const node of nodes) {
    const start = state.offset;
    if (node.type === 'text') {
      const cuts = new Set([0, node.value.length]);
      for (const range of ranges)
        for (const at of [range.start - start, range.end - start]) if (at > 0 && at < node.value.length) cuts.add(at);
      const points = [...cuts].sort((a, b) => a - b);
      for (let i = 0; i < points.length - 1; i += 1) {
        const value = node.value.slice(points[i], points[i + 1]);
        const from = start + points[i]!;
        const covering = ranges.filter((r) => r.start <= from && from < r.end);
        if (!covering.length || value.trim() === '') {
          out.push({ type: 'text', value });
          continue;
        }
        labelFor(from, from + value.length);
        out.push(
          covering.reduceRight<PhrasingContent>((inner, range) => mark(range.obligation, [inner]), {
            type: 'text',
            value,
          }),
        );
      }
      state.offset += node.value.length;
    } else if (
      node.type === 'emphasis' ||
      node.type === 'strong' ||
      node.type === 'link' ||
      node.type === 'delete' ||
      (node.type === 'textDirective' && node.name === 'plikt')
    ) {
      out.push({ ...node, children: wrap(node.children as PhrasingContent[], ranges, state) } as PhrasingContent);
    } else {
      // Atomic for marking (placeholders, notes, footnote calls, code): kept whole, labelled if an obligation starts there.
      const size = length(node);
      if (size > 0) labelFor(start, start + size);
      out.push(node);
      state.offset += size;
    }
  }
  return out;
}

/** A clause body with its obligations' words marked, ready for renderMarkedHtml (parse/clause-render.ts renders it once). */
export function markClauseBody(clause: Pick<Clause, 'body'>, obligations: ReadonlyArray<Obligation>): RootContent[] {
  let next = 0;
  const wordsOf = (obligation: Obligation) =>
    new RegExp(escape(obligation.text).replace(/\n/g, '[ \\t]*\\n[ \\t]*'), 'g');
  // `row`: the obligations already marked in the cells before this one of a table row. The same words in
  // two parties' cells are one shared duty (extract.ts's table of tasks), and each cell shows them marked.
  const inContainer = (children: PhrasingContent[], node: Nodes, row?: Obligation[]): PhrasingContent[] => {
    const text = plainInline(children);
    const first = node.position?.start.line ?? 0;
    const last = node.position?.end.line ?? Infinity;
    const ranges: Range[] = [];
    for (const obligation of row ?? []) {
      const found = wordsOf(obligation).exec(text);
      if (found && found[0] === text.trim())
        ranges.push({ start: found.index, end: found.index + found[0].length, obligation });
    }
    let cursor = ranges.at(-1)?.end ?? 0;
    while (next < obligations.length) {
      const obligation = obligations[next]!;
      if (obligation.line < first || obligation.line > last) break;
      // A sentence that binds two parties is two obligations on the same words (conjuncts.ts): one span each, nested.
      const previous = ranges.at(-1);
      if (previous && previous.obligation.text === obligation.text && previous.obligation.line === obligation.line) {
        ranges.push({ ...previous, obligation });
        next += 1;
        continue;
      }
      // The extractor joined soft line breaks ("a \n b" → "a\nb"): find its words across them.
      const pattern = wordsOf(obligation);
      pattern.lastIndex = cursor;
      const found = pattern.exec(text);
      if (!found) break;
      ranges.push({ start: found.index, end: found.index + found[0].length, obligation });
      row?.push(obligation);
      cursor = found.index + found[0].length;
      next += 1;
    }
    if (!ranges.length) return children;
    const state = { offset: 0, labelled: new Set<string>() };
    const wrapped = wrap(children, ranges, state);
    // The offsets are plainInline's: if the walk here ever counted differently, marks would land on other words.
    if (state.offset !== text.length)
      throw new Error(
        `marks: walked ${state.offset} characters of ${text.length} at line ${first}: plainInline and wrap disagree`,
      );
    return wrapped;
  };
  const block = (node: RootContent): RootContent => {
    if (node.type === 'paragraph') return { ...node, children: inContainer(node.children, node) };
    if (node.type === 'tableRow') {
      const row: Obligation[] = [];
      return {
        ...node,
        children: node.children.map((cell) => ({ ...cell, children: inContainer(cell.children, cell, row) })),
      };
    }
    if (node.type === 'heading' || !('children' in node)) return node;
    return { ...node, children: (node.children as RootContent[]).map(block) } as RootContent;
  };
  return clause.body.map(block);
}
