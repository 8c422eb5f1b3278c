import { GuidelineError } from '../model/errors.ts';
import { CHARACTER_NAMES } from './character-names.ts';

// What may not reach a reader: characters that are invisible or reorder what is shown, words that
// mix look-alike letters of two scripts, and link addresses that are not plain web, mail or phone
// addresses. In a legal text a hidden character can make two texts look the same while they differ
// (and breaks search and comparison); a right-to-left override can show words in another order
// than the file holds them ("Trojan Source", CVE-2021-42574); "ѕkal" with a Cyrillic ѕ reads as
// "skal" on the page but is not found by search, the duty register or the comparison.

/** Why a kind of character is refused, and what the editor should do about it. */
const HINTS = {
  control: 'an invisible control character (left by a PDF or a word processor): delete it',
  bidi: 'it changes the order in which the text is shown, so the page can show something other than what the file says: delete it',
  invisible:
    'an invisible character splits or joins words unseen, so texts that look the same differ and search and comparison miss them: delete it',
  lost: 'it stands where a character was lost when the file was converted from another encoding: write the letter the source has (often æ, ø or å)',
  unassigned: 'Unicode assigns no character to this code point, so it shows as nothing or as a box: delete it',
  surrogate:
    'half of a UTF-16 surrogate pair encodes no character and is shown as «�»: write the character itself instead of its escape',
} as const;

type Kind = keyof typeof HINTS;

// Refused by Unicode property, as the Unicode security guidance (UTS #39, "Unicode Security
// Mechanisms", and UTR #36) names what can hide in text, instead of a hand list that misses the
// next one: controls (Cc), format characters (Cf: direction marks and overrides, zero-width
// characters, U+206A–206F, U+FFF9–FFFB), lone surrogates (Cs), unassigned code
// points and noncharacters (Cn), line and paragraph separators (Zl, Zp), and every
// Default_Ignorable_Code_Point (shown as nothing: variation selectors, Hangul fillers U+115F and
// U+3164, U+034F, U+17B4). Three visible-looking blanks are added by hand because no property
// covers them: U+2800 BRAILLE PATTERN BLANK, U+FFFC OBJECT REPLACEMENT CHARACTER, and U+FFFD
// REPLACEMENT CHARACTER, where a converter lost a character. Private-use characters (Co) are not
// refused here: they show (as a symbol font's glyph, or a box), and the import's drafts carry
// Symbol-font bullets (U+F0B7) that an editor replaces while reviewing.
const PROPERTIES = String.raw`\p{Cc}\p{Cf}\p{Cs}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u{2800}\u{FFFC}\u{FFFD}`;
/** Every character that may not reach a reader (line ends and tabs included), for scripts that list them. */
export const REFUSED_IN_TEXT = new RegExp(`[${PROPERTIES}]`, 'u');
// In a file, tab, line feed and carriage return (CRLF files) are allowed; so is a byte order mark
// at the very start of a file (parsers skip it). Written as `&#13;` or a YAML `"\r"`, a carriage
// return would reach the page as a hidden control character, so decoded text refuses it.
const IN_FILE = new RegExp(`(?![\\t\\n\\r])[${PROPERTIES}]`, 'u');
const DECODED = new RegExp(`(?![\\t\\n])[${PROPERTIES}]`, 'u');
const EVERY = new RegExp(`(?![\\t\\n])[${PROPERTIES}]`, 'gu');

// C0 and C1 controls have no Unicode name, only aliases; the common ones are named here.
const CONTROL_NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
};
const NAMES = new Map(
  CHARACTER_NAMES.split('|').map((row) => {
    const [code = '', name = ''] = row.split(':');
    return [Number.parseInt(code, 16), name] as const;
  }),
);

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** The Unicode name of a character, or a description (in parentheses) where it has none. */
function nameOf(codePoint: number): string {
  if (Object.hasOwn(CONTROL_NAMES, codePoint)) return CONTROL_NAMES[codePoint]!;
  if (codePoint < 0x20) return '(a control character)';
  if (codePoint >= 0x80 && codePoint <= 0x9f) return '(a C1 control character)';
  if (codePoint === 0xfeff) return 'ZERO WIDTH NO-BREAK SPACE (a byte order mark inside the text)';
  if (codePoint >= 0xe0000 && codePoint <= 0xe007f) return '(a tag character)';
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return `VARIATION SELECTOR-${codePoint - 0xfe00 + 1}`;
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return `VARIATION SELECTOR-${codePoint - 0xe0100 + 17}`;
  return NAMES.get(codePoint) ?? '';
}

// What each kind of refused character looks like, by property; the first row that matches decides.
const KINDS: ReadonlyArray<readonly [RegExp, Kind, string]> = [
  [/\p{Bidi_Control}/u, 'bidi', 'a direction control'],
  [/[\p{Cc}\p{Zl}\p{Zp}]/u, 'control', 'a control character'],
  [/\u{FFFD}/u, 'lost', ''],
  [/\p{Cs}/u, 'surrogate', 'a lone surrogate'],
  [/\p{Cn}/u, 'unassigned', 'an unassigned code point'],
  [/./su, 'invisible', 'an invisible character'],
];

/** `U+202E RIGHT-TO-LEFT OVERRIDE`, or `U+0085 (a C1 control character)` for a character with no name. */
function describe(character: string): { label: string; kind: Kind } {
  const codePoint = character.codePointAt(0)!;
  const [, kind, what] = KINDS.find(([pattern]) => pattern.test(character))!;
  const name = nameOf(codePoint) || `(${what})`;
  return { label: `${hex(codePoint)} ${name}`, kind };
}

/** A refused character found in a text: where (UTF-16 index), which, and what to do. */
export interface HiddenCharacter {
  index: number;
  /** `U+202E RIGHT-TO-LEFT OVERRIDE` */
  label: string;
  hint: string;
}

/**
 * The first character of `text` that may not reach a reader, or null. `decoded`: the text was
 * decoded from references or escapes (not read from a file), so a carriage return is refused too.
 */
export function findHiddenCharacter(
  text: string,
  { decoded = false }: { decoded?: boolean } = {},
): HiddenCharacter | null {
  const match = (decoded ? DECODED : IN_FILE).exec(text);
  if (!match) return null;
  const { label, kind } = describe(match[0]);
  return { index: match.index, label, hint: HINTS[kind] };
}

/** The text with every refused character shown as its code (`⟨U+200B⟩`), for error messages. */
export function visible(text: string): string {
  return text.replace(EVERY, (character) => `⟨${hex(character.codePointAt(0)!)}⟩`);
}

// The scripts a word's letters are told apart by (UTS #39, "single script" rule): letters of the
// Common and Inherited scripts (marks, some symbols) go with any. Han, Hiragana, Katakana and
// Hangul mix in Japanese and Korean writing, so they count as one. A letter of a script not
// listed here counts as its own.
const SCRIPTS = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Cherokee',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Coptic',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
].map((name) => [name, new RegExp(`^\\p{Script=${name}}$`, 'u')] as const);
const EAST_ASIAN = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul']);
// A letter that is not Latin: where a text has none, no word in it can mix scripts (the fast path).
const NOT_LATIN = /(?![\p{Script=Latin}])[\p{L}]/u;
const WORD = /[\p{L}\p{M}]+/gu;

function scriptOf(letter: string): string | null {
  if (!/\p{L}/u.test(letter)) return null;
  const found = SCRIPTS.find(([, pattern]) => pattern.test(letter))?.[0] ?? 'another script';
  return EAST_ASIAN.has(found) ? 'Han' : found;
}

/** A word whose letters come from two scripts: where (UTF-16 index of the odd letter), the word, and what to do. */
export interface MixedScript {
  index: number;
  word: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** The first word of `text` that mixes letters of two scripts (`ѕkal` with a Cyrillic ѕ), or null. */
export function findMixedScript(text: string): MixedScript | null {
  if (!NOT_LATIN.test(text)) return null;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!NOT_LATIN.test(word)) continue;
    const letters = [...word].map((letter) => ({ letter, script: scriptOf(letter) }));
    const scripts = [...new Set(letters.map(({ script }) => script).filter((script) => script !== null))];
    if (scripts.length < 2) continue;
    // In a Norwegian text the odd letter is the one that is not Latin.
    const main = scripts.includes('Latin') ? 'Latin' : scripts[0]!;
    const odd = letters.find(({ script }) => script !== null && script !== main)!;
    const offset = letters.slice(0, letters.indexOf(odd)).reduce((sum, { letter }) => sum + letter.length, 0);
    const codePoint = odd.letter.codePointAt(0)!;
    const name = nameOf(codePoint);
    return {
      index: match.index + offset,
      word,
      message: `the word «${visible(word)}» mixes ${main} and ${odd.script} letters: «${odd.letter}» is ${hex(codePoint)}${name ? ` ${name}` : ''}, a ${odd.script} letter that looks like a ${main} one, so search, the duty register and comparison do not find the word`,
      hint: `write the whole word in ${main} letters`,
    };
  }
  return null;
}

/** A few words either side of `index` on its line, with refused characters shown as their code. */
export function around(text: string, index: number, length = 1): string {
  const lineStart = Math.max(text.lastIndexOf('\n', index - 1) + 1, text.lastIndexOf('\r', index - 1) + 1);
  const rest = text.slice(index + length);
  const lineEnd = rest.search(/[\r\n]/);
  const before = [...text.slice(lineStart, index)].slice(-20).join('');
  const after = [...(lineEnd === -1 ? rest : rest.slice(0, lineEnd))].slice(0, 20).join('');
  return `«${visible(before)}${visible(text.slice(index, index + length))}${visible(after)}»`;
}

/** Line and column (1-based, in characters) of a UTF-16 index; line ends as the Markdown parser counts them. */
function position(text: string, index: number): { line: number; column: number } {
  const lines = text.slice(0, index).split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

/**
 * Stops with `file:line:column` at the first invisible or direction-changing character of a file (a
 * leading byte order mark is allowed), then at the first word that mixes letters of two scripts.
 */
export function checkCharacters(text: string, file: string): void {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const body = start ? text.slice(start) : text;
  const found = findHiddenCharacter(body);
  if (found) {
    const index = found.index + start;
    const { line, column } = position(body, found.index);
    throw new GuidelineError(
      file,
      line,
      `hidden character ${found.label} in ${around(text, index, text.codePointAt(index)! > 0xffff ? 2 : 1)}`,
      { column, hint: found.hint },
    );
  }
  const mixed = findMixedScript(body);
  if (mixed) {
    const { line, column } = position(body, mixed.index);
    throw new GuidelineError(file, line, mixed.message, { column, hint: mixed.hint });
  }
}

/** The text as the parsers read it: Unicode NFC (the same words always give the same fingerprint) and `\n` line ends (CRLF files publish no `\r`). */
export function normaliseText(text: string): string {
  // A line end stays one line end, so line numbers do not move; NFC never joins across one.
  return text.normalize('NFC').replace(/\r\n?/g, '\n');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
const windows1252 = new TextDecoder('windows-1252');

/** Decodes a file's bytes as UTF-8 (a leading byte order mark is dropped); stops with `file:line:column` at the first invalid byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  // Windows calls UTF-16 "Unicode" in its save dialogs; its byte order mark would read as 0xFF or 0xFE below.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new GuidelineError(file, 1, 'the file is saved as UTF-16 ("Unicode" in Windows\' save dialogs)', {
      column: 1,
      hint: 'save it as UTF-8',
    });
  }
  try {
    return utf8.decode(bytes);
  } catch {
    // Up to the first invalid byte the lenient decoding is exact, so re-encoding its text gives
    // the byte offset of each U+FFFD: the first one that is not a U+FFFD of the file (EF BF BD) is
    // where the bytes stop being UTF-8.
    const text = lenient.decode(bytes);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const encoder = new TextEncoder();
    for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) {
      const offset = bom + encoder.encode(text.slice(0, index)).length;
      if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
      const byte = bytes[offset]!;
      const { line, column } = position(text, index);
      const guess = windows1252.decode(bytes.subarray(offset, offset + 1));
      const reading = /\p{L}/u.test(guess) ? ` (in Windows-1252 this byte is «${guess}»)` : '';
      throw new GuidelineError(
        file,
        line,
        `the file is not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}${reading} cannot stand here`,
        {
          column,
          hint: `save the file as UTF-8 (in the editor's "Save as", choose the encoding UTF-8) and check that æ, ø and å read right`,
        },
      );
    }
    throw new GuidelineError(file, 1, 'the file is not valid UTF-8', { hint: 'save it as UTF-8' });
  }
}

// The schemes a link may use; any other (javascript:, data:, file:, vbscript:, …) stops the build.
const SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
// Relative addresses are resolved against a site that cannot exist, to tell a site path from one
// that leaves the site (`//host`, `/\host`, which browsers read as another host).
const SITE = 'https://site.invalid';

/**
 * What is wrong with a link address, or undefined when it may be published: an https:, http:,
 * mailto: or tel: address, a site path (`/retningslinjer/unn/`) or a `#fragment`. The address is read
 * by the WHATWG URL parser, as a browser reads it: letter case, spaces, tabs and line breaks inside
 * the scheme do not hide it.
 */
export function checkUrl(url: string): string | undefined {
  // Links to clauses are looked up decoded (`#punkt-4-1`); a malformed escape cannot be decoded.
  try {
    decodeURI(url);
  } catch {
    return 'its percent-encoding is malformed: write % as %25, or as UTF-8 in two hex digits a byte (%C3%B8 for ø)';
  }
  const absolute = URL.parse(url);
  if (absolute) {
    // `https://www.helsenorge.no@evil.example/` leads to evil.example: what stands before the @ is a
    // user name, which a reader takes for the host.
    if (absolute.username || absolute.password || /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url.trim()))
      return `it names a user before an @ (\`${visible(url.slice(0, url.indexOf('@') + 1))}\`), so the link leads to ${visible(absolute.host)}, not to the site a reader sees first: write the address without the part before the @`;
    return SCHEMES.has(absolute.protocol) ? undefined : `the scheme \`${visible(absolute.protocol)}\` is not allowed`;
  }
  const resolved = URL.parse(url, `${SITE}/retningslinjer/`);
  if (!resolved) return 'it is not a valid address';
  if (resolved.origin !== SITE)
    return 'it leaves the site without naming its scheme: write the whole address, https://…';
  // The URL standard drops tabs and line breaks anywhere and spaces and controls at the start.
  const first = url.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+/, '')[0];
  if (first === '/' || first === '#') return undefined;
  return 'a relative address depends on the page it stands on: write a site path starting with / or a whole https:// address';
}

/** The addresses checkUrl lets through, for error messages. */
export const ALLOWED_ADDRESSES =
  'https:, http:, mailto: and tel: addresses, site paths (/retningslinjer/…) and #fragments';
