import { decisionText, formatShortDate } from '../model/vocabulary.ts';
import type { Clause } from '../model/types.ts';
import { writtenNumber } from '../model/clause-names.ts';

/** Splits text into words: letters and digits, Norwegian letters kept whole, a hyphenated word one word. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Words of a text, a hyphenated word cut into its parts: `IKT-⏎løsninger` and `IKT-løsninger` give the same words, `helse- og` stays two. */
export function wordParts(text: string): string[] {
  return words(text)
    .flatMap((word) => word.split(/[-'’]/))
    .filter(Boolean);
}

/**
 * What a reader of a guideline reads, in order: the lines above the title, the title, the status banner's
 * version and approval (a cover's `Versjon 2.0` and `Godkjend av …` are read into them), each clause's
 * number as written (`Punkt 2`), heading, notes, text and footnotes.
 */
export function publishedText(
  meta: {
    title: string;
    subtitle: string | null;
    lastUpdated: string | null;
    version?: string | null | undefined;
    approved?: { by: string; date: string; verb?: string | undefined } | null | undefined;
  },
  clauses: ReadonlyArray<Clause>,
): string {
  return [
    meta.subtitle ?? '',
    meta.lastUpdated ? `Sist oppdatert: ${formatShortDate(meta.lastUpdated)}` : '',
    meta.title,
    meta.version ? `Versjon ${meta.version}` : '',
    meta.approved ? decisionText(meta.approved) : '',
    ...clauses.flatMap((clause) => [
      writtenNumber(clause) ?? '',
      clause.heading ?? '',
      ...clause.notes,
      clause.text,
      ...clause.footnotes.map((f) => f.text),
    ]),
  ].join('\n');
}

/** Words of `a` beyond those of `b`, each as often as it is in excess, in the order of `a`. */
export function excessWords(a: ReadonlyArray<string>, b: ReadonlyArray<string>): string[] {
  const left = new Map<string, number>();
  for (const word of b) left.set(word, (left.get(word) ?? 0) + 1);
  const out: string[] = [];
  for (const word of a) {
    const count = left.get(word) ?? 0;
    if (count > 0) left.set(word, count - 1);
    else out.push(word);
  }
  return out;
}
