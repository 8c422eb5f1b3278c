import { createHash } from 'node:crypto';
import type { Clause } from '../model/types.ts';
import { writtenNumber } from '../model/clause-names.ts';

/** Whitespace and Unicode forms that do not change a word are not allowed to change the fingerprint. */
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** SHA-256 (hex) of the normalised text of every clause (id, number as written, heading, notes, body, footnotes). */
export function fingerprint(clauses: ReadonlyArray<Clause>): string {
  const hash = createHash('sha256');
  for (const clause of clauses) {
    const parts = [
      clause.id,
      writtenNumber(clause) ?? '', // `Punkt 2` as written: a label changed is a text changed
      clause.heading ?? '',
      ...clause.notes,
      clause.text,
      ...clause.footnotes.map((footnote) => `[${footnote.number}] ${footnote.text}`),
    ];
    hash.update(parts.map(normalise).join('\u241f') + '\u241e');
  }
  return hash.digest('hex');
}
