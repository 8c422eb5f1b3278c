import { diffArrays, wordDiff } from 'diff';

/** A run of text that both sides share, or that only the old (delete) or new (insert) side has. */
export interface DiffPart {
  type: 'equal' | 'delete' | 'insert';
  text: string;
}

/** A word diff of two clause texts. */
export interface ClauseDiff {
  parts: DiffPart[];
  /** True when the word diff was too costly and the parts are whole paragraphs instead. */
  coarse: boolean;
}

/** Limits that keep any input from hanging the build. */
export interface DiffOptions {
  /** jsdiff gives up beyond this many word edits. */
  maxEditLength?: number;
  /** jsdiff gives up after this many milliseconds. */
  timeout?: number;
  /** Unchanged runs of at most this many words between two changes are folded into the change. */
  mergeGap?: number;
}

// Intl.Segmenter knows Norwegian words: æ, ø and å stay inside words, and "e-helse" or "IKT-løsninger"
// split where a Norwegian reader would expect.
const segmenter = new Intl.Segmenter('nb', { granularity: 'word' });

// A clause's text is diffed against its counterpart in each other text of its sub-agreement, and a
// version's against the next: cutting the same text into words again for every pair was a third of
// the diffing. This is jsdiff's word diff (what diffWords runs) with the words of the texts met last
// kept; jsdiff copies the list it is given before it diffs, so a kept list is never changed.
const TOKENS_KEPT = 4096;
const tokensOf = new Map<string, string[]>();
const wordDiffer: typeof wordDiff = Object.create(wordDiff);
wordDiffer.tokenize = (value, options) => {
  let tokens = tokensOf.get(value);
  if (!tokens) {
    tokens = wordDiff.tokenize(value, options);
    if (tokensOf.size >= TOKENS_KEPT) tokensOf.delete(tokensOf.keys().next().value!);
    tokensOf.set(value, tokens);
  }
  return tokens;
};

/** Word-level diff of two clause texts, cleaned up into readable runs, with a bounded cost. */
export function diffClauses(before: string, after: string, options: DiffOptions = {}): ClauseDiff {
  const { maxEditLength = 1500, timeout = 500, mergeGap = 2 } = options;
  const changes = wordDiffer.diff(before, after, { intlSegmenter: segmenter, maxEditLength, timeout });
  if (!changes) return { parts: paragraphs(before, after, maxEditLength), coarse: true };
  const parts = changes.map((change): DiffPart => ({
    type: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
  return { parts: cleanUp(parts, mergeGap), coarse: false };
}

/** The fallback when words are too many to diff: whole paragraphs kept, dropped or added. */
function paragraphs(before: string, after: string, maxEditLength: number): DiffPart[] {
  const split = (text: string) => text.split(/\n{2,}/);
  const changes = diffArrays(split(before), split(after), { maxEditLength });
  if (!changes)
    return [
      { type: 'delete', text: before },
      { type: 'insert', text: after },
    ];
  return changes.map((change) => ({
    type: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value.join('\n\n'),
  }));
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * jsdiff has no semantic clean-up: a re-worded sentence comes back as alternating one-word pieces
 * ("<del>skal</del><ins>kan</ins> sørge <del>for</del><ins>til</ins> …"). Like diff-match-patch's
 * cleanupSemantic, short unchanged runs between two changes are folded into one deletion and one
 * insertion, and changes of whitespace alone are not reported.
 */
function cleanUp(parts: DiffPart[], mergeGap: number): DiffPart[] {
  // Whitespace-only edits (a reflowed line) are not changes: keep the new side's text.
  const steps = parts.flatMap((part): DiffPart[] =>
    part.text.trim() === '' ? (part.type === 'delete' ? [] : [{ type: 'equal', text: part.text }]) : [part],
  );
  // Collapse into alternating runs: equal text, and changes as a (deleted, inserted) pair.
  type Run = { equal: string } | { deleted: string; inserted: string };
  const runs: Run[] = [];
  for (const part of steps) {
    const last = runs.at(-1);
    if (part.type === 'equal') {
      if (last && 'equal' in last) last.equal += part.text;
      else runs.push({ equal: part.text });
    } else {
      const change =
        last && 'deleted' in last
          ? last
          : (runs.push({ deleted: '', inserted: '' }), runs.at(-1) as { deleted: string; inserted: string });
      if (part.type === 'delete') change.deleted += part.text;
      else change.inserted += part.text;
    }
  }
  // Fold short equal runs (within one paragraph) that sit between two changes.
  for (let i = 1; i < runs.length - 1; i++) {
    const [before, middle, after] = [runs[i - 1]!, runs[i]!, runs[i + 1]!];
    if (
      'equal' in middle &&
      'deleted' in before &&
      'deleted' in after &&
      !middle.equal.includes('\n') &&
      words(middle.equal) <= mergeGap
    ) {
      runs.splice(i - 1, 3, {
        deleted: before.deleted + middle.equal + after.deleted,
        inserted: before.inserted + middle.equal + after.inserted,
      });
      i = Math.max(0, i - 2);
    }
  }
  return runs.flatMap((run): DiffPart[] => {
    if ('equal' in run) return [{ type: 'equal', text: run.equal }];
    return [
      ...(run.deleted ? [{ type: 'delete' as const, text: run.deleted }] : []),
      ...(run.inserted ? [{ type: 'insert' as const, text: run.inserted }] : []),
    ];
  });
}

/** The share (0..1) of both texts that a diff finds unchanged, counted in characters other than whitespace. */
export function sharedShare({ parts }: ClauseDiff): number {
  const length = (type: DiffPart['type']) =>
    parts.filter((part) => part.type === type).reduce((sum, part) => sum + part.text.replace(/\s+/g, '').length, 0);
  const equal = length('equal');
  return (2 * equal) / (2 * equal + length('delete') + length('insert') || 1);
}

/** A diff as readable text: `Partene <del>skal</del><ins>kan</ins> sørge …` (used by tests and the terminal). */
export function serialiseDiff(parts: ReadonlyArray<DiffPart>): string {
  return parts
    .map(({ type, text }) =>
      type === 'equal' ? text : type === 'delete' ? `<del>${text}</del>` : `<ins>${text}</ins>`,
    )
    .join('');
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// How each kind of change is marked on a side of the comparison: a real <del>/<ins> element that
// carries strike-through or underline (not colour alone) and words for screen readers.
const MARKS = {
  delete: { tag: 'del', label: 'Fjernet' },
  insert: { tag: 'ins', label: 'Lagt til' },
} as const;

/** A block of one side of a diff: a paragraph, or a list item (its "- " marker taken off). */
export interface DiffBlock {
  kind: 'paragraph' | 'item';
  parts: DiffPart[];
}

const ITEM = /^\s*- /;

/**
 * One side of a diff cut into the blocks its plain text stands for: paragraphs apart at blank lines,
 * list items at lines starting with "- " (how a clause's text writes them). Side `a` keeps what B
 * removed, side `b` what B added; a change across several lines is marked in each.
 */
export function diffBlocks(parts: ReadonlyArray<DiffPart>, side: 'a' | 'b'): DiffBlock[] {
  const shown = side === 'a' ? 'delete' : 'insert';
  const lines: DiffPart[][] = [[]];
  for (const part of parts) {
    if (part.type !== 'equal' && part.type !== shown) continue;
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) lines.push([]);
      if (piece !== '') lines.at(-1)!.push({ type: part.type, text: piece });
    });
  }
  const blocks: DiffBlock[] = [];
  let open: DiffBlock | null = null;
  for (const line of lines) {
    const text = line.map((part) => part.text).join('');
    if (text.trim() === '') {
      open = null;
    } else if (ITEM.test(text)) {
      open = null;
      blocks.push({ kind: 'item', parts: dropMarker(line, text.match(ITEM)![0].length) });
    } else if (open?.kind === 'paragraph') {
      open.parts.push({ type: 'equal', text: '\n' }, ...line);
    } else {
      open = { kind: 'paragraph', parts: [...line] };
      blocks.push(open);
    }
  }
  return blocks;
}

/** A line without its first `length` characters (the list marker), wherever the parts split them. */
function dropMarker(line: DiffPart[], length: number): DiffPart[] {
  let left = length;
  return line.flatMap((part) => {
    if (left === 0) return [part];
    const cut = Math.min(left, part.text.length);
    left -= cut;
    return part.text.length > cut ? [{ type: part.type, text: part.text.slice(cut) }] : [];
  });
}

/** Blocks as readable text for tests: `¶ Partene <del>skal</del> …` for a paragraph, `• …` for a list item. */
export function serialiseBlocks(blocks: ReadonlyArray<DiffBlock>): string {
  return blocks.map((block) => `${block.kind === 'item' ? '•' : '¶'} ${serialiseDiff(block.parts)}`).join('\n');
}

const inline = (parts: ReadonlyArray<DiffPart>) =>
  parts
    .map(({ type, text }) => {
      if (type === 'equal') return escape(text);
      const { tag, label } = MARKS[type as 'delete' | 'insert'];
      return `<${tag}><span class="visually-hidden">[${label}: </span>${escape(text)}<span class="visually-hidden">]</span></${tag}>`;
    })
    .join('');

/** One side of a diff as HTML with its paragraphs and lists kept (the comparison pages): side `a` shows what B removed, side `b` what B added. */
export function diffBlocksHtml(parts: ReadonlyArray<DiffPart>, side: 'a' | 'b'): string {
  const blocks = diffBlocks(parts, side);
  return blocks
    .map((block, index) => {
      if (block.kind === 'paragraph') return `<p>${inline(block.parts)}</p>`;
      const first = blocks[index - 1]?.kind !== 'item';
      const last = blocks[index + 1]?.kind !== 'item';
      return `${first ? '<ul>' : ''}<li>${inline(block.parts)}</li>${last ? '</ul>' : ''}`;
    })
    .join('');
}

/** One side of a diff as HTML in one run of text, its line breaks kept by the page's CSS: side `a` shows what B removed, side `b` what B added. */
export function diffHtml(parts: ReadonlyArray<DiffPart>, side: 'a' | 'b'): string {
  const shown = side === 'a' ? 'delete' : 'insert';
  return inline(parts.filter((part) => part.type === 'equal' || part.type === shown));
}
