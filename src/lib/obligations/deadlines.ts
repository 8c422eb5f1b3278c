// The deadline a duty gives: a time expression in its words, or an action table's deadline column.

// A time that says "not before" ("etter planlagt vedtak våren 2013", "tidligst i 2026") is no deadline.
const NOT_BEFORE = /(?<![\p{L}])(?:etter|tidligst|tidlegast|fra og med|frå og med)\s(?:\S+\s+){0,3}$/iu;
// A deadline runs to the end of its phrase: a comma, a full stop, or a conjunction ("innen fem virkedager når …").
const PHRASE = '(?:(?!\\s(?:når|dersom|hvis|viss|slik|og|eller)\\s)[^,.;:])*';

// A deadline is a time expression the text gives ("innen to virkedager", "minst fire uker før", "senest dagen etter");
// a unit also in the definite plural ("i løpet av de første to ukene").
const TIME_UNIT =
  '(?:\\d+|dag|dagen|dager|dagar|dagene|dagane|døgn|døgnet|døgna|virkedag\\p{L}*|arbeidsdag\\p{L}*|yrkedag\\p{L}*|time|timer|timar|timene|timane|uke|uker|uka|ukene|veke|veker|veka|vekene|vekone|måned\\p{L}*|månad\\p{L}*|år|årene|åra|utgangen|dato|frist|tid)';
const DEADLINES: ReadonlyArray<RegExp> = [
  new RegExp(
    `(?<![\\p{L}])(?:innen|innan|senest|seinast)\\s[^,.;:]*?(?<![\\p{L}])${TIME_UNIT}(?![\\p{L}])${PHRASE}`,
    'iu',
  ),
  new RegExp(`(?<![\\p{L}])minst\\s[^,.;:]*?(?<![\\p{L}])${TIME_UNIT}\\s+(?:før|i forkant)(?![\\p{L}])${PHRASE}`, 'iu'),
  /(?<![\p{L}])så snart\s[^,.;:]+/iu,
  /(?<![\p{L}])(?:våren|hausten|høsten|vår|haust|høst)\s\d{4}(?!\d)/iu,
  // "i løpet av 2028", "i løpet av første halvår".
  new RegExp(
    `(?<![\\p{L}])i\\s+løpet\\s+av\\s[^,.;:]*?(?:\\d{4}|(?<![\\p{L}])${TIME_UNIT}|halvår\\p{L}*|kvartal\\p{L}*)(?![\\p{L}\\d])${PHRASE}`,
    'iu',
  ),
];
/** The first deadline a text gives, verbatim, or null. */
export function deadlineIn(text: string): string | null {
  for (const pattern of DEADLINES) {
    const match = pattern.exec(text);
    if (match && !NOT_BEFORE.test(text.slice(0, match.index))) return match[0].trim();
  }
  return null;
}

/** A deadline column's words, unless they say "not before" ("etter at piloten er avsluttet"). */
export const tableDeadline = (words: string): string | null =>
  words === '' || NOT_BEFORE.test(`${words.split(/\s/)[0]} `) ? null : words;
