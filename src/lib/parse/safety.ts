import { GuidelineError } from '../model/errors.ts';

// What may not reach a reader: characters that are invisible or reorder what is shown, and link
// addresses that are not plain web, mail or phone addresses. In a legal text a hidden character can
// make two texts look the same while they differ (and breaks search and comparison); a right-to-left
// override can show words in another order than the file holds them ("Trojan Source", CVE-2021-42574).

/** Why a kind of character is refused, and what the editor should do about it. */
const HINTS = {
  control: 'an invisible control character (left by a PDF or a word processor): delete it',
  bidi: 'it changes the order in which the text is shown, so the page can show something other than what the file says: delete it',
  invisible:
    'an invisible character splits or joins words unseen, so texts that look the same differ and search and comparison miss them: delete it',
  lost: 'it stands where a character was lost when the file was converted from another encoding: write the letter the source has (often æ, ø or å)',
} as const;

type Kind = keyof typeof HINTS;

// [first, last, Unicode name, kind]. Tab, line feed and carriage return (CRLF files) are allowed; so
// is a byte order mark at the very start of a file (parsers skip it). C0 and C1 controls have no
// Unicode name, only aliases; the common ones are named here.
const REFUSED: ReadonlyArray<readonly [number, number, string, Kind]> = [
  [0x0000, 0x0000, 'NULL', 'control'],
  [0x0001, 0x0007, 'a control character', 'control'],
  [0x0008, 0x0008, 'BACKSPACE', 'control'],
  [0x000b, 0x000b, 'LINE TABULATION', 'control'],
  [0x000c, 0x000c, 'FORM FEED', 'control'],
  [0x000e, 0x001a, 'a control character', 'control'],
  [0x001b, 0x001b, 'ESCAPE', 'control'],
  [0x001c, 0x001f, 'a control character', 'control'],
  [0x007f, 0x007f, 'DELETE', 'control'],
  [0x0080, 0x009f, 'a C1 control character', 'control'],
  [0x00ad, 0x00ad, 'SOFT HYPHEN', 'invisible'],
  [0x061c, 0x061c, 'ARABIC LETTER MARK', 'bidi'],
  [0x180e, 0x180e, 'MONGOLIAN VOWEL SEPARATOR', 'invisible'],
  [0x200b, 0x200b, 'ZERO WIDTH SPACE', 'invisible'],
  [0x200c, 0x200c, 'ZERO WIDTH NON-JOINER', 'invisible'],
  [0x200d, 0x200d, 'ZERO WIDTH JOINER', 'invisible'],
  [0x200e, 0x200e, 'LEFT-TO-RIGHT MARK', 'bidi'],
  [0x200f, 0x200f, 'RIGHT-TO-LEFT MARK', 'bidi'],
  [0x2028, 0x2028, 'LINE SEPARATOR', 'control'],
  [0x2029, 0x2029, 'PARAGRAPH SEPARATOR', 'control'],
  [0x202a, 0x202a, 'LEFT-TO-RIGHT EMBEDDING', 'bidi'],
  [0x202b, 0x202b, 'RIGHT-TO-LEFT EMBEDDING', 'bidi'],
  [0x202c, 0x202c, 'POP DIRECTIONAL FORMATTING', 'bidi'],
  [0x202d, 0x202d, 'LEFT-TO-RIGHT OVERRIDE', 'bidi'],
  [0x202e, 0x202e, 'RIGHT-TO-LEFT OVERRIDE', 'bidi'],
  [0x2060, 0x2060, 'WORD JOINER', 'invisible'],
  [0x2061, 0x2061, 'FUNCTION APPLICATION', 'invisible'],
  [0x2062, 0x2062, 'INVISIBLE TIMES', 'invisible'],
  [0x2063, 0x2063, 'INVISIBLE SEPARATOR', 'invisible'],
  [0x2064, 0x2064, 'INVISIBLE PLUS', 'invisible'],
  [0x2066, 0x2066, 'LEFT-TO-RIGHT ISOLATE', 'bidi'],
  [0x2067, 0x2067, 'RIGHT-TO-LEFT ISOLATE', 'bidi'],
  [0x2068, 0x2068, 'FIRST STRONG ISOLATE', 'bidi'],
  [0x2069, 0x2069, 'POP DIRECTIONAL ISOLATE', 'bidi'],
  [0xfeff, 0xfeff, 'ZERO WIDTH NO-BREAK SPACE (a byte order mark inside the text)', 'invisible'],
  [0xfffd, 0xfffd, 'REPLACEMENT CHARACTER', 'lost'],
  [0xe0000, 0xe007f, 'a tag character', 'invisible'],
];

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
const range = ([first, last]: readonly [number, number, ...unknown[]]) =>
  first === last ? `\\u{${first.toString(16)}}` : `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`;
// A carriage return is a line end in a file (CRLF), but written as `&#13;` or a YAML `"\r"` it
// would reach the page as a hidden control character.
const CARRIAGE_RETURN = [0x000d, 0x000d, 'CARRIAGE RETURN', 'control'] as const;
const REFUSED_DECODED = [...REFUSED, CARRIAGE_RETURN];
const characterClass = (rows: typeof REFUSED) => `[${rows.map(range).join('')}]`;
const IN_FILE = new RegExp(characterClass(REFUSED), 'u');
const DECODED = new RegExp(characterClass(REFUSED_DECODED), 'u');
const EVERY = new RegExp(characterClass(REFUSED_DECODED), 'gu');

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
  const codePoint = match[0].codePointAt(0)!;
  const [, , name, kind] = REFUSED_DECODED.find(([first, last]) => codePoint >= first && codePoint <= last)!;
  return {
    index: match.index,
    label: name.startsWith('a ') ? `${hex(codePoint)} (${name})` : `${hex(codePoint)} ${name}`,
    hint: HINTS[kind],
  };
}

/** The text with every refused character shown as its code (`⟨U+200B⟩`), for error messages. */
export function visible(text: string): string {
  return text.replace(EVERY, (character) => `⟨${hex(character.codePointAt(0)!)}⟩`);
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

/** Stops with `file:line:column` at the first invisible or direction-changing character of a file (a leading byte order mark is allowed). */
export function checkCharacters(text: string, file: string): void {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const found = findHiddenCharacter(start ? text.slice(start) : text);
  if (!found) return;
  const index = found.index + start;
  const { line, column } = position(text.slice(start), found.index);
  throw new GuidelineError(
    file,
    line,
    `hidden character ${found.label} in ${around(text, index, text.codePointAt(index)! > 0xffff ? 2 : 1)}`,
    { column, hint: found.hint },
  );
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
        `the file is not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')}${reading} cannot stand here. Save the file as UTF-8 (in the editor's "Save as", choose the encoding UTF-8) and check that æ, ø and å read right`,
        { column },
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
