import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { GuidelineError } from '../../../src/lib/model/errors.ts';
import { exportGuideline } from '../../../src/lib/publish/export.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { loadGuidelines, siteContents, siteLinkProblem } from '../../../src/lib/parse/load.ts';
import { siteAddresses } from '../../../src/lib/model/routes.ts';
import { clauseText, searchRecords } from '../../../src/lib/publish/search-records.ts';
import { compoundSplitter, MAX_SPLIT_LENGTH } from '../../../src/lib/search/compounds.ts';
import { stems } from '../../../src/lib/text/stems.ts';
import { norwegianDictionary } from '../../../src/integrations/pagefind.ts';
import type { Guideline } from '../../../src/lib/model/types.ts';
import { guidelineSchema, type GuidelineMeta } from '../../../src/lib/model/schema.ts';
import { root, topicIds } from '../helpers/index.ts';

// The parser either returns a guideline or stops with a GuidelineError (file:line: message):
// never another exception, never a hang, whatever it is fed. What it returns is safe to publish:
// no HTML, JSON export or search record holds an unsafe address or a hidden character (issue 12).
const topics = topicIds();
const stem = (word: string) => stems(word)[0] ?? null;
const sources = ['telemark', 'unn', 'innlandet', 'st-olav', 'more-og-romsdal'].map((slug) =>
  readFileSync(`${root}content/guidelines/${slug}.md`, 'utf8'),
);

// Written out here, apart from src/lib/parse/safety.ts, so that a gap in its tables fails these tests:
// an href the browser reads as https:, http:, mailto:, tel:, a site path or a fragment, with no
// space or control in it; the issue's bidirectional controls and zero-width characters, C0
// controls other than tab and line feed, and carriage returns.
const SAFE_HREF = /^(?:https?:|mailto:|tel:|\/(?![/\\])|#)[^\x00-\x20\x7F]*$/i;
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF\x00-\x08\x0B-\x1F\x7F]/u;
// By Unicode property, as issue 23 asks: format characters and everything shown as nothing.
const INVISIBLE_BY_PROPERTY = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
// Every such code point, for the generators below.
const INVISIBLE: string[] = [];
for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
  if (INVISIBLE_BY_PROPERTY.test(String.fromCodePoint(codePoint))) INVISIBLE.push(String.fromCodePoint(codePoint));
}
// Cyrillic and Greek letters that look like Latin ones.
const LOOK_ALIKES = [...'аеорсухіјѕԁԛԝһӏАВЕКМНОРСТХαοιρνκτΑΒΕΗΙΚΜΝΟΡΤΧΥΖ'];
// Attributes that make a browser fetch or run something; none of them belongs in guideline text.
const FETCHING = ['src', 'srcSet', 'action', 'formAction', 'poster', 'data', 'background', 'ping'];

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Asserts that nothing the build would write from this guideline is unsafe or hidden. */
function publishesSafely(guideline: Guideline<GuidelineMeta>): void {
  const exported = exportGuideline(guideline);
  const texts = [...strings(exported), ...strings(searchRecords([exported]))];
  for (const clause of guideline.clauses) {
    const html = [clause.headingHtml ?? '', clause.html, ...clause.footnotes.map((footnote) => footnote.html)].join(
      '\n',
    );
    texts.push(html);
    visit(fromHtml(html, { fragment: true }), (node) => {
      if (node.type === 'text') texts.push(node.value);
      if (node.type !== 'element') return;
      const { href } = node.properties;
      if (href !== undefined) expect(String(href)).toMatch(SAFE_HREF);
      for (const name of FETCHING) expect(node.properties[name], `${node.tagName} ${name}`).toBeUndefined();
      texts.push(...Object.values(node.properties).flatMap(strings));
    });
  }
  for (const text of texts) {
    expect(text).not.toMatch(HIDDEN);
    expect(text).not.toMatch(INVISIBLE_BY_PROPERTY);
    expect(text).toBe(text.normalize('NFC'));
  }
}

function survives(source: string): void {
  const started = performance.now();
  let guideline: Guideline<GuidelineMeta> | undefined;
  try {
    guideline = parseGuideline(source, { file: 'fuzz.md', schema: guidelineSchema, topics });
  } catch (error) {
    if (!(error instanceof GuidelineError)) throw error;
    expect(error.message).toMatch(/^fuzz\.md:\d+(?::\d+)?: \S/);
  }
  expect(performance.now() - started).toBeLessThan(2_000);
  if (guideline) publishesSafely(guideline);
}

// Pieces of Markdown that touch every branch of the parser: headings, attributes, directives,
// footnotes, tables, HTML, YAML punctuation.
const piece = fc.constantFrom(
  '\n',
  '\n\n',
  '## ',
  '### ',
  '#### ',
  '# ',
  '1 ',
  '4.1 ',
  '2.1.',
  '{part=felles}',
  '{tema=testing}',
  '{part=',
  '}',
  '{',
  ':merknad[',
  ']',
  ':plassholder[kommune]',
  ':ukjent',
  '::leaf',
  ':::container\n',
  '[^1]',
  '[^1]: ',
  '| a | b |\n|---|---|\n',
  '<div>',
  '</div>',
  '<!-- x -->',
  '---\n',
  'slug: x\n',
  'status: ',
  '- ',
  '1. ',
  '> ',
  '`',
  '**',
  '[lenke](#punkt-1)',
  '[x](/retningslinjer/unn/#punkt-9)',
  'æøå ',
  '\u0000',
  '\t',
  '\\',
  '&amp;',
  'https://example.no',
  // Unsafe addresses and hidden characters, written every way the issue found (and a few more).
  '[x](',
  ')',
  '](',
  '<',
  '>',
  'javascript:alert(1)',
  'JaVaScRiPt:',
  ' javascript:',
  'java&#115;cript:',
  'java\tscript:',
  '%6Aavascript:',
  'data:text/html,hei',
  'vbscript:',
  '//evil.example',
  '/\\evil',
  '<javascript:alert(1)>',
  '[r]: javascript:x\n',
  '[x][r]',
  '[r]',
  '![x](missing.png)',
  '![x][r]',
  '!',
  '{href=javascript:x}',
  '{src=x}',
  ' "title"',
  'mailto:a@b.no',
  'tel:+47',
  'www.example.no',
  'a@b.no',
  '\u202E',
  '\u202A',
  '\u2066',
  '\u2069',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u000C',
  '\u0085',
  '\uFFFD',
  '\r\n',
  '\r',
  '&#x202E;',
  '&#8203;',
  '&#xFEFF;',
  '&shy;',
  '&#0;',
  '&#x85;',
  'a\u030A',
  'a&#x30A;',
  '"\\u202E"',
  '\\u200B',
  '(#%E0)',
  '%',
  '&#13;',
  '&#x0D;',
);

test('thousands of mutated guidelines either parse or fail with a clear error', () => {
  const mutation = fc.record({
    source: fc.constantFrom(...sources),
    edits: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        cut: fc.nat({ max: 200 }),
        insert: fc.oneof(
          fc.array(piece, { maxLength: 6 }).map((p) => p.join('')),
          fc.string({ maxLength: 20 }),
        ),
      }),
      { minLength: 1, maxLength: 6 },
    ),
  });
  fc.assert(
    fc.property(mutation, ({ source, edits }) => {
      let text = source;
      for (const { at, cut, insert } of edits) {
        const index = Math.floor(at * text.length);
        text = text.slice(0, index) + insert + text.slice(index + cut);
      }
      survives(text);
    }),
    { numRuns: 1500 },
  );
}, 120_000);

test('thousands of random documents either parse or fail with a clear error', () => {
  const frontMatter = sources[0]!.slice(0, sources[0]!.indexOf('\n---\n') + 5);
  // Binary strings reach every code point, hidden and invisible ones included.
  const document = fc.tuple(
    fc.boolean(),
    fc.array(
      fc.oneof(
        piece,
        fc.string({ maxLength: 12 }),
        fc.string({ unit: 'binary', maxLength: 6 }),
        fc.constantFrom('Partene skal ', 'kommunen '),
      ),
      { maxLength: 80 },
    ),
  );
  fc.assert(
    fc.property(document, ([withFrontMatter, pieces]) =>
      survives((withFrontMatter ? frontMatter : '') + pieces.join('')),
    ),
    { numRuns: 2000 },
  );
}, 120_000);

test('random front matter is validated, never crashes', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.string({ unit: 'binary', maxLength: 6 }),
    fc.integer(),
    fc.constant('null'),
    fc.constant('[]'),
    fc.constant('{}'),
    fc.constant('"'),
    fc.constant('2025-13-45'),
    // Hidden characters as themselves and as YAML escapes, a combining mark, a non-breaking space.
    fc.constantFrom(
      'Sk\u202Eal',
      '"Sk\\u202Eal"',
      "'Sk\u200Bal'",
      '"Sk\\u200Bal"',
      '"\\uFEFF"',
      '"\\x0C"',
      '"\\0"',
      'Fa\u030A',
      '"Fa\\u030A"',
      'a\u00A0b',
    ),
  );
  const key = fc.constantFrom(
    'slug',
    'title',
    'status',
    'language',
    'version',
    'approved',
    'signatories',
    'kind',
    'ukjent',
    'adjusted',
    'approved:\n  date',
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) =>
      survives(`---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n## 1 Formål\n\nTekst.\n`),
    ),
    { numRuns: 1000 },
  );
}, 60_000);

test('random text in valid front matter is published safely', () => {
  // A valid guideline with one text field (or a list item) replaced: most random front matter above
  // fails the schema, so this is where its strings reach the JSON export and the search records.
  const frontMatter = sources[0]!.slice(0, sources[0]!.indexOf('\n---\n') + 5);
  const escaped = (text: string) =>
    `"${[...text]
      .map((c) => {
        const hex = c.codePointAt(0)!.toString(16).toUpperCase();
        return hex.length <= 4 ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
      })
      .join('')}"`;
  const field = fc.constantFrom(
    'title',
    'shortTitle',
    'citation',
    'region',
    'hospital',
    'municipalities',
    'version',
    'by',
    'name',
    'legalBasis',
  );
  const written = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 12 }).map((text) => JSON.stringify(text)), // every code point, as itself where JSON leaves it
    fc.string({ unit: 'binary', maxLength: 12 }).map(escaped), // every code point, as a YAML escape
    fc
      .array(
        fc.constantFrom(
          'Sk',
          'al',
          ' ',
          'ø',
          '\u202E',
          '\u200B',
          '\uFEFF',
          '\u0301',
          '\\u202E',
          '\\u2066',
          '\\u200D',
          '\\u00AD',
          '\\x85',
          '\\0',
          '\\t',
          '\\r',
          '\\n',
        ),
        { minLength: 1, maxLength: 8 },
      )
      .map((parts) => `"${parts.join('')}"`),
  );
  fc.assert(
    fc.property(field, written, (key, value) => {
      const source =
        key === 'legalBasis'
          ? frontMatter.replace('legalBasis: []', `legalBasis: [${value}]`)
          : frontMatter.replace(new RegExp(`^(\\s*(?:- \\{ role: \\w+, )?${key}: )"[^"\\n]*"`, 'm'), `$1${value}`);
      expect(source).not.toBe(frontMatter);
      survives(`${source}\n## 1 Formål\n\nPartene skal melde avvik.\n`);
    }),
    { numRuns: 500 },
  );
}, 60_000);

// Issue 33: one word of 5,000 letters hung the build in the search index's compound split. Long words
// (of real compound parts, of one letter, of random letters) and long lines, anywhere in a valid
// guideline: the parse, the export and the search records with the real splitter and dictionary end in
// bounded time.
test('long words and long lines are parsed and indexed in bounded time', async () => {
  const dictionary = await norwegianDictionary();
  const parts = ['sikkerhets', 'rutine', 'meldings', 'utveksling', 'kommune', 'helse', 'tjeneste', 'a', 'ab'];
  const compounds = ['sikkerhetsrutine', 'meldingsutveksling', 'kommunehelsetjeneste', 'tjenesteavtale'];
  const word = fc.oneof(
    fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 600 }).map((p) => p.join('')),
    // One compound over and over, from any letter of it: the words that took seconds at 168 letters.
    fc
      .tuple(fc.constantFrom(...compounds), fc.nat({ max: 19 }), fc.integer({ min: 40, max: 5000 }))
      .map(([compound, from, length]) => compound.repeat(300).slice(from, from + length)),
    fc.tuple(fc.constantFrom('a', 'æ', 'z'), fc.integer({ min: 1, max: 5000 })).map(([c, n]) => c.repeat(n)),
    fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzæøå'), minLength: 1, maxLength: 3000 }),
  );
  const line = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));
  const inserts = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(word, line)), {
    minLength: 1,
    maxLength: 3,
  });
  fc.assert(
    fc.property(inserts, (edits) => {
      let text = valid;
      const body = text.indexOf('## 1');
      for (const [at, insert] of edits) {
        const index = body + Math.floor(at * (text.length - body));
        text = `${text.slice(0, index)} ${insert} ${text.slice(index)}`;
      }
      const started = performance.now();
      survives(text);
      let guideline;
      try {
        guideline = exportGuideline(parseGuideline(text, { file: 'fuzz.md', schema: guidelineSchema, topics }));
      } catch (error) {
        if (!(error instanceof GuidelineError)) throw error;
        return;
      }
      // The dictionary's lookup is what grows with a string's length: none is longer than a word that is split.
      let longest = 0;
      const counted = { has: (entry: string) => ((longest = Math.max(longest, entry.length)), dictionary.has(entry)) };
      const split = compoundSplitter(guideline.clauses.map(clauseText), stem, counted);
      searchRecords([guideline], { split });
      expect(longest).toBeLessThanOrEqual(MAX_SPLIT_LENGTH + 2);
      expect(performance.now() - started).toBeLessThan(5_000);
    }),
    { numRuns: 60 },
  );
}, 120_000);

// Issue 23: the generators that would have found its cases. Attribute names that are Object's own
// properties, block quotes and lists nested thousands deep, every format and default-ignorable
// character, and Cyrillic or Greek look-alikes inside Latin words.
const valid = readFileSync(`${root}tests/fixtures/parse/numbered-clauses/input.md`, 'utf8');
const inWord = (character: string) => valid.replace('Partene kan bruke video.', `Partene kan br${character}uke video.`);

test('attribute names of Object, deep nesting, invisible characters and look-alikes either parse or fail with a clear error', () => {
  const attribute = fc
    .tuple(
      fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype), 'part', 'tema'),
      fc.constantFrom('kommune', 'formal', ''),
    )
    .map(([key, value]) => ` {${key}=${value}}`);
  const nesting = fc
    .tuple(fc.constantFrom('>', '> ', '- ', '  - ', '1. ', '* ', '>- '), fc.integer({ min: 1, max: 3000 }))
    .map(([marker, depth]) => `\n\n${marker.repeat(depth)}Tekst\n`);
  const hostile = fc.oneof(attribute, nesting, fc.constantFrom(...INVISIBLE), fc.constantFrom(...LOOK_ALIKES), piece);
  const mutation = fc.record({
    source: fc.constantFrom(valid, ...sources),
    edits: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), hostile), { minLength: 1, maxLength: 4 }),
  });
  fc.assert(
    fc.property(mutation, ({ source, edits }) => {
      let text = source;
      for (const [at, insert] of edits) {
        const index = Math.floor(at * text.length);
        text = text.slice(0, index) + insert + text.slice(index);
      }
      survives(text);
    }),
    { numRuns: 400 },
  );
}, 120_000);

// Containers a fuzz run found past the nesting check: a footnote definition holds blocks as a list
// item does, and one in front of 3,000 list markers took seconds and overflowed the stack.
test.each([
  { what: 'list markers after a footnote label', line: `[^1]: ${'* '.repeat(3000)}Tekst` },
  { what: 'footnote labels in a row', line: `${'[^a]: '.repeat(3000)}Tekst` },
  { what: 'block quotes inside a footnote', line: `[^1]: ${'> '.repeat(3000)}Tekst` },
])('$what nested thousands deep stop the build on their line', ({ line }) => {
  const text = valid.replace('Partene kan bruke video.', `\n${line}\n`);
  const at = text.split('\n').indexOf(line) + 1;
  expect(() => parseGuideline(text, { file: 'fuzz.md', schema: guidelineSchema, topics })).toThrow(
    new RegExp(`^fuzz\\.md:${at}: block quotes and lists are nested about \\d+ levels deep here`),
  );
});

test.each([
  {
    what: 'every format or default-ignorable character',
    characters: INVISIBLE,
    message: /^fuzz\.md:\d+:\d+: hidden character U\+[0-9A-F]{4,6} /,
  },
  {
    what: 'every Cyrillic or Greek look-alike',
    characters: LOOK_ALIKES,
    message: /^fuzz\.md:\d+:\d+: the word «br.uke» mixes Latin and (Cyrillic|Greek) letters/,
  },
])('$what inside a word stops the build with its name and place', ({ characters, message }) => {
  fc.assert(
    fc.property(fc.constantFrom(...characters), (character) => {
      expect(() => parseGuideline(inWord(character), { file: 'fuzz.md', schema: guidelineSchema, topics })).toThrow(
        message,
      );
    }),
    { numRuns: 300 },
  );
});

// Links to site pages (issue 23: a link to a page that does not exist was published silently).
// Every address the site has, with each fragment its page holds, loads; the same address with a
// character inserted, dropped or changed is accepted only if it is still one of them, and is
// otherwise named in the build's message. (tests/e2e/links.test.ts holds the list to the build.)
describe('links to site pages', () => {
  const siteDir = `${root}tests/fixtures/sites/versions`;
  const others = readdirSync(siteDir).map((name) => ({
    file: `sites/${name}`,
    source: readFileSync(`${siteDir}/${name}`, 'utf8'),
  }));
  const linking = readFileSync(`${root}tests/fixtures/links/every-kind-of-page/lenker.md`, 'utf8');
  const load = (links: string) =>
    loadGuidelines(
      [...others, { file: 'lenker.md', source: linking.replace('[egen](#punkt-1).', `[egen](#punkt-1). ${links}`) }],
      guidelineSchema,
      topics,
    );
  const addresses = siteAddresses(siteContents(load(''), topics));
  const targets = [...addresses].flatMap(([path, fragments]) => [
    path,
    ...[...(fragments ?? [])].map((fragment) => `${path}#${fragment}`),
  ]);
  const line = linking.split('\n').findIndex((text) => text.includes('[egen](#punkt-1).')) + 1;

  test('every address the site has may be linked to', () => {
    expect(targets.length).toBeGreaterThan(40);
    expect(() => load(targets.map((target) => `[x](${target})`).join(' '))).not.toThrow();
  });

  test('an address one character off is accepted only if the site has it, else named with line and column', () => {
    const edit = fc
      .tuple(
        fc.constantFrom(...targets),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('insert', 'drop', 'change'),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-/#'),
      )
      .map(([target, at, how, character]) => {
        const index = Math.floor(at * target.length);
        const tail = target.slice(how === 'insert' ? index : index + 1);
        return target.slice(0, index) + (how === 'drop' ? '' : character) + tail;
      })
      .filter((url) => url.startsWith('/') && !url.startsWith('//'));
    const known = (url: string) => {
      const [path = '', fragment = ''] = url.split(/#(.*)/s);
      const page = addresses.has(path) || path.endsWith('/') ? path : `${path}/`;
      const fragments = addresses.get(page);
      return fragments !== undefined && (fragment === '' || fragments === null || fragments.has(fragment));
    };
    fc.assert(
      fc.property(edit, (url) => {
        const problem = siteLinkProblem(url, addresses);
        expect(problem === undefined, `${url}: ${problem?.detail}`).toBe(known(url));
      }),
      { numRuns: 3000 },
    );
    // And through the loader, a few of them: the message names the file, the line and the column.
    fc.assert(
      fc.property(
        edit.filter((url) => !known(url)),
        (url) => {
          expect(() => load(`[x](${url})`)).toThrow(
            new RegExp(`^lenker\\.md:${line}:\\d+: link to ${escape(url)}: \\S`),
          );
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
