// Norwegian writes its terms as compounds: «applikasjonskvittering» is a kind of «kvittering», and a
// reader who searches for «kvittering» expects to find it. The search index splits a compound into
// its parts where both sides are words, with the linking -s- or -e- allowed between them: words the
// Norwegian dictionary marks as parts of compounds («applikasjons+», «+kvittering»), or words that
// stand on their own somewhere in the guidelines, in any inflected form (so Nynorsk and terms the
// dictionary lacks split too). No list of compounds is kept by hand: a new guideline's compounds
// split the same way.
//
// Pagefind indexes the parts of a word that ASCII punctuation splits (as it does for "IKT-løsninger")
// at the word's own location, weighted below a whole word, so the split is written into the indexed
// text with PART_MARK between the parts ("applikasjons^kvittering"). The search page takes the
// marks out again before a reader sees the text (unmarkParts); a mark that was in the source text
// already is doubled, so that it comes back as it was.

/** Stands between the parts of a compound in the indexed text; never shown. */
export const PART_MARK = '^';

/** A part before a linking letter may be this short ("tid" in «tidspunkt»); without one, at least MIN_PART letters. */
const MIN_LINKED = 3;
/** Parts are at least this long: shorter "parts" ("sam", "opp", "het") are prefixes and suffixes, not words. */
const MIN_PART = 4;
/** A part between two others is longer still: «sikkerhets|rutiner», not «sikker|hets|rutiner». */
const MIN_MIDDLE = 5;
/** The letters Norwegian puts between the parts of a compound: «meldings|utveksling», «jule|tre». */
const LINKS = ['s', 'e'];

/** Where a part stands in a compound: the dictionary marks which words may begin, continue or end one. */
export type PartPosition = 'first' | 'middle' | 'last';

/**
 * Splits a lower-case word into the parts of a compound, a linking letter kept with the part before
 * it ("meldingsutveksling" → ["meldings", "utveksling"]); `[word]` when it is no compound.
 * `isPart(part, position)` says whether a string may stand at that place in a compound. A split
 * into more parts wins over fewer («fastlegeordning» → fast + lege + ordning), so that each word
 * of a long compound is found.
 */
export function splitCompound(word: string, isPart: (part: string, position: PartPosition) => boolean): string[] {
  return splitFrom(word, 'first', isPart) ?? [word];
}

function splitFrom(
  word: string,
  position: 'first' | 'middle',
  isPart: (part: string, position: PartPosition) => boolean,
): string[] | null {
  // The shortest first part that works, so that the rest is as long as it can be and split in turn.
  for (let end = MIN_LINKED; end <= word.length - MIN_PART; end++) {
    const first = word.slice(0, end);
    // A linking letter first: «skole|helse», not «skol|ehelse»; «samhandlings|part», not «samhandling|spart».
    for (const link of [...LINKS, '']) {
      if (link ? !word.startsWith(link, end) : first.length < MIN_PART) continue;
      if (position === 'middle' && first.length + link.length < MIN_MIDDLE) continue;
      const rest = word.slice(end + link.length);
      if (rest.length < MIN_PART) continue;
      if (!isPart(first + link, position) && !(link && isPart(first, position))) continue;
      const parts = splitFrom(rest, 'middle', isPart) ?? (isPart(rest, 'last') ? [rest] : null);
      if (parts) return [first + link, ...parts];
    }
  }
  return null;
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
  const isPart = (part: string, position: PartPosition) =>
    Boolean(dictionary?.has(entry[position](part))) || isCorpusWord(part);
  const splits = new Map<string, string[]>();
  return (word) => {
    let parts = splits.get(word);
    if (!parts) splits.set(word, (parts = word.length < MIN_LINKED + MIN_PART ? [word] : splitCompound(word, isPart)));
    return parts;
  };
}

/**
 * The text with PART_MARK between the parts of each compound `split` finds (case kept), and any
 * PART_MARK of the text itself doubled. Every letter of the text stays, in order.
 */
export function markParts(text: string, split: (word: string) => string[]): string {
  return text.replaceAll(PART_MARK, PART_MARK + PART_MARK).replace(/\p{L}+/gu, (word) => {
    const lower = word.toLocaleLowerCase('nb');
    // A letter whose lower case is longer ("İ") would shift the offsets: such a word is left whole.
    if (lower.length !== word.length) return word;
    const parts = split(lower);
    if (parts.length < 2) return word;
    let at = 0;
    return parts
      .map((part) => {
        const original = word.slice(at, at + part.length);
        at += part.length;
        return original;
      })
      .join(PART_MARK);
  });
}

const MARKS = new RegExp(`\\${PART_MARK}\\${PART_MARK}|\\${PART_MARK}`, 'g');

/** The text as the source has it: the marks between parts taken out, a doubled mark made single. */
export function unmarkParts(text: string): string {
  return text.replace(MARKS, (mark) => (mark.length === 2 ? PART_MARK : ''));
}

/** The parts of one marked word ("applikasjons^kvittering" → ["applikasjons", "kvittering"]); `[word]` when it has none. */
export function markedParts(word: string): string[] {
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
