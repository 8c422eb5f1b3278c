import type { SourceLine } from './source-line.ts';
import { PLACEHOLDER_DOTS } from '../render/placeholder.ts';
import type { Extracted } from './draft.ts';
import { findMeta } from './meta.ts';
import { findBlanks } from './placeholders.ts';
import { structure } from './structure.ts';

/** A source read as lines (text, PDF) → what the draft is written from. */
export function extractFromLines(lines: ReadonlyArray<SourceLine>): Extracted {
  const found = structure(lines);
  const bodyStart = found.titleLines.length;
  const body = found.kept.slice(bodyStart);
  const meta = findMeta(
    found.titleLines,
    body.map((line) => line.text).join('\n'),
    found.cover.map((line) => line.text).join('\n'),
  );
  const blanks = findBlanks(lines.filter((line) => found.kept.some((kept) => kept.line === line.line)));
  // The municipality that signs is the blank the print page fills in, when the text has one for it.
  const blank = `${PLACEHOLDER_DOTS} kommune`;
  const municipality =
    found.signature?.parties.find((party) => party.role === 'kommune')?.name ??
    (blanks.some((b) => b.placeholder === 'kommune') ? blank : null);
  return {
    blocks: found.blocks,
    meta: { ...meta, municipalities: meta.municipalities ?? municipality },
    sourceText: found.kept.map((line) => line.text).join('\n'),
    debris: found.debris,
    repeated: found.repeated,
    blanks,
    signature: found.signature && { parties: found.signature.parties, unread: found.signature.unread },
    rebuilt: found.rebuilt,
    columnPages: [...new Set(lines.filter((line) => line.column).map((line) => line.page))],
  };
}
