import type { Clause } from '../model/types.ts';
import { subjectStems } from '../text/stems.ts';
import { MODALITIES } from '../model/vocabulary.ts';

/** Fewer distinct content words than this make a line, not a clause (see lines); names and months are no content. */
const LINE_WORDS = 8;

// The verbs of a duty or a recommendation, as the register names them (MODALITIES: skal, må, bør …).
const DUTY = new RegExp(
  `(?<!\\p{L})(?:${[MODALITIES.plikt.verbs, MODALITIES.anbefaling.verbs].join(', ').replaceAll(', ', '|')})(?!\\p{L})`,
  'iu',
);

/**
 * The clauses whose own text is a line of a few words, with no duty, before other text: a subtitle or a
 * note of approval before the first heading («Retningslinje 7 til samarbeidsavtalen. Godkjent av …»), or
 * the lead-in of a section to its sub-clauses («Retningslinjen utfyller samarbeidsavtalen og bygger på
 * gjeldende lover.»). The two or three words such a line shares with a clause elsewhere (retningslinje,
 * samarbeidsavtale) are no evidence of a subject: it is paired through its topic or its heading, never by
 * text likeness alone, and an introduction that is a line is given no topic by its text. A line that sets
 * a duty («Partene skal samarbeide om videokonsultasjon.») is a clause: its few words are what the parties agree.
 */
export function lines(clauses: ReadonlyArray<Clause>): Set<Clause> {
  const sections = new Set(clauses.map((clause) => clause.parent));
  return new Set(
    clauses.filter(
      (clause) =>
        (clause.heading === null || sections.has(clause.id)) &&
        !DUTY.test(clause.text) &&
        new Set(subjectStems(clause.text)).size < LINE_WORDS,
    ),
  );
}
