// A pure SHA-256 (@noble/hashes), not node:crypto: the parser also runs in the browser, on a reader's
// own file (the import page), and Web Crypto's digest is asynchronous where the parse is not.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Clause } from '../model/types.ts';
import { writtenNumber } from '../model/clause-names.ts';

/** Whitespace and Unicode forms that do not change a word are not allowed to change the fingerprint. */
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** SHA-256 (hex) of the normalised text of every clause (id, number as written, heading, notes, body, footnotes). */
export function fingerprint(clauses: ReadonlyArray<Clause>): string {
  const hash = sha256.create();
  for (const clause of clauses) {
    const parts = [
      clause.id,
      writtenNumber(clause) ?? '', // `Punkt 2` as written: a label changed is a text changed
      clause.heading ?? '',
      ...clause.notes,
      clause.text,
      ...clause.footnotes.map((footnote) => `[${footnote.number}] ${footnote.text}`),
    ];
    hash.update(utf8ToBytes(parts.map(normalise).join('\u241f') + '\u241e'));
  }
  return bytesToHex(hash.digest());
}
