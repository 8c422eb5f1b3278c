// Norwegian writes its terms as compounds: «applikasjonskvittering» is a kind of «kvittering», and a
// reader who searches for «kvittering» expects to find it. The search index splits a compound into
// its parts where both sides are words, with the linking -s- or -e- allowed between them: words the
// Norwegian dictionary marks as parts of compounds («applikasjons+», «+kvittering»), or words that
// stand on their own somewhere in the guidelines, in any inflected form (so Nynorsk and terms the
// dictionary lacks split too). No list of compounds is kept by hand: a new guideline's compounds
// split the same way.
//
// Pagefind indexes the parts of a word that ASCII punctuation splits (as it does for "IKT-løsninger"),
// so each compound's split form, with PART_MARK between the parts, follows the word in the indexed
// text ("applikasjonskvittering ^applikasjons^kvittering"), at a low weight, so that a part never
// outranks a whole word. The search page takes the split forms out again before a reader sees the
// text (unmarkParts), and marks the part that matched inside the word before it.

/** Stands between the parts of a compound in the indexed text; never shown. */
export const PART_MARK = '^';

/** A part before a linking letter may be this short ("tid" in «tidspunkt»); without one, at least MIN_PART letters. */
const MIN_LINKED = 3;
/** Parts are at least this long: shorter "parts" ("sam", "opp", "het") are prefixes and suffixes, not words. */
const MIN_PART = 4;
/** A part between two others is longer still: «sikkerhets|rutiner», not «sikker|hets|rutiner». */
const MIN_MIDDLE = 5;
/**
 * The longest word that is split. The longest word of the five guidelines has 28 letters
 * («gevinstrealiseringsrapporten»); a longer run of letters is no word a reader searches by its
 * parts, and the dictionary's lookup grows steeply with a string's length (a 200-letter string takes
 * about 0.1 s, and a long word asks for hundreds of its substrings): a 5,000-letter word hung the build.
 */
export const MAX_SPLIT_LENGTH = 40;
/** The letters Norwegian puts between the parts of a compound: «meldings|utveksling», «jule|tre». */
const LINKS = ['s', 'e'];

/**
 * Endings of Norwegian inflection, Bokmål and Nynorsk: two words that differ only in these are forms
 * of one word («melding», «meldinga», «meldingar»; «meldings» in a compound).
 */
// prettier-ignore
export const ENDINGS: ReadonlySet<string> = new Set(['', 'a', 'e', 'n', 'r', 's', 't', 'ar', 'as', 'en', 'er', 'es', 'et', 'na', 'ne', 'ane', 'ene', 'ens', 'ers', 'ets']);

/** Where a part stands in a compound: the dictionary marks which words may begin, continue or end one. */
export type PartPosition = 'first' | 'middle' | 'last';

/**
 * Splits a lower-case word into the parts of a compound, a linking letter kept with the part before
 * it ("meldingsutveksling" → ["meldings", "utveksling"]); `[word]` when it is no compound.
 * `isPart(part, position)` says whether a string may stand at that place in a compound. The
 * longest first part wins («sikkerhets|krav», not «sikker|hetskrav»), and each side is split in
 * turn where it can be («kommune|helse|tjenesten»). A word longer than MAX_SPLIT_LENGTH is left whole.
 */
export function splitCompound(word: string, isPart: (part: string, position: PartPosition) => boolean): string[] {
  if (word.length > MAX_SPLIT_LENGTH) return [word];
  // Each part is asked about once per place: the cuts of a word reach the same substring many times.
  const answers = new Map<string, boolean>();
  const isPartOnce = (part: string, position: PartPosition) => {
    const key = `${position} ${part}`;
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = isPart(part, position)));
    return answer;
  };
  const known = new Map<string, string[] | null>();
  const splitFrom = (word: string, position: 'first' | 'middle', end: 'middle' | 'last'): string[] | null => {
    const key = `${position} ${end} ${word}`;
    if (known.has(key)) return known.get(key)!;
    known.set(key, null);
    for (let cut = word.length - MIN_PART; cut >= MIN_LINKED; cut--) {
      const first = word.slice(0, cut);
      // A linking letter first: «skole|helse», not «skol|ehelse»; «samhandlings|part», not «samhandling|spart».
      for (const link of [...LINKS, '']) {
        if (link ? !word.startsWith(link, cut) || first.endsWith(link) : first.length < MIN_PART) continue;
        const head = first + link;
        const rest = word.slice(cut + link.length);
        if (rest.length < (end === 'middle' ? MIN_MIDDLE : MIN_PART)) continue;
        if (position === 'middle' && head.length < MIN_MIDDLE) continue;
        if (!isPartOnce(head, position) && !(link && isPartOnce(first, position))) continue;
        const tail = splitFrom(rest, 'middle', end) ?? (isPartOnce(rest, end) ? [rest] : null);
        if (!tail) continue;
        const parts = [...(splitFrom(head, position, 'middle') ?? [head]), ...tail];
        known.set(key, parts);
        return parts;
      }
    }
    return null;
  };
  return splitFrom(word, 'first', 'last') ?? [word];
}

/**
 * A word list that knows compounds, as spell-checking dictionaries do: `has("melding+")` when
 * «melding» may begin a compound, `has("+melding")` when it may end one, `has("+melding+")` when
 * it may stand inside one.
 */
export interface CompoundDictionary {
  has(entry: string): boolean;
}

/**
 * The decompounder of a corpus: `split(word)` as splitCompound, where a part may stand where the
 * dictionary allows it, or anywhere when it is a word of `texts` itself: when `stem(part)` is the
 * stem of a word that stands alone there (so «tryggleiken» counts once «tryggleik» does, and a
 * Nynorsk word the Bokmål dictionary does not know still splits). `stem` returns null for words that
 * say nothing on their own (stopwords, numbers): those make no part from the corpus.
 */
export function compoundSplitter(
  texts: Iterable<string>,
  stem: (word: string) => string | null,
  dictionary?: CompoundDictionary,
): (word: string) => string[] {
  const stems = new Set<string>();
  for (const text of texts)
    for (const word of letterRuns(text)) {
      const stemmed = stem(word);
      if (stemmed && stemmed.length >= MIN_LINKED) stems.add(stemmed);
    }
  const inCorpus = new Map<string, boolean>();
  const isCorpusWord = (part: string): boolean => {
    let answer = inCorpus.get(part);
    if (answer === undefined) {
      const stemmed = stem(part);
      inCorpus.set(part, (answer = stemmed !== null && stems.has(stemmed)));
    }
    return answer;
  };
  const entry = {
    first: (part: string) => `${part}+`,
    middle: (part: string) => `+${part}+`,
    last: (part: string) => `+${part}`,
  };
  // The last part may be inflected, where the dictionary has its base form: «meldings|flyten» for «+flyt».
  const inDictionary = (part: string, position: PartPosition) =>
    Boolean(dictionary?.has(entry[position](part))) ||
    (position === 'last' &&
      [...ENDINGS].some(
        (ending) =>
          ending &&
          part.endsWith(ending) &&
          part.length - ending.length >= MIN_PART &&
          Boolean(dictionary?.has(entry.last(part.slice(0, -ending.length)))),
      ));
  const isPart = (part: string, position: PartPosition) => inDictionary(part, position) || isCorpusWord(part);
  const splits = new Map<string, string[]>();
  return (word) => {
    let parts = splits.get(word);
    if (!parts) splits.set(word, (parts = word.length < MIN_LINKED + MIN_PART ? [word] : splitCompound(word, isPart)));
    return parts;
  };
}

/** How much a compound's parts weigh against a whole word (Pagefind's weight 1): a part ranks below it. */
const PART_WEIGHT = 0.05;

/**
 * The text as the index gets it: each word as it stands, and after a word that holds compounds
 * their split forms (`^applikasjons^kvittering`), weighted so low that a clause that has a search
 * word only as a part ranks below one that has the word itself. Any PART_MARK of the text is
 * doubled, so that unmarkParts gives back the text exactly.
 */
export function markParts(text: string, split: (word: string) => string[]): string {
  return text.replaceAll(PART_MARK, PART_MARK + PART_MARK).replace(/\S+/g, (token) => {
    const splits = (token.match(/\p{L}+/gu) ?? []).flatMap((word) => {
      const lower = word.toLocaleLowerCase('nb');
      // A letter whose lower case is longer ("İ") would shift the offsets: such a word is left whole.
      const parts = lower.length === word.length ? split(lower) : [lower];
      if (parts.length < 2) return [];
      let at = 0;
      const original = parts.map((part) => word.slice(at, (at += part.length)));
      return [PART_MARK + original.join(PART_MARK)];
    });
    return splits.length === 0
      ? token
      : `${token} ___PAGEFIND_WEIGHT___${PART_WEIGHT} ${splits.join(' ')} ___END_PAGEFIND_WEIGHT___`;
  });
}

/** Whether a word of the indexed text is the split form of the word before it («^applikasjons^kvittering»). */
export function isSplitForm(word: string): boolean {
  return word.startsWith(PART_MARK) && !word.startsWith(PART_MARK + PART_MARK);
}

const SPLIT_FORMS = new RegExp(`\\s+(?:___(?:END_)?PAGEFIND_WEIGHT___\\S*|\\${PART_MARK}(?!\\${PART_MARK})\\S*)`, 'g');

/** The text as the source has it: the split forms (and their weights) taken out, a doubled mark made single. */
export function unmarkParts(text: string): string {
  return text.replace(SPLIT_FORMS, '').replaceAll(PART_MARK + PART_MARK, PART_MARK);
}

/** The parts of one marked word ("applikasjons^kvittering" → ["applikasjons", "kvittering"]); `[word]` when it has none. */
export function markedParts(word: string): string[] {
  if (isSplitForm(word)) word = word.slice(1);
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < word.length; i++) {
    if (word[i] === PART_MARK && word[i + 1] === PART_MARK) {
      current += PART_MARK;
      i++;
    } else if (word[i] === PART_MARK) {
      parts.push(current);
      current = '';
    } else current += word[i];
  }
  return [...parts, current];
}

function letterRuns(text: string): string[] {
  return text.toLocaleLowerCase('nb').match(/\p{L}+/gu) ?? [];
}
