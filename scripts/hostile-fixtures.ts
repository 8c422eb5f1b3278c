// `node scripts/hostile-fixtures.ts`: writes the fixtures of hostile and broken input (issue 23),
// tests/fixtures/hostile/<case>/input.md and expected.txt, from the table below: one valid guideline
// (tests/fixtures/parse/numbered-clauses) with one thing changed, and the error the build must give.
// The deep-nesting cases are too large to write by hand. tests/unit/parse/parse.test.ts runs them all.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const fixtures = new URL('../tests/fixtures/hostile/', import.meta.url);
const valid = readFileSync(new URL('../tests/fixtures/parse/numbered-clauses/input.md', import.meta.url), 'utf8');
const head = valid.split('\n## ')[0]!;
const body = (markdown: string) => `${head}\n${markdown}\n`;
const front = (from: string, to: string, markdown = '## 1 Ansvar\n\nTekst.') => {
  if (!head.includes(from)) throw new Error(`numbered-clauses has no \`${from}\``);
  return `${head.replace(from, to)}\n${markdown}\n`;
};
const ATTRIBUTES = 'use part=felles|kommune|helseforetak and tema=<topic id>[,<topic id>…]';
const IN_CONTAINER =
  'starts no clause, but would be published as a heading: move it out to the start of a line (with no `-`, `>` or indentation before it), or write it as ordinary text';
const NESTED =
  "more than the 24 allowed: remove the extra `>`, list markers or indentation (a guideline's lists rarely need more than four levels)";

const cases: Record<string, { input: string; expected: string }> = {
  'attribute-constructor': {
    input: body('## 1 Ansvar {constructor=kommune}\n\nTekst.'),
    expected: `input.md:25: unknown heading attribute \`constructor\`: ${ATTRIBUTES}`,
  },
  'attribute-has-own-property': {
    input: body('## 1 Ansvar {hasOwnProperty=kommune}\n\nTekst.'),
    expected: `input.md:25: unknown heading attribute \`hasOwnProperty\`: ${ATTRIBUTES}`,
  },
  'attribute-proto': {
    input: body('## 1 Ansvar {__proto__=kommune}\n\nTekst.'),
    expected:
      "input.md:25: the heading's attributes `{proto=kommune}` hold Markdown formatting (_, *, ` or a link), so they cannot be read: heading attributes are part=felles|kommune|helseforetak and tema=<topic id>, written without formatting",
  },
  'attribute-twice': {
    input: body('## 1 Ansvar {part=kommune part=helseforetak}\n\nTekst.'),
    expected:
      'input.md:25: heading attribute `part` is given twice in {part=kommune part=helseforetak}: a heading has one part=, keep the one that is right',
  },
  'topic-twice': {
    input: body('## 1 Ansvar {tema=formal,formal}\n\nTekst.'),
    expected: 'input.md:25: topic `formal` is named twice in tema=formal,formal: name each topic once',
  },
  'heading-in-list': {
    input: body('## 1 Ansvar\n\n- Punkt.\n- ## Skjult overskrift\n\nTekst.'),
    expected: `input.md:28: a heading inside a list item ${IN_CONTAINER}`,
  },
  'heading-in-block-quote': {
    input: body('## 1 Ansvar\n\n> ### Sitert overskrift\n\nTekst.'),
    expected: `input.md:27: a heading inside a block quote ${IN_CONTAINER}`,
  },
  'duplicate-unnumbered-id': {
    input: body('## Felles ansvar\n\nA.\n\n## Felles  ansvar!\n\nB.'),
    expected:
      'input.md:29: clause id `felles-ansvar` is already used by the heading at line 25: give one of the two headings a different text',
  },
  'nesting-block-quotes': {
    input: body(`## 1 Ansvar\n\n${'>'.repeat(2000)} Tekst.`),
    expected: `input.md:27: block quotes and lists are nested about 2000 levels deep here, ${NESTED}`,
  },
  'nesting-lists': {
    input: body(
      `## 1 Ansvar\n\n${Array.from({ length: 500 }, (_, depth) => `${'  '.repeat(depth)}- Punkt`).join('\n')}`,
    ),
    expected: `input.md:51: block quotes and lists are nested about 25 levels deep here, ${NESTED}`,
  },
  'footnote-in-heading': {
    input: body('## 1 Ansvar[^1]\n\nTekst.\n\n[^1]: Merknad.'),
    expected:
      "input.md:25: footnote [^1] is called in a heading: a heading cannot carry a footnote; put the call in the clause's text, after the words it belongs to",
  },
  'footnote-escaped': {
    input: body('## 1 Ansvar\n\nTekst \\[^1].\n\n[^1]: Merknad.'),
    expected:
      'input.md:27: footnote call [^1] would be printed as text (it is escaped, \\[^1], or split by formatting): write `[^1]` as it is to call the footnote',
  },
  'heading-greek': {
    input: body('## Εισαγωγή\n\nTekst.'),
    expected:
      'input.md:25: the heading «Εισαγωγή» has no letter a–z or digit to make its clause id from (ids are written in ASCII; æ, ø and å become ae, o and a): give it a number (## 5 …) or words in Latin letters',
  },
  'approved-year-zero': {
    input: front('date: 2025-02-06', 'date: 0000-01-01'),
    expected:
      'input.md:15: `approved.date`: the year must be between 1900 and 2199: check the date against the source: front matter fields are listed in docs/editing.md, "Front matter"',
  },
  'link-user-name': {
    input: body('## 1 Ansvar\n\nSe [Helsenorge](https://www.helsenorge.no@evil.example/).'),
    expected:
      'input.md:27: link to `https://www.helsenorge.no@evil.example/`: it names a user before an @ (`https://www.helsenorge.no@`), so the link leads to evil.example, not to the site a reader sees first: write the address without the part before the @: links may use https:, http:, mailto: and tel: addresses, site paths (/retningslinjer/…) and #fragments',
  },
  'lone-surrogate-escape': {
    input: front('title: Retningslinje for prøving', 'title: "Retningslinje for pr\\uD800ving"'),
    expected:
      'input.md:3: hidden character U+D800 (a lone surrogate), written as an escape, in «Retningslinje for pr⟨U+D800⟩ving»: half of a UTF-16 surrogate pair encodes no character and is shown as «�»: write the character itself instead of its escape',
  },
  'hidden-format-character': {
    input: body('## 1 Ansvar\n\nKommunen sk\u206Aal melde avvik.'),
    expected:
      'input.md:27:12: hidden character U+206A INHIBIT SYMMETRIC SWAPPING in «Kommunen sk⟨U+206A⟩al melde avvik.»: an invisible character splits or joins words unseen, so texts that look the same differ and search and comparison miss them: delete it',
  },
  'hidden-hangul-filler': {
    input: body('## 1 Ansvar\n\nKommunen\u3164skal melde avvik.'),
    expected:
      'input.md:27:9: hidden character U+3164 HANGUL FILLER in «Kommunen⟨U+3164⟩skal melde avvik.»: an invisible character splits or joins words unseen, so texts that look the same differ and search and comparison miss them: delete it',
  },
  'mixed-script-word': {
    input: body('## 1 Ansvar\n\nKommunen \u0455kal melde avvik.'),
    expected:
      'input.md:27:10: the word «ѕkal» mixes Latin and Cyrillic letters: «ѕ» is U+0455 CYRILLIC SMALL LETTER DZE, a Cyrillic letter that looks like a Latin one, so search, the duty register and comparison do not find the word: write the whole word in Latin letters',
  },
  'mixed-script-short-title': {
    input: front('shortTitle: Prøve', 'shortTitle: \u0422\u0435l\u0435m\u0430rk'),
    expected:
      'input.md:5:13: the word «Теlеmаrk» mixes Latin and Cyrillic letters: «Т» is U+0422 CYRILLIC CAPITAL LETTER TE, a Cyrillic letter that looks like a Latin one, so search, the duty register and comparison do not find the word: write the whole word in Latin letters',
  },
};

for (const [name, { input, expected }] of Object.entries(cases)) {
  const dir = new URL(`${name}/`, fixtures);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL('input.md', dir), input);
  writeFileSync(new URL('expected.txt', dir), `${expected}\n`);
}
console.log(`${Object.keys(cases).length} fixtures written`);
