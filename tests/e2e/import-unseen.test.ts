import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffArrays } from 'diff';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { alignGuidelines } from '../../src/lib/compare/align.ts';
import { similarityModel } from '../../src/lib/compare/similarity.ts';
import { importGuideline } from '../../src/lib/import/import-file.ts';
import { excessWords, publishedText, wordParts } from '../../src/lib/import/words.ts';
import { guidelineSchema, topicsSchema } from '../../src/lib/model/schema.ts';
import type { Guideline, MetaSchema } from '../../src/lib/model/types.ts';
import { loadGuidelines } from '../../src/lib/parse/load.ts';
import { parseGuideline } from '../../src/lib/parse/guideline.ts';
import { parseTopics } from '../../src/lib/parse/topics.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { fill, unseenDocx, unseenDocxOnStyles, unseenDocxTyped, unseenPdf } from './unseen-files.ts';

// Agreements none of the five is, written as regions write them, after the code they score and not
// tuned to it (tests/fixtures/import/unseen-word: a .docx whose headings Word numbers itself;
// unseen-pdf: a PDF with «Punkt N» headings and sub-clauses 2.1 …; unseen-nynorsk-pdf: a Nynorsk PDF
// with its title on a cover, «§ N» headings, a footnote and a responsibility table; unseen-word-2: a
// .docx whose numbering is on its heading styles, with an organisation line above the title and lists
// that restart; unseen-artikkel-word: a .docx with no Word numbering, «Artikkel N» and «N.M» typed
// into the headings, bullets, a footnote and a responsibility table; unseen-nynorsk-word-pdf: a Nynorsk
// PDF with a cover, bare numbered headings, a table, a link and lettered items typed as text;
// unseen-held-word: a .docx numbered by Word's list on its heading styles, with a lettered list, a
// responsibility table with an empty cell and roles; unseen-held-nynorsk-pdf: a Nynorsk PDF with a cover,
// «Punkt N» headings with words of their own over sub-clauses, a footnote and a responsibility table;
// unseen-held5-word: a .docx numbered by Word's list on its paragraphs, with a lettered list, a
// responsibility table marking each party's column with an X, definitions and appendices last;
// unseen-held5-nynorsk-pdf: a Nynorsk PDF whose title stands only on its cover between a line placing it
// in its agreement and its approval, «§ N» headings over sub-clauses, a footnote and a testing table;
// unseen-held6-nynorsk-word: a Nynorsk .docx numbered by Word's list on its heading styles, with a
// lettered list and a table of each party's tasks in a column of its own; unseen-held6-pdf: a PDF whose
// title stands only on its cover, «Artikkel N» headings over sub-clauses, a footnote, a link, a bulleted
// list, a table of contact points and a running footer; unseen-held7-word: a .docx numbered by Word's
// list on its paragraphs over three levels, with an introduction, a lettered list, bullets, a footnote and
// a table of contact points; unseen-held7-nynorsk-pdf: a Nynorsk PDF with a cover, «§ N» headings over
// sub-clauses, a table of each party's tasks with a dash where a party has none, a link and a numbered list;
// unseen-held8-nynorsk-word: a Nynorsk .docx with «Punkt N» and «N.M» typed into its headings, lettered
// items typed into paragraphs, a table marking each party's part with an X and a footnote;
// unseen-held8-pdf: a PDF whose cover has an organisation line over the title, bare numbered headings, a
// running footer, a table of each party's tasks, a bulleted list, a link and a footnote; unseen-held9-word:
// a .docx numbered by Word's list on its heading styles, with a preface, a table of terms, bullets and a
// table marking each party's part with an X; unseen-held9-nynorsk-pdf: a Nynorsk PDF with its title and
// region on its first page, bare numbered headings, a footer with page numbers, a table of contact points,
// a bulleted list and a footnote; unseen-held10-nynorsk-word: a Nynorsk .docx numbered by Word's list on
// its paragraphs, with an organisation line above the title, a lettered list, definitions as a list and a
// table of each party's tasks in short phrases; unseen-held10-pdf: a PDF whose title stands only on its
// cover between an organisation line and an approval line, «Punkt N» headings over sub-clauses, a running
// header, page numbers, a table of contact points and a bulleted list).
// unseen-nynorsk-pdf and unseen-word-2 were written after the first two had been scored, by someone
// who had not seen the work they score; unseen-artikkel-word and unseen-nynorsk-word-pdf likewise,
// while that work was still being done, before any of it was scored. Each goes the editor's way:
// imported (the one pipeline npm run import and the browser run), the empty front matter fields filled
// as front.yaml says, built beside the five. Scored against what a careful reader expects, beside each
// case: the clause numbers (clauses.txt), the duties (register.txt), the pairs with the five (pairs.txt).
// Each figure is printed, then held to the issue's floors: every number and every word, register
// recall ≥ 0.90 with ≥ 0.95 of parties right and none false, every expected pair and none wrong.

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/import');
const work = mkdtempSync(join(tmpdir(), 'import-unseen-'));
const topicsFile = join(root, 'content/topics.yaml');
const vocabulary = parseTopics(readFileSync(topicsFile, 'utf8'), { file: topicsFile, schema: topicsSchema });
const topicOrder = vocabulary.map((topic) => topic.id);
const anyMeta: MetaSchema<Record<string, unknown>> = {
  safeParse: (data) => ({ success: true, data: data as Record<string, unknown> }),
};
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (!process.env.KEEP_IMPORT_UNSEEN) rmSync(work, { recursive: true, force: true });
});

/** The lines of a fixture file that are not comments. */
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));

/** Each case's file in a folder of its own, so that no case reads another's. */
const folder = (source: string) => {
  const dir = join(work, basename(dirname(source)));
  mkdirSync(dir, { recursive: true });
  return dir;
};
const buildDocx = (source: string) => unseenDocx(source, folder(source));
const buildDocxOnStyles = (source: string) => unseenDocxOnStyles(source, folder(source));
const buildDocxTyped = (source: string) => unseenDocxTyped(source, folder(source));
const buildPdf = (source: string) => unseenPdf(source, folder(source), browser);

/** A heading as pairs.txt names it: its number or «Punkt N» left out. */
const headingKey = (heading: string | null) =>
  heading === null
    ? '(innledning)'
    : heading
        .replace(/^(?:(?:punkt|§|artikkel)\s*)?\d+(?:\.\d+)*\.?\s+/iu, '')
        .replace(/\s+/gu, ' ')
        .trim();
/** An obligation's words as register.txt writes them: a list item's letter left out, spaces as one. */
const words = (text: string) =>
  text
    .replace(/^[a-z]\)\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();

interface Score {
  /** The title the draft gives (empty where it gives none), and the one the editor's front.yaml holds. */
  title: { drafted: string; expected: string };
  numbers: { found: number; expected: number; missing: string[] };
  words: { kept: number; source: number; lost: string[] };
  register: {
    found: number;
    expected: number;
    partyRight: number;
    false: string[];
    missed: string[];
    wrongParty: string[];
  };
  pairs: { made: number; expected: number; missing: string[]; wrong: string[] };
}

async function score(
  name: string,
  source: string,
  build: (source: string) => Promise<{ file: string; text: string }>,
): Promise<Score> {
  const dir = join(fixtures, name);
  const { file, text } = await build(join(dir, source));
  const imported = await importGuideline({
    input: file,
    slug: name,
    out: join(work, name),
    guidelines: join(root, 'content/guidelines'),
    topics: topicsFile,
  });
  writeFileSync(join(work, `${name}.md`), imported.markdown);
  writeFileSync(join(work, `${name}.report.txt`), imported.report);

  // Words: every word of the source is in the draft as a reader reads it (title and clauses).
  const asDrafted = parseGuideline(imported.markdown, {
    file: `${name}.md`,
    schema: anyMeta,
    topics: new Set(topicOrder),
  });
  const meta = asDrafted.meta as {
    title?: string;
    subtitle?: string | null;
    lastUpdated?: string | null;
    version?: string;
    approved?: { by: string; date: string; verb?: string } | null;
  };
  const sourceWords = wordParts(text);
  // A cover's «Versjon 2.0» read into `version`, and its approval read into `approved`, are on the
  // reading page in its status banner (publishedText has them); a footnote's number (a superscript in the
  // source) is on it at the call and before the note.
  const footnoteNumbers = asDrafted.clauses.flatMap((clause) => clause.footnotes.map((f) => `${f.number} ${f.number}`));
  const lost = excessWords(
    sourceWords,
    wordParts(
      [
        ...footnoteNumbers,
        publishedText(
          {
            title: meta.title ?? '',
            subtitle: meta.subtitle ?? null,
            lastUpdated: meta.lastUpdated ?? null,
            version: meta.version ?? null,
            approved: meta.approved ?? null,
          },
          asDrafted.clauses,
        ),
      ].join('\n'),
    ),
  );

  // The draft built beside the five, with the front matter an editor fills in.
  const front = parseYaml(readFileSync(join(dir, 'front.yaml'), 'utf8')) as Record<string, unknown>;
  const five = ['st-olav', 'telemark', 'unn', 'innlandet', 'more-og-romsdal'].map((slug) => ({
    file: `content/guidelines/${slug}.md`,
    source: readFileSync(join(root, `content/guidelines/${slug}.md`), 'utf8'),
  }));
  const site = loadGuidelines(
    [...five, { file: `content/guidelines/${name}.md`, source: fill(imported.markdown, front) }],
    guidelineSchema,
    new Set(topicOrder),
  ) as Array<Guideline<{ slug: string }>>;
  const ours = site.find((g) => g.meta.slug === name)!;

  // Clause numbers, in order.
  const expectedNumbers = lines(join(dir, 'clauses.txt')).map((line) => line.split(' ')[0]!);
  const gotNumbers = ours.clauses.map((clause) => clause.number).filter((n): n is string => n !== null);
  const kept = diffArrays(expectedNumbers, gotNumbers).filter((change) => !change.added);
  const numbersFound = kept.filter((change) => !change.removed).reduce((sum, change) => sum + change.count, 0);

  // The register: each reader's duty found by its words (a sentence may hold two, one per party).
  const expectedDuties = lines(join(dir, 'register.txt')).map((line) => {
    const [party, modality, , ...rest] = line.split(' | ');
    return { party: party!, modality: modality!, text: words(rest.join(' | ')) };
  });
  const remaining = ours.obligations.map((o) => ({ party: o.party as string, text: words(o.text) }));
  let found = 0;
  let partyRight = 0;
  const missed: string[] = [];
  const wrongParty: string[] = [];
  for (const duty of expectedDuties) {
    const same = remaining.findIndex((o) => o.text === duty.text && o.party === duty.party);
    const index = same >= 0 ? same : remaining.findIndex((o) => o.text === duty.text);
    if (index < 0) {
      missed.push(`${duty.party}: ${duty.text}`);
      continue;
    }
    found++;
    if (remaining[index]!.party === duty.party) partyRight++;
    else wrongParty.push(`${remaining[index]!.party}, the reader's ${duty.party}: ${duty.text}`);
    remaining.splice(index, 1);
  }

  // Pairs with the five, as the comparison makes them (src/queries/comparisons.ts: with the vocabulary's names).
  const model = similarityModel(
    site.map((g) => ({ slug: g.meta.slug, clauses: g.clauses })),
    { topics: vocabulary },
  );
  const made = new Set<string>();
  for (const other of site.filter((g) => g !== ours)) {
    const alignment = alignGuidelines(
      { slug: name, clauses: ours.clauses },
      { slug: other.meta.slug, clauses: other.clauses },
      model,
      { topicOrder },
    );
    const heading = new Map(ours.clauses.map((clause) => [clause.id, headingKey(clause.heading)]));
    for (const pair of alignment.pairs) made.add(`${heading.get(pair.a)} ${other.meta.slug}#${pair.b}`);
  }
  const expectedPairs = lines(join(dir, 'pairs.txt')).map((line) => {
    const [, heading, arrow, target] = /^(.+?) (->|~) (\S+)$/u.exec(line)!;
    return { key: `${heading} ${target}`, required: arrow === '->' };
  });
  const required = expectedPairs.filter((pair) => pair.required).map((pair) => pair.key);
  const accepted = new Set(expectedPairs.map((pair) => pair.key));

  return {
    title: { drafted: meta.title ?? '', expected: String(front.title) },
    numbers: {
      found: numbersFound,
      expected: expectedNumbers.length,
      missing: diffArrays(expectedNumbers, gotNumbers)
        .filter((change) => change.removed)
        .flatMap((change) => change.value),
    },
    words: { kept: sourceWords.length - lost.length, source: sourceWords.length, lost },
    register: {
      found,
      expected: expectedDuties.length,
      partyRight,
      false: remaining.map((o) => `${o.party}: ${o.text}`),
      missed,
      wrongParty,
    },
    pairs: {
      made: required.filter((key) => made.has(key)).length,
      expected: required.length,
      missing: required.filter((key) => !made.has(key)),
      wrong: [...made].filter((key) => !accepted.has(key)),
    },
  };
}

/** The scores as the closing note gives them. */
function show(name: string, s: Score): string {
  const ratio = (a: number, b: number) => `${a}/${b} (${b ? (a / b).toFixed(2) : '–'})`;
  return [
    `${name}:`,
    `  title ${s.title.drafted === s.title.expected ? 'right' : `«${s.title.drafted}», the editor's «${s.title.expected}»`}`,
    `  clause numbers found ${ratio(s.numbers.found, s.numbers.expected)}${s.numbers.missing.length ? `; missing ${s.numbers.missing.join(' ')}` : ''}`,
    `  words kept ${ratio(s.words.kept, s.words.source)}${s.words.lost.length ? `; lost ${s.words.lost.join(' ')}` : ''}`,
    `  register recall ${ratio(s.register.found, s.register.expected)}, parties right ${ratio(s.register.partyRight, s.register.found)}, false ${s.register.false.length}`,
    ...s.register.missed.map((line) => `    missed: ${line}`),
    ...s.register.wrongParty.map((line) => `    party: ${line}`),
    ...s.register.false.map((line) => `    false: ${line}`),
    `  pairs made ${ratio(s.pairs.made, s.pairs.expected)}, wrong ${s.pairs.wrong.length}`,
    ...s.pairs.missing.map((line) => `    missing: ${line}`),
    ...s.pairs.wrong.map((line) => `    wrong: ${line}`),
  ].join('\n');
}

// The issue's floors are not all met yet (issue 28, left open): where one is not, its test is run as
// `test.fails`, so it turns red the day the code meets it and this table must be updated, and a
// floor at what the code reaches today keeps it from getting worse. Measured after the code, on
// texts it was not written from: never lower a figure here to make a test pass.
// unseen-nynorsk-pdf and unseen-word-2 were measured on main's code as it was when they were written.
// unseen-word-2 is no longer held out: the pairing work that followed (a sub-clause keeps the topic its
// section's heading names) was developed against it, so it is part of the development set since.
// For the register none of the six is held out any more: the procedure without a party and the other
// forms in docs/obligations.md were built with the misses of all six in view (each form written as a
// rule with sentences of its own, none of a fixture's words), so their register figures measure the
// development set; a case written after that work is the honest measure. Likewise for pairs: the split
// of «Begreper, referanser og vedlegg» and the pairing of a clause that has a topic second (Innlandet
// 3.2's «Felles ansvar») were developed with all eight cases' pairs in view; the split of «Parter, forankring
// og lovgrunnlag» into parties and legal basis, and a heading of two subjects naming both, with all ten's.
const SHORT_OF_THE_ISSUE: Record<string, { words?: true; register?: true; pairs?: true }> = {
  // (unseen-word meets the pairs' floor since the unforeseen downtime's description names «uventet
  // driftsstans»: «Uventa driftsstans» with Innlandet 3.4's «Felles ansvar», 21/21, none wrong)
  'unseen-word-2': { pairs: true },
  // Scored once, after the code of this round, on texts none of it was tried on.
  'unseen-artikkel-word': { pairs: true },
  'unseen-nynorsk-word-pdf': { pairs: true },
  // Held out: written while this round's pairing and register work was under way, by someone who saw
  // neither that code nor its development cases; wired in and scored once after all of it was merged.
  // Their register misses and false duties were development cases since (the forms in
  // docs/obligations.md, each a rule with sentences of its own): they meet the register's floors.
  'unseen-held-word': { pairs: true },
  'unseen-held-nynorsk-pdf': { pairs: true },
  // Held out: written by someone who saw none of the import, register or pairing code (only the fixture
  // format, the test's file builders, the five and docs/obligations.md), committed before any code ran on
  // them; scored on main as it was, and again after the register and pairing work of the same stop was
  // merged (see TODAY).
  // Their register misses were built as general forms after that read (docs/obligations.md), so for the
  // register they are development cases since and meet its floors.
  'unseen-held5-word': { pairs: true },
  // (unseen-held5-nynorsk-pdf meets the pairs' floor since the topic a clause's text is nearest is read
  // from the other texts' tags: «Uventa stans» with Innlandet 3.4's «Felles ansvar», 35/35, none wrong)
  // Held out: written by someone who saw none of the import, register or pairing code nor their manuals
  // (docs/obligations.md, docs/comparison.md), only the fixture format, the test's file builders and the
  // five; committed before any code ran on them, scored once after the round's other work was merged.
  // First run: the .docx 23/23 numbers, every word, the title right, register 42/59 with 1 false, pairs
  // 38/43 with 1 wrong; the PDF 24/24 numbers, every word, the title wrong (the cover's line placing it
  // in its agreement and its organisation glued on), register 38/43 with 1 false, pairs 39/43 with 7 wrong.
  // Their register misses and false duties were development cases since (the forms of docs/obligations.md
  // from a table of each party's tasks to a law's «krav til korleis», each a rule with sentences of its
  // own): the .docx meets the register's floors.
  'unseen-held6-nynorsk-word': { pairs: true },
  // Since, the import reads a line naming the document and its parties under the title (`Delavtale 7
  // mellom …`) as the body's first line, as it reads `… til samarbeidsavtalen` (title-parties-below/):
  // the PDF's title is right, and for the import it is held out no more. And items set in without a
  // glyph, each in lower case and ending short of the margin, are items of their own, no longer one
  // glued item (pdf-list-setin/): with the register's forms, it meets the register's floors.
  'unseen-held6-pdf': { pairs: true },
  // Held out: written by someone who saw none of the import, register or pairing code nor their manuals,
  // only the fixture format, the test's file builders and the five; committed before any code ran on them,
  // scored on main as it was (see TODAY). First run: the .docx 26/26 numbers, every word, the title right,
  // register 60/60 with 2 false, pairs 31/43 with 12 wrong; the PDF 24/24 numbers, every word, the title
  // right, register 45/58 with 1 false (its table of each party's tasks not read), pairs 36/43 with 3 wrong.
  // Their register misses and false duties were development cases since (the forms of docs/obligations.md
  // from a short infinitive opening a task to a body's «kan ved behov», each a rule with sentences of its
  // own): both meet the register's floors.
  'unseen-held7-word': { pairs: true },
  'unseen-held7-nynorsk-pdf': { pairs: true },
  // Held out: written by someone who saw none of the import, register or pairing code nor their manuals,
  // only the fixture format, the test's file builders and the five, while this stop's register and pairing
  // work was under way; committed before any code ran on them and scored on main twice, before and after
  // the pairing work was merged (see TODAY). Both titles, all numbers and words right at the first read.
  // The PDF met the register's floors at its first read (41/43, none false).
  'unseen-held8-nynorsk-word': { pairs: true },
  'unseen-held8-pdf': { pairs: true },
  // Held out: written as the held8 pair was, while this stop's last pairing work was under way; committed
  // before any code ran on them, scored on main before and after that work was merged (see TODAY). Both
  // titles, all numbers and words right at the first read. Both met the register's floors once their
  // first read's misses and false duties had been made general rules (see TODAY).
  'unseen-held9-word': { pairs: true },
  'unseen-held9-nynorsk-pdf': { pairs: true },
  // Held out: written as the held9 pair was, at the start of this stop; committed before any code ran on
  // them and scored once on main as it was (see TODAY). The .docx short of the register's floor (0.80); the
  // PDF's title took the approval line under it. The .docx's register misses were made general rules
  // since (see TODAY): it meets the register's floors, and for the register it is a development case.
  // The PDF's title is right since an approval under a title ends it whatever the title names (see
  // TODAY): for the import it is a development case.
  'unseen-held10-nynorsk-word': { pairs: true },
  'unseen-held10-pdf': { pairs: true },
};
const TODAY: Record<
  string,
  { wordsLost: number; recall: number; falseDuties: number; pairsMade: number; wrongPairs: number }
> = {
  'unseen-word': { wordsLost: 0, recall: 24 / 24, falseDuties: 0, pairsMade: 21, wrongPairs: 0 },
  'unseen-pdf': { wordsLost: 0, recall: 23 / 23, falseDuties: 0, pairsMade: 26, wrongPairs: 0 },
  'unseen-nynorsk-pdf': { wordsLost: 0, recall: 37 / 37, falseDuties: 0, pairsMade: 32, wrongPairs: 0 },
  // (29 until a clause paired with one party's part paired with another party's part it shares wording
  // with itself: «Innleggelse og utskrivning» with St. Olav 4.2, whose list names its «epikrise»)
  'unseen-word-2': { wordsLost: 0, recall: 41 / 41, falseDuties: 0, pairsMade: 30, wrongPairs: 0 },
  // Scored once, after the code of this round, on texts none of it was tried on.
  'unseen-artikkel-word': { wordsLost: 0, recall: 43 / 43, falseDuties: 0, pairsMade: 32, wrongPairs: 0 },
  // (scored once: 6 words of its approval line lost, recall 24/32, 3 wrong pairs; since, two import bugs
  // it showed are fixed in general, and it is no longer held out: «Vedteke i …» is read as an approval and
  // shown in the source's words, and a line leading into a list that carries on its sentence is no heading)
  'unseen-nynorsk-word-pdf': { wordsLost: 0, recall: 32 / 32, falseDuties: 0, pairsMade: 34, wrongPairs: 0 },
  // Held out, scored once (see SHORT_OF_THE_ISSUE): the figures of that first run (register 60/61, 2
  // false; pairs 43 made, 6 wrong); a development case since, for the register and for the pairs (the
  // split vocabulary and a topic given second, developed with it in view).
  // (3 wrong until the vocabulary split parties from the legal basis: «Forholdet til samarbeidsavtalen»
  // no longer pairs with Telemark's «Lovgrunnlag»)
  // (44 made, 2 wrong until purpose and scope were two topics: «Virkeområde» pairs with Telemark's
  // «Målgruppe», no longer with Møre og Romsdal's introduction)
  'unseen-held-word': { wordsLost: 0, recall: 61 / 61, falseDuties: 0, pairsMade: 45, wrongPairs: 1 },
  // (scored once: recall 42/52, 3 false; since, the import bug it showed, a PDF table whose cells wrap
  // onto two lines scattered into paragraphs, is fixed in general, and the register reads «tek på seg å»
  // and «er bundne av» as duties; it is no longer held out; 49/52 with 2 false and one wrong party before
  // its remaining misses were developed against)
  // (pairs 38 with 1 wrong until the vocabulary split parties from the legal basis)
  // (pairs 39 until an introduction's own text suggested its topic: «Tilhøvet til samarbeidsavtalen» with
  // Telemark's introduction; 40 until a word few clauses use counted as wording in common: «Innlegging og
  // utskriving» with St. Olav 4.2 and 4.3)
  'unseen-held-nynorsk-pdf': { wordsLost: 0, recall: 52 / 52, falseDuties: 0, pairsMade: 42, wrongPairs: 0 },
  // Held out. First read, on main before the stop's register and pairing work was merged: title right,
  // 23/23 numbers, every word, register 46/53 with none false, pairs 35/44 with 2 wrong. After it was
  // merged: the register the same, pairs 37/44 with 1 wrong. Since, the register's misses were built as
  // general forms (a responsibility matrix, «Hver part har en …»): 53/53. Pairs 41/44 with 1 wrong since the
  // vocabulary split parties from the legal basis and a heading of two subjects names both («Hjemmel og
  // forhold til samarbeidsavtalen»), developed with this case in view. 42/44 since an introduction's own
  // text suggests its topic («Hjemmel og forhold til samarbeidsavtalen» with Telemark's introduction).
  // 43/44 since the scope's description names «omfang og avgrensning» («Omfang og avgrensning» with Telemark 2).
  'unseen-held5-word': { wordsLost: 0, recall: 53 / 53, falseDuties: 0, pairsMade: 43, wrongPairs: 1 },
  // Held out. First read, as above: the title wrong (the cover's four lines as one title, the version it
  // replaces as its version), 20/20 numbers, every word, register 43/46 with 3 false (a table row wrapping
  // in every column read as two rows), pairs 27/35 with 2 wrong. Since, the two import bugs it showed are
  // fixed in general (title-place-above/, pdf-table-wrapped-all/), so it is held out no more for the
  // import; after those and the merged work: register 44/46 with 1 false, pairs 28/35 with 2 wrong; since
  // the register's forms built from its misses: 46/46, none false.
  // Pairs 30/35 with none wrong since the vocabulary split parties from the legal basis («Avtalepartar» no
  // longer pairs with the laws, «Heimel» names the legal basis); 32/35 since «plikter» is a word of the
  // responsibilities' description and «felles» no longer of strategy's («Felles plikter»); developed with
  // this case in view. 34/35 since a party's part on no subject of its own pairs with the other text's
  // part for the same party («Kommunane sine plikter» with St. Olav 4.3, the HF's with 4.2). 35/35 since
  // the topic a clause's text is nearest is read from the other texts' tags, not its own text's
  // («Uventa stans», beside its own «Planlagd stans», with Innlandet 3.4's «Felles ansvar»).
  'unseen-held5-nynorsk-pdf': { wordsLost: 0, recall: 46 / 46, falseDuties: 0, pairsMade: 35, wrongPairs: 0 },
  // Held out (see SHORT_OF_THE_ISSUE): the figures of the first run, after all the round's pairing and
  // register work was merged: register 42/59 with 1 false and 38/43 with 1 false, pairs 38/43 with 1
  // wrong and 39/43 with 7 wrong. Development cases since, for the import, the register and the pairs.
  // Register: its forms built from their misses read 59/59 and 39/43; the PDF's false duty and three of
  // its misses were one bulleted list the import joined into one item (read as a list since: 42/43). Its last
  // miss, «… slettes … når avsenderen har bekreftet feilen», was a «når» the register read as how things go,
  // until «når» a party or a role has done its step set when a procedure's next step is done (43/43).
  // Pairs: the PDF 39 made, 7 wrong until one party's part on no subject of its own took its topic from
  // its text, and two parties' parts were no pair («Kommunens ansvar» under «Partenes ansvar» with St.
  // Olav 4.3, no longer with St. Olav 2 or Møre og Romsdal 3.2). The .docx 38 made until a heading of two
  // words that the legal basis's description lists («Rettsleg grunnlag») named it over a text that is no
  // case for any topic; 40 until a sub-clause whose heading names nothing took its section's topic where
  // its text is nearest it («Uventa driftsstans»). Both 42 since a sub-clause's heading word that only a
  // topic's description uses, and its text does not bear out, no longer kept it from its section's topic
  // («Standarder og versjoner» under «Meldingsutveksling» with Innlandet's «Meldingsutveksling spesielt»).
  // Each 1 wrong until purpose and scope were two topics (a scope paired with Møre og Romsdal's introduction).
  'unseen-held6-nynorsk-word': { wordsLost: 0, recall: 59 / 59, falseDuties: 0, pairsMade: 42, wrongPairs: 0 },
  'unseen-held6-pdf': { wordsLost: 0, recall: 43 / 43, falseDuties: 0, pairsMade: 42, wrongPairs: 0 },
  // Held out (see SHORT_OF_THE_ISSUE): first run, on main before this stop's pairing and register work was
  // merged: register 60/60 with 2 false and 45/58 with 1 false, pairs 31/43 with 12 wrong and 36/43 with 3
  // wrong. Development cases for the register since: 60/60 and 58/58, none false (a short infinitive opens
  // a task, a Nynorsk strong present, a party «der» …, «når» an occasion or a step, an agent after an
  // adjective; a law's duty told before the modal, a volume, a body's «kan» with the need in front).
  // Pairs, developed with the .docx in view since: 33 made, 10 wrong once roles are duties in a heading
  // («Kommunenes oppgaver» under «Roller og ansvar» is the municipality's part: St. Olav 4.3); 36, 9 wrong
  // once purpose and scope were two topics («Hensikt med delavtalen» names the purpose).
  // 38 once a heading's one-word part that ends a word of a topic's name names it («Sikkerhet og tilgang»:
  // information security too), 39 once «avtalen» is the text itself as the descriptions' «retningslinjen»
  // («Hva avtalen omfatter»: the scope); 7 wrong once a list of the parties' shared tasks pairs with a clause of
  // no party only by some wording («Felles oppgaver» no longer with St. Olav 5 and Møre og Romsdal 3.2), 5
  // once one party's list of duties does too («Kvitteringer» no longer with St. Olav 4.2 and 4.3).
  'unseen-held7-word': { wordsLost: 0, recall: 60 / 60, falseDuties: 0, pairsMade: 39, wrongPairs: 5 },
  // The PDF 38 once a heading's part that is a kind of a word of a topic's name names it too («Lovheimel og
  // samarbeidsavtalen»: the legal basis and the parties' agreement).
  'unseen-held7-nynorsk-pdf': { wordsLost: 0, recall: 58 / 58, falseDuties: 0, pairsMade: 38, wrongPairs: 3 },
  // Held out (see SHORT_OF_THE_ISSUE). First run, on main with this stop's register work merged but not
  // its pairing work: the .docx register 40/43 with 1 false, pairs 22/40 with 3 wrong; the PDF register
  // 41/43, none false, pairs 29/39 with 2 wrong. After the pairing work was merged: the .docx pairs 23/40
  // with 3 wrong, the PDF 30/39 with 3 wrong (its standards also with Telemark's version log). The .docx's
  // register misses and false duty were one lettered list typed into paragraphs, read since as a list
  // (word-typed-letters/): 43/43, none false; for the import it is a development case since. Pairs,
  // developed with both in view since: the .docx 31, the PDF 32 once a heading names the one topic whose
  // names and description hold all its words («Mål med retningslinja», «Lover og forskrifter», «Ord og
  // uttrykk»), the one topic it calls by a word of its name that no other topic's names share («Kompetanse
  // hos tilsette»), or a topic one of whose name's words heads its compound («Lovhjemmel»: «hjemmel»). The
  // .docx 32 once «kven» was a stopword as «hvem» is («Kven retningslinja gjeld for» names the scope).
  // The .docx 2 wrong since one party's list of duties pairs with a clause of no party only by some wording
  // («Kvitteringar» no longer with St. Olav 4.2). The PDF 35 since the responsibilities' description names
  // «forpliktelser» («Partenes forpliktelser», «Felles forpliktelser» with Telemark 3 and St. Olav 5).
  'unseen-held8-nynorsk-word': { wordsLost: 0, recall: 43 / 43, falseDuties: 0, pairsMade: 32, wrongPairs: 2 },
  // The PDF 42/43 since held9's rules: «Ingen av partene tar i bruk …» is read as a prohibition on each.
  'unseen-held8-pdf': { wordsLost: 0, recall: 42 / 43, falseDuties: 0, pairsMade: 35, wrongPairs: 3 },
  // Held out (see SHORT_OF_THE_ISSUE). First run, on main with this stop's register work and its first
  // pairing work merged: the .docx register 46/51 with 1 false, pairs 25/46, none wrong; the PDF register
  // 30/39 with 2 false, pairs 38/44 with 2 wrong. The PDF's four-item list, its items ending without a
  // comma, was one glued item: read as a list since (pdf-list-bare-items/), 34/39 with 1 false, and for the
  // import a development case. After the last pairing work was merged (a heading naming the one topic
  // whose words it holds): the .docx the same, the PDF 38/44 with 3 wrong («Felles oppgåver» also with
  // Innlandet 3.1's «Felles ansvar», the contact list). For the register both are development cases since:
  // with a law as subject, a condition opened by «er», «ingen part», «følger reglene i» another text, a
  // deadline in the definite plural, a role noun with a relative clause, an «arbeidsutvalg» a shared body
  // and a recurring time before an inverted verb, «når» a stopped thing works again and «får berre … når»
  // made general rules, the .docx 51/51 and the PDF 39/39, none false.
  // Pairs, developed with both in view since: the .docx 31 once «delavtalen» and «avtalen» are the text
  // itself as the descriptions' «retningslinjen» («Hva delavtalen skal oppnå», «Hvem og hva avtalen gjelder
  // for»), 36 once a heading is held to one topic's names less another topic's name («Lov og samarbeidsavtale
  // som grunnlag»: the legal basis and the parties' agreement), 37 once the unforeseen downtime's description
  // names «uventet driftsstans» («Uventet stans og feil»). The PDF 40 once a heading's one-word part that ends
  // a word of a topic's name names it («Tryggleik og tilgang»), 2 wrong once one party's list of duties pairs
  // with a clause of no party only by some wording («Kvitteringar» no longer with St. Olav 4.2).
  'unseen-held9-word': { wordsLost: 0, recall: 51 / 51, falseDuties: 0, pairsMade: 37, wrongPairs: 0 },
  'unseen-held9-nynorsk-pdf': { wordsLost: 0, recall: 39 / 39, falseDuties: 0, pairsMade: 40, wrongPairs: 2 },
  // Held out (see SHORT_OF_THE_ISSUE). First run, on main as the last stop left it (with this stop's
  // fix to the tests' build output and the unknown topic's hint, neither of them read by the import): the
  // .docx every number and word and its title, register 43/54, none false (its table of each party's tasks,
  // short phrases under «Kommunen» and «Helseføretaket», not read), pairs 31/38 with 1 wrong; the PDF every
  // number and word, its title glued to the approval line under it on the cover, register 41/42, none
  // false, pairs 23/37 with 7 wrong. Since, the .docx's register misses are general rules (a task cell that
  // says «Ikkje aktuelt» is no duty and no longer hides the table's other tasks, a role noun named by what
  // it receives, «Mottakaren av varselet …», and a passive put down in a document the parties receive,
  // «… som alle partane får»), each with sentences of its own: 54/54, none false. The PDF's title is right
  // since an approval under a title is no part of it whatever the title names (an approval the status
  // banner shows whole, as this nine-word one, a cover stamp; a date or a line in smaller type under the
  // title likewise no part of it; tests/unit/import/title-block.test.ts, pdf-cover-foot/): every word kept.
  // Pairs, still held out, read again after this stop's pairing work was merged (work that had not seen
  // them): the .docx 34/38 with 1 wrong, the PDF 24/37 with 5 wrong («Målsetting» and «Lovverk» name no
  // topic; «Lovverk» with St. Olav 1.1 and Telemark's introduction).
  'unseen-held10-nynorsk-word': { wordsLost: 0, recall: 54 / 54, falseDuties: 0, pairsMade: 34, wrongPairs: 1 },
  // The PDF's one register miss («Mindre endringer blir kunngjort på helsefellesskapets nettside») is read
  // since a party's or a shared body's own place, named by its genitive, says where (with a past tense as no
  // duty and a Nynorsk strong participle after «vert» as a passive, each with sentences of its own): 42/42.
  'unseen-held10-pdf': { wordsLost: 0, recall: 42 / 42, falseDuties: 0, pairsMade: 24, wrongPairs: 5 },
};

describe.each([
  { name: 'unseen-word', source: 'document.txt', build: buildDocx },
  { name: 'unseen-pdf', source: 'agreement.html', build: buildPdf },
  { name: 'unseen-nynorsk-pdf', source: 'agreement.html', build: buildPdf },
  { name: 'unseen-word-2', source: 'document.txt', build: buildDocxOnStyles },
  { name: 'unseen-artikkel-word', source: 'document.txt', build: buildDocxTyped },
  { name: 'unseen-nynorsk-word-pdf', source: 'agreement.html', build: buildPdf },
  { name: 'unseen-held-word', source: 'document.txt', build: buildDocxOnStyles },
  { name: 'unseen-held-nynorsk-pdf', source: 'agreement.html', build: buildPdf },
  { name: 'unseen-held5-word', source: 'document.txt', build: buildDocx },
  { name: 'unseen-held5-nynorsk-pdf', source: 'agreement.html', build: buildPdf },
  { name: 'unseen-held6-nynorsk-word', source: 'document.txt', build: buildDocxOnStyles },
  { name: 'unseen-held6-pdf', source: 'agreement.html', build: buildPdf },
  { name: 'unseen-held7-word', source: 'document.txt', build: buildDocx },
  { name: 'unseen-held7-nynorsk-pdf', source: 'agreement.html', build: buildPdf },
  { name: 'unseen-held8-nynorsk-word', source: 'document.txt', build: buildDocxTyped },
  { name: 'unseen-held8-pdf', source: 'agreement.html', build: buildPdf },
  { name: 'unseen-held9-word', source: 'document.txt', build: buildDocxOnStyles },
  { name: 'unseen-held9-nynorsk-pdf', source: 'agreement.html', build: buildPdf },
  { name: 'unseen-held10-nynorsk-word', source: 'document.txt', build: buildDocx },
  { name: 'unseen-held10-pdf', source: 'agreement.html', build: buildPdf },
])('$name, imported and built beside the five', ({ name, source, build }) => {
  let result: Score;
  beforeAll(async () => {
    result = await score(name, source, build);
    console.log(show(name, result));
  }, 120_000);
  const short = SHORT_OF_THE_ISSUE[name] ?? {};
  const today = TODAY[name]!;

  (short.words ? test.fails : test)('every clause number, every word and the right title', () => {
    expect.soft(result.title.drafted, 'the title').toBe(result.title.expected);
    expect.soft(result.numbers.missing, 'clause numbers missing').toEqual([]);
    expect.soft(result.words.lost, 'words lost').toEqual([]);
  });

  (short.register ? test.fails : test)('the register: recall ≥ 0.90, parties ≥ 0.95 right, none false', () => {
    const { found, expected, partyRight } = result.register;
    expect.soft(found / expected, result.register.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect.soft(partyRight / found, result.register.wrongParty.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect.soft(result.register.false).toEqual([]);
  });

  (short.pairs ? test.fails : test)('every expected pair with the five, none wrong', () => {
    expect.soft(result.pairs.missing, 'pairs missing').toEqual([]);
    expect.soft(result.pairs.wrong, 'wrong pairs').toEqual([]);
  });

  test('no worse than today: numbers, words lost, register recall, parties, false duties, pairs made and wrong', () => {
    const { found, expected, partyRight } = result.register;
    // (a case short of the title is held to the rest; its title test above is a `test.fails`)
    if (!short.words) expect.soft(result.title.drafted, 'the title').toBe(result.title.expected);
    expect.soft(result.numbers.missing, 'clause numbers missing').toEqual([]);
    expect.soft(result.words.lost.length, 'words lost').toBeLessThanOrEqual(today.wordsLost);
    expect.soft(found / expected).toBeGreaterThanOrEqual(today.recall);
    expect.soft(partyRight / found).toBeGreaterThanOrEqual(0.95);
    expect.soft(result.register.false.length, 'false duties').toBeLessThanOrEqual(today.falseDuties);
    expect.soft(result.pairs.made).toBeGreaterThanOrEqual(today.pairsMade);
    expect.soft(result.pairs.wrong.length).toBeLessThanOrEqual(today.wrongPairs);
  });
});
