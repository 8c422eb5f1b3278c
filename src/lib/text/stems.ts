import snowball from 'snowball-stemmers';
import { nob } from 'stopword';
import { MONTH_NAMES } from '../model/vocabulary.ts';

// Words too common to say what a clause is about. The Bokmål list comes from `stopword`; the
// Nynorsk forms and the modal verbs every clause uses ("skal", "kan") are added here.
const STOPWORDS = new Set([
  ...nob,
  'ein',
  'eit',
  'dei',
  'ikkje',
  'kva',
  'kven',
  'frå',
  'vere',
  'vore',
  'korleis',
  'då',
  'òg',
  'berre',
  'eller',
  'etter',
  'skal',
  'kan',
  'må',
  'vil',
  'bør',
  'blir',
  'vert',
  'bli',
  'være',
  'samt',
  'mv',
  'evt',
  'jf',
  'jfr',
  'hht',
  'ifm',
]);

// Snowball's Norwegian stemmer is written for Bokmål; most Nynorsk endings (kommunane, tiltaka,
// utfordringar) stem to the same root, and these spellings are folded to the Bokmål ones first.
const NYNORSK: Array<[RegExp, string]> = [
  [/føretak/g, 'foretak'],
  [/sjukehus/g, 'sykehus'],
  [/teneste/g, 'tjeneste'],
  [/samhandlingsutval/g, 'samarbeidsutvalg'],
  [/rådgjevar/g, 'rådgiver'],
  [/^ansvarleg/, 'ansvarlig'],
  [/^naudsynt/, 'nødvendig'],
  [/føremål/g, 'formål'],
  // Spellings that differ inside the word, so the stemmer's endings alone do not meet.
  [/verksemd/g, 'virksomhet'],
  [/planlagd/g, 'planlagt'],
  [/uføresett/g, 'uforutsett'],
  [/^naud/, 'nød'],
  [/heimel/g, 'hjemmel'],
  [/oppgåve/g, 'oppgave'],
  [/feilsende?(?!t)/g, 'feilsendt'],
  // Nynorsk -heit is Bokmål -het (varigheit, tilgjengelegheit).
  [/heit(?=$|a|en|ar|ane|er|ene)/g, 'het'],
  // The vocabulary's own pairs (Informasjonstryggleik / Informasjonssikkerhet, Usemje / Uenighet, content/topics.yaml).
  [/tryggleik/g, 'sikkerhet'],
  [/usemj[ae]/g, 'uenighet'],
];

const stemmer = snowball.newStemmer('norwegian');
// The same few thousand words recur in every guideline; stemming each once makes the model cheap.
const stemmed = new Map<string, string | null>();
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words of a text, Norwegian letters kept whole. */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

/** The content-bearing stems of a text: stopwords and numbers left out, Nynorsk spellings folded. */
export function stems(text: string): string[] {
  const out: string[] = [];
  for (const word of tokenize(text)) {
    let stem = stemmed.get(word);
    if (stem === undefined) {
      stem =
        STOPWORDS.has(word) || /^\d+$/.test(word) || word.length < 2
          ? null
          : stemmer.stem(
              NYNORSK.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), word),
            );
      stemmed.set(word, stem);
    }
    if (stem !== null) out.push(stem);
  }
  return out;
}

// The months, which a date spells out («12. mars 2026»): they say when, not what about.
const MONTHS = new Set(MONTH_NAMES);
const WORD_OR_STOP = /[\p{L}\p{N}]+|[.!?:]/gu;

/**
 * The stems of a text's words that can say what it is about: without names (a word with a capital
 * letter inside a sentence: «kommunene i Nordre Elvedal og Sykehuset Elvedal HF») and months.
 */
export function subjectStems(text: string): string[] {
  const out: string[] = [];
  let sentenceStart = true;
  for (const [word] of text.normalize('NFC').matchAll(WORD_OR_STOP)) {
    if (/^[.!?:]$/u.test(word)) {
      sentenceStart = true;
      continue;
    }
    const name = !sentenceStart && /^\p{Lu}/u.test(word);
    sentenceStart = false;
    if (!name && !MONTHS.has(word.toLowerCase())) out.push(...stems(word));
  }
  return out;
}
