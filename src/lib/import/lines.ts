import type { SourceLine } from './source-line.ts';
import { PLACEHOLDER_DOTS } from '../render/placeholder.ts';
import type { Extracted } from './draft.ts';
import { coverNotice, coverTitle } from './front-pages.ts';
import { findMeta } from './meta.ts';
import { findBlanks } from './placeholders.ts';
import { structure } from './structure.ts';

/** A source read as lines (text, PDF) → what the draft is written from. */
export function extractFromLines(lines: ReadonlyArray<SourceLine>): Extracted {
  const found = structure(lines);
  const bodyStart = found.titleLines.length;
  const body = found.kept.slice(bodyStart);
  // A body with no title of its own: the title is the cover's, and its lines leave the cover's debris for the title.
  const fromCover = bodyStart === 0 ? coverTitle(found.cover).map((i) => found.cover[i]!) : [];
  const debris = found.debris.filter(
    (item) => !fromCover.some((line) => line.line === item.line && line.page === item.page),
  );
  const meta = findMeta(
    bodyStart > 0 ? found.titleLines : fromCover,
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
    sourceText: [...fromCover, ...found.kept].map((line) => line.text).join('\n'),
    debris,
    repeated: found.repeated,
    blanks,
    signature: found.signature && { parties: found.signature.parties, unread: found.signature.unread },
    rebuilt: found.rebuilt,
    notices: fromCover.length > 0 ? [coverNotice(fromCover.map((line) => line.text))] : [],
    columnPages: [...new Set(lines.filter((line) => line.column).map((line) => line.page))],
  };
}
