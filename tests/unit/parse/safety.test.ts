import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guidelineSchema, topicsSchema } from '../../../src/lib/model/schema.ts';
import { GuidelineError } from '../../../src/lib/model/errors.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { checkUrl, decodeUtf8 } from '../../../src/lib/parse/safety.ts';
import { parseTopics } from '../../../src/lib/parse/topics.ts';
import { fixtures, root, summarise, topicIds } from '../helpers/index.ts';

// Issue 12: links with unsafe schemes, images, hidden characters and files in another encoding
// used to be published silently. The fixtures (tests/fixtures/safety/: link-*, image, hidden-*, encoding-*)
// pin one message each; these tables try the ways the same mistakes can be written.

const clean = readFileSync(`${fixtures}/parse/numbered-clauses/input.md`, 'utf8');
const frontMatter = clean.split('\n## ')[0]!;
const topics = topicIds();
const parse = (source: string) => parseGuideline(source, { file: 'input.md', schema: guidelineSchema, topics });
/** The body's first line in `${frontMatter}\n## 1 Formål\n\n${body}`. */
const bodyLine = `${frontMatter}\n## 1 Formål\n\n`.split('\n').length;
const withBody = (body: string) => `${frontMatter}\n## 1 Formål\n\n${body}\n`;

/** The message a source stops with (file name and line included), or 'ok'. */
function outcome(source: string): string {
  try {
    parse(source);
    return 'ok';
  } catch (error) {
    if (!(error instanceof GuidelineError)) throw error;
    return error.message;
  }
}

describe('link addresses', () => {
  test.each([
    { url: 'https://www.ehelse.no/normen' },
    { url: 'http://example.no' },
    { url: 'HTTPS://EXAMPLE.NO' },
    { url: 'mailto:meldingsansvarlig@xx.no' },
    { url: 'tel:+4773868000' },
    { url: '/retningslinjer/unn/#punkt-4-1' },
    { url: '#punkt-2-1' },
  ])('allows $url', ({ url }) => {
    expect(checkUrl(url)).toBeUndefined();
  });

  test.each([
    { url: 'javascript:alert(1)', reason: /scheme `javascript:`/ },
    { url: 'JaVaScRiPt:alert(1)', reason: /scheme `javascript:`/ },
    { url: ' javascript:alert(1)', reason: /scheme `javascript:`/ },
    { url: 'java\tscript:alert(1)', reason: /scheme `javascript:`/ },
    { url: 'java\nscript:alert(1)', reason: /scheme `javascript:`/ },
    { url: 'vbscript:msgbox(1)', reason: /scheme `vbscript:`/ },
    { url: 'data:text/html,hei', reason: /scheme `data:`/ },
    { url: 'file:///etc/passwd', reason: /scheme `file:`/ },
    { url: 'C:\\Dokumenter\\avtale.docx', reason: /scheme `c:`/ },
    { url: '%6Aavascript:alert(1)', reason: /relative address/ },
    { url: 'vedlegg.pdf', reason: /relative address/ },
    { url: '//evil.example', reason: /leaves the site/ },
    { url: '/\\evil.example', reason: /leaves the site/ },
    { url: 'https://', reason: /not a valid address/ },
    // Found while testing issue 12: `#%E0` crashed the parser with a URIError instead of file:line.
    { url: '#%E0', reason: /percent-encoding is malformed/ },
    { url: '/retningslinjer/unn/#punkt-%', reason: /percent-encoding is malformed/ },
  ])('refuses $url', ({ url, reason }) => {
    expect(checkUrl(url)).toMatch(reason);
  });

  const refused =
    ': links may use https:, http:, mailto: and tel: addresses, site paths (/retningslinjer/…) and #fragments';
  test.each([
    {
      written: 'an inline link',
      body: '[klikk](javascript:alert(1))',
      message: 'link to `javascript:alert(1)`: the scheme `javascript:` is not allowed',
    },
    {
      written: 'mixed case',
      body: '[klikk](JaVaScRiPt:alert(1))',
      message: 'link to `JaVaScRiPt:alert(1)`: the scheme `javascript:` is not allowed',
    },
    {
      written: 'a character reference in the scheme',
      body: '[klikk](java&#115;cript:alert(1))',
      message: 'link to `javascript:alert(1)`: the scheme `javascript:` is not allowed',
    },
    {
      written: 'a tab in the scheme',
      body: '[klikk](<java\tscript:alert(1)>)',
      message: 'link to `java\tscript:alert(1)`: the scheme `javascript:` is not allowed',
    },
    {
      written: 'a percent-encoded letter',
      body: '[klikk](%6Aavascript:alert(1))',
      message:
        'link to `%6Aavascript:alert(1)`: a relative address depends on the page it stands on: write a site path starting with / or a whole https:// address',
    },
    {
      written: 'an autolink',
      body: '<javascript:alert(1)>',
      message: 'link to `javascript:alert(1)`: the scheme `javascript:` is not allowed',
    },
    {
      written: 'a reference definition',
      body: '[klikk][r]\n\n[r]: javascript:alert(1)',
      line: 2,
      message: 'link definition [r]: `javascript:alert(1)`: the scheme `javascript:` is not allowed',
    },
    {
      written: 'an unused reference definition',
      body: 'Tekst.\n\n[r]: data:text/html,hei',
      line: 2,
      message: 'link definition [r]: `data:text/html,hei`: the scheme `data:` is not allowed',
    },
    {
      written: 'a link in a footnote',
      body: 'Tekst.[^1]\n\n[^1]: Se [her](data:text/html,hei).',
      line: 2,
      message: 'link to `data:text/html,hei`: the scheme `data:` is not allowed',
    },
    {
      written: 'a malformed escape in a link to a clause',
      body: '[punkt 1](#punkt-%E0)',
      message:
        'link to `#punkt-%E0`: its percent-encoding is malformed: write % as %25, or as UTF-8 in two hex digits a byte (%C3%B8 for ø)',
    },
    {
      written: 'a link in a heading',
      body: '### 1.1 Se [her](javascript:x)',
      message: 'link to `javascript:x`: the scheme `javascript:` is not allowed',
    },
  ])('stops the build on $written', ({ body, message, line = 0 }) => {
    expect(outcome(withBody(body))).toBe(`input.md:${bodyLine + line}: ${message}${refused}`);
  });

  test.each([
    {
      written: 'an image',
      body: '![Flytskjema](flyt.png)',
      message: 'images are not supported (`![Flytskjema](flyt.png)`)',
    },
    {
      written: 'an image without alt text',
      body: '![](data:image/png;base64,AAAA)',
      message: 'images are not supported (`![](data:image/png;base64,AAAA)`)',
    },
    {
      written: 'an image by reference',
      body: '![Flytskjema][f]\n\n[f]: flyt.png',
      message: 'images are not supported (`![Flytskjema][f]`)',
    },
  ])('refuses $written', ({ body, message }) => {
    expect(outcome(withBody(body))).toBe(
      `input.md:${bodyLine}: ${message}: the site publishes a guideline's text only; where the source has a figure, link to where it is published instead: [Figur 1](https://…)`,
    );
  });

  test('a directive attribute, which the page would drop unseen, stops the build', () => {
    expect(outcome(withBody('Tekst :merknad[sjekk]{href=javascript:alert(1)}.'))).toBe(
      `input.md:${bodyLine}: :merknad[…] takes no attribute \`href\`: remove the {…} after it`,
    );
  });

  test('safe links are published as written', () => {
    const guideline = parse(
      withBody(
        'Se [Normen](https://www.ehelse.no/normen), [e-post](mailto:a@b.no), [telefon](tel:+4712345678), [UNN](/retningslinjer/unn/) og [punkt 1](#punkt-1).',
      ),
    );
    expect(guideline.clauses[0]!.html).toBe(
      '<p>Se <a href="https://www.ehelse.no/normen">Normen</a>, <a href="mailto:a@b.no">e-post</a>, <a href="tel:+4712345678">telefon</a>, <a href="/retningslinjer/unn/">UNN</a> og <a href="#punkt-1">punkt 1</a>.</p>',
    );
  });
});

describe('hidden characters', () => {
  test.each([
    { character: 'U+202A LEFT-TO-RIGHT EMBEDDING', text: 'sk\u202Aal' },
    { character: 'U+202B RIGHT-TO-LEFT EMBEDDING', text: 'sk\u202Bal' },
    { character: 'U+202C POP DIRECTIONAL FORMATTING', text: 'sk\u202Cal' },
    { character: 'U+202D LEFT-TO-RIGHT OVERRIDE', text: 'sk\u202Dal' },
    { character: 'U+202E RIGHT-TO-LEFT OVERRIDE', text: 'sk\u202Eal' },
    { character: 'U+2066 LEFT-TO-RIGHT ISOLATE', text: 'sk\u2066al' },
    { character: 'U+2067 RIGHT-TO-LEFT ISOLATE', text: 'sk\u2067al' },
    { character: 'U+2068 FIRST STRONG ISOLATE', text: 'sk\u2068al' },
    { character: 'U+2069 POP DIRECTIONAL ISOLATE', text: 'sk\u2069al' },
    { character: 'U+200F RIGHT-TO-LEFT MARK', text: 'sk\u200Fal' },
    { character: 'U+200B ZERO WIDTH SPACE', text: 'sk\u200Bal' },
    { character: 'U+200C ZERO WIDTH NON-JOINER', text: 'sk\u200Cal' },
    { character: 'U+200D ZERO WIDTH JOINER', text: 'sk\u200Dal' },
    { character: 'U+2060 WORD JOINER', text: 'sk\u2060al' },
    { character: 'U+FEFF ZERO WIDTH NO-BREAK SPACE (a byte order mark inside the text)', text: 'sk\uFEFFal' },
    { character: 'U+00AD SOFT HYPHEN', text: 'sk\u00ADal' },
    { character: 'U+0000 NULL', text: 'sk\u0000al' },
    { character: 'U+000C FORM FEED', text: 'sk\u000Cal' },
    { character: 'U+0085 (a C1 control character)', text: 'sk\u0085al' },
    { character: 'U+FFFD REPLACEMENT CHARACTER', text: 'sk\uFFFDal' },
    { character: 'U+E0041 (a tag character)', text: 'sk\u{E0041}al' },
  ])('$character stops the build at its line and column, by name', ({ character, text }) => {
    // "Partene " is 8 characters, "sk" 2 more: the character is in column 11.
    expect(outcome(withBody(`Partene ${text} melde avvik.`))).toMatch(
      new RegExp(
        `^input\\.md:${bodyLine}:11: hidden character ${character.replace(/[()+]/g, '\\$&')} in «Partene sk⟨U\\+[0-9A-F]+⟩al melde avvik\\.»: `,
      ),
    );
  });

  test.each([
    {
      written: 'a hexadecimal character reference',
      body: 'Partene sk&#x202E;al melde avvik.',
      character: 'U+202E RIGHT-TO-LEFT OVERRIDE',
    },
    {
      written: 'a decimal character reference',
      body: 'Partene sk&#8203;al melde avvik.',
      character: 'U+200B ZERO WIDTH SPACE',
    },
    { written: 'a named character reference', body: 'Partene sk&shy;al melde avvik.', character: 'U+00AD SOFT HYPHEN' },
    {
      written: 'a carriage return reference',
      body: 'Partene&#13;kan melde avvik.',
      character: 'U+000D CARRIAGE RETURN',
    },
    {
      written: 'a reference in a link address',
      body: '[her](https://example.no/&#x200B;)',
      character: 'U+200B ZERO WIDTH SPACE',
    },
    {
      written: 'a reference in a link title',
      body: '[her](https://example.no "sk&#x202E;al")',
      character: 'U+202E RIGHT-TO-LEFT OVERRIDE',
    },
    {
      written: 'a reference in a directive attribute',
      body: 'Tekst :merknad[x]{a="&#x200B;"}.',
      character: 'U+200B ZERO WIDTH SPACE',
    },
  ])('written as $written, stops the build at its line', ({ body, character }) => {
    expect(outcome(withBody(body))).toMatch(
      new RegExp(
        `^input\\.md:${bodyLine}: hidden character ${character.replace(/[+]/g, '\\+')}, written as a character reference or escape, in «`,
      ),
    );
  });

  test('in front matter, written as a YAML escape, stops the build at its line', () => {
    expect(
      outcome(clean.replace('title: Retningslinje for prøving', 'title: "Retningslinje for pr\\u202Eøving"')),
    ).toMatch(
      /^input\.md:3: hidden character U\+202E RIGHT-TO-LEFT OVERRIDE, written as an escape, in «Retningslinje for pr⟨U\+202E⟩øving»: /,
    );
  });

  test('in front matter, a carriage return written as a YAML escape stops the build at its line', () => {
    expect(outcome(clean.replace('title: Retningslinje for prøving', 'title: "Retningslinje\\rfor prøving"'))).toMatch(
      /^input\.md:3: hidden character U\+000D CARRIAGE RETURN, written as an escape, in «Retningslinje⟨U\+000D⟩for prøving»: /,
    );
  });

  test('in front matter, as the character itself, stops the build at its line and column', () => {
    expect(outcome(clean.replace('region: Prøveland', 'region: Prøve\u200Bland'))).toMatch(
      /^input\.md:7:14: hidden character U\+200B ZERO WIDTH SPACE in «region: Prøve⟨U\+200B⟩land»: /,
    );
  });

  test('a byte order mark at the start of the file is allowed, anywhere else it is not', () => {
    expect(outcome(`\uFEFF${clean}`)).toBe('ok');
    expect(outcome(clean.replace('Partene kan', 'Partene\uFEFF kan'))).toMatch(
      /^input\.md:\d+:8: hidden character U\+FEFF/,
    );
  });

  test('ordinary spaces, tabs, no-break spaces and dashes are not hidden characters', () => {
    expect(outcome(withBody('Partene\tskal – etter avtale – melde\u00A0avvik innen 24\u202Ftimer.'))).toBe('ok');
  });
});

describe('Unicode normalisation', () => {
  // «å» written as «a» + COMBINING RING ABOVE (as macOS file names and some PDFs write it) looks the same.
  const composed = withBody('Partene skal få melding.');
  test.each([
    { written: 'a combining mark', source: withBody('Partene skal fa\u030A melding.') },
    { written: 'a character reference for the mark', source: withBody('Partene skal fa&#x30A; melding.') },
  ])('text written with $written is published in NFC, with the same fingerprint', ({ source }) => {
    const guideline = parse(source);
    expect(guideline.clauses.at(-1)!.text).toBe('Partene skal få melding.');
    expect(guideline.fingerprint).toBe(parse(composed).fingerprint);
  });

  test.each([
    { written: 'after a link', body: 'Skriv til a@b.noa&#x30A;.' },
    { written: 'after emphasis', body: 'Partene skal *fa*\u030A melding.' },
  ])('a combining mark apart from its letter, $written, stops the build', ({ body }) => {
    expect(outcome(withBody(body))).toBe(
      `input.md:${bodyLine}: a combining mark (U+030A) stands apart from the letter it belongs to, after a link, formatting or a character reference: write the letter and its mark as one character (å, é) inside the same text`,
    );
  });

  test('front matter is published in NFC', () => {
    expect(parse(clean.replace('region: Prøveland', 'region: "Pro\\u0308veland og Sa\u030Aleby"')).meta.region).toBe(
      'Pröveland og Såleby',
    );
  });
});

describe('encodings', () => {
  test.each([
    { bytes: 'Partene sk\xF8l', line: 1, column: 11, byte: '0xF8 (in Windows-1252 this byte is «ø»)' },
    { bytes: 'a\nb\nfor\xE6ldre', line: 3, column: 4, byte: '0xE6 (in Windows-1252 this byte is «æ»)' },
    { bytes: '\xEF\xBB\xBFforeg\xE5r', line: 1, column: 6, byte: '0xE5 (in Windows-1252 this byte is «å»)' },
    { bytes: 'a\r\n\xEF\xBF\xBD ok, then \x80', line: 2, column: 12, byte: '0x80' },
    { bytes: 'overlong \xC0\xAF', line: 1, column: 10, byte: '0xC0 (in Windows-1252 this byte is «À»)' },
    { bytes: 'cut at the end \xE2\x80', line: 1, column: 16, byte: '0xE2 (in Windows-1252 this byte is «â»)' },
  ])('invalid UTF-8 stops at line $line, column $column', ({ bytes, line, column, byte }) => {
    expect(() => decodeUtf8(Buffer.from(bytes, 'latin1'), 'input.md')).toThrow(
      `input.md:${line}:${column}: the file is not valid UTF-8: byte ${byte} cannot stand here: save the file as UTF-8 (in the editor's "Save as", choose the encoding UTF-8) and check that æ, ø and å read right`,
    );
  });

  test.each([
    { order: 'little-endian', bytes: Buffer.from('\uFEFF---\n', 'utf16le') },
    { order: 'big-endian', bytes: Buffer.from('\uFEFF---\n', 'utf16le').swap16() },
  ])('a file saved as UTF-16 ($order) is named as such', ({ bytes }) => {
    expect(() => decodeUtf8(bytes, 'input.md')).toThrow(
      'input.md:1:1: the file is saved as UTF-16 ("Unicode" in Windows\' save dialogs): save it as UTF-8',
    );
  });

  test('a byte order mark is dropped, UTF-8 is decoded as it is', () => {
    expect(decodeUtf8(Buffer.from('\uFEFFsørge for\r\n', 'utf8'), 'input.md')).toBe('sørge for\r\n');
  });

  // A CRLF file once published `\r` inside every paragraph that spans lines (same fingerprint, other text).
  test.each([
    { content: 'a paragraph over two lines', body: 'Partene kan\nbruke video.' },
    { content: 'a hard line break', body: 'Partene kan\\\nbruke video.' },
    { content: 'a list with a continued item', body: '- være tilkoblet\n  Norsk helsenett\n- følge Normen' },
    { content: 'a table', body: '| Part | Plikt |\n|---|---|\n| Kommunen | melde |' },
    { content: 'a footnote over two lines', body: 'Tekst.[^1]\n\n[^1]: Forskrift om\n    IKT-standarder.' },
  ])('with CRLF line ends, $content publishes the same text and HTML as with LF', ({ body }) => {
    const lf = parse(withBody(body));
    const crlf = parse(withBody(body).replace(/\n/g, '\r\n'));
    expect(JSON.stringify(crlf.clauses.map(summarise))).not.toContain('\\r');
    expect(crlf.clauses.map(summarise)).toEqual(lf.clauses.map(summarise));
  });

  // The CRLF and BOM fixtures are the line-ends fixture (paragraphs, a list item and a footnote
  // over two lines, a hard break, a table) saved as Windows editors save it.
  test.each(['bom', 'crlf'])(
    'the %s fixture holds the clean file, saved differently, and publishes the same words',
    (name) => {
      const lineEnds = readFileSync(`${fixtures}/safety/line-ends/input.md`, 'utf8');
      const bytes = readFileSync(`${fixtures}/safety/${name}/input.md`);
      const text = bytes.toString('utf8');
      expect(name === 'bom' ? text.startsWith('\uFEFF') : text.includes('\r\n')).toBe(true);
      expect(text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')).toBe(lineEnds);
      const guideline = parse(decodeUtf8(bytes, 'input.md'));
      const reference = parse(lineEnds);
      expect(guideline.clauses.map(summarise)).toEqual(reference.clauses.map(summarise));
      expect(guideline.meta).toEqual(reference.meta);
      expect(guideline.fingerprint).toBe(reference.fingerprint);
    },
  );
});

describe('the topic list', () => {
  const topicsFile = readFileSync(`${root}content/topics.yaml`);
  const read = (source: string) => () => parseTopics(source, { file: 'content/topics.yaml', schema: topicsSchema });
  const line = topicsFile.toString('utf8').split('\n').indexOf('  nb: Testing') + 1;

  test.each([
    {
      problem: 'a zero-width space',
      edit: (s: string) => s.replace('  nb: Testing', '  nb: Tes\u200Bting'),
      message: `content/topics.yaml:${line}:10: hidden character U+200B ZERO WIDTH SPACE in «  nb: Tes⟨U+200B⟩ting»: `,
    },
    {
      problem: 'a right-to-left override as a YAML escape',
      edit: (s: string) => s.replace('  nb: Testing', '  nb: "Tes\\u202Eting"'),
      message: `content/topics.yaml:${line}: hidden character U+202E RIGHT-TO-LEFT OVERRIDE, written as an escape, in «Tes⟨U+202E⟩ting»: `,
    },
  ])('with $problem stops the build', ({ edit, message }) => {
    expect(read(edit(topicsFile.toString('utf8')))).toThrow(message);
  });

  test('saved as Windows-1252, stops the build at its first æ, ø or å', () => {
    const text = topicsFile.toString('utf8');
    const index = text.search(/[æøåÆØÅ]/);
    const before = text.slice(0, index);
    // Windows-1252 writes ASCII as UTF-8 does, and æ, ø, å as Latin-1 does (one byte each); what
    // it cannot write (– ’) comes after the first error and is replaced here.
    expect(before).toMatch(/^[\x00-\x7F]*$/);
    const windows1252 = Buffer.from(text.replace(/[^\x00-\xFF]/gu, '?'), 'latin1');
    const line = before.split('\n').length;
    const column = index - before.lastIndexOf('\n');
    expect(() => decodeUtf8(windows1252, 'content/topics.yaml')).toThrow(
      new RegExp(
        `^content/topics\\.yaml:${line}:${column}: the file is not valid UTF-8: byte 0x[0-9A-F]{2} \\(in Windows-1252 this byte is «${text[index]}»\\)`,
      ),
    );
  });
});

// Issue 23: these reached HTML, JSON, CSV and search while the refused characters were a hand list.
describe('characters refused by Unicode property, by name', () => {
  test.each([
    { character: 'U+206A INHIBIT SYMMETRIC SWAPPING', text: 'sk\u206Aal' },
    { character: 'U+206F NOMINAL DIGIT SHAPES', text: 'sk\u206Fal' },
    { character: 'U+FFF9 INTERLINEAR ANNOTATION ANCHOR', text: 'sk\uFFF9al' },
    { character: 'U+3164 HANGUL FILLER', text: 'sk\u3164al' },
    { character: 'U+115F HANGUL CHOSEONG FILLER', text: 'sk\u115Fal' },
    { character: 'U+034F COMBINING GRAPHEME JOINER', text: 'sk\u034Fal' },
    { character: 'U+2800 BRAILLE PATTERN BLANK', text: 'sk\u2800al' },
    { character: 'U+FE0F VARIATION SELECTOR-16', text: 'sk\uFE0Fal' },
    { character: 'U+E0100 VARIATION SELECTOR-17', text: 'sk\u{E0100}al' },
    { character: 'U+17B4 KHMER VOWEL INHERENT AQ', text: 'sk\u17B4al' },
    { character: 'U+FFFF (an unassigned code point)', text: 'sk\uFFFFal' },
  ])('$character stops the build at its line and column', ({ character, text }) => {
    expect(outcome(withBody(`Partene ${text} melde avvik.`))).toMatch(
      new RegExp(
        `^input\\.md:${bodyLine}:11: hidden character ${character.replace(/[()+]/g, '\\$&')} in «Partene sk⟨U\\+`,
      ),
    );
  });

  test('a character reference to a format character stops the build too', () => {
    expect(outcome(withBody('Partene sk&#x206A;al melde avvik.'))).toMatch(
      new RegExp(
        `^input\\.md:${bodyLine}: hidden character U\\+206A INHIBIT SYMMETRIC SWAPPING, written as a character reference`,
      ),
    );
  });

  test('a look-alike letter written as a character reference stops the build', () => {
    expect(outcome(withBody('Kommunen &#x455;kal melde avvik.'))).toMatch(
      new RegExp(
        `^input\\.md:${bodyLine}: the word «ѕkal» mixes Latin and Cyrillic letters: «ѕ» is U\\+0455 CYRILLIC SMALL LETTER DZE`,
      ),
    );
  });

  test('words wholly in another script are allowed', () => {
    expect(outcome(withBody('Partene skal melde avvik (på gresk: αναφορά, på russisk: отчёт).'))).toBe('ok');
  });
});
