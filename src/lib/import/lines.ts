import type { SourceLine } from '../model/types.ts';
import type { Extracted } from './draft.ts';
import { findMeta } from './meta.ts';
import { structure } from './structure.ts';

/** A source read as lines (text, PDF) → what the draft is written from. */
export function extractFromLines(lines: ReadonlyArray<SourceLine>): Extracted {
  const found = structure(lines);
  const bodyStart = found.titleLines.length;
  const meta = findMeta(
    found.titleLines,
    found.kept
      .slice(bodyStart)
      .map((line) => line.text)
      .join('\n'),
  );
  return {
    blocks: found.blocks,
    meta,
    sourceText: found.kept.map((line) => line.text).join('\n'),
    debris: found.debris,
    repeated: found.repeated,
  };
}
