import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkStringify from 'remark-stringify';
import { visit } from 'unist-util-visit';
import type { Root, RootContent } from 'mdast';
import { GuidelineError } from '../model/errors.ts';
import { parseGuideline } from '../parse/guideline.ts';
import { writtenNumber } from '../model/clause-names.ts';
import { similarityModel, type ModelOptions } from '../compare/similarity.ts';
import type { Clause, Guideline, MetaSchema } from '../model/types.ts';
import type { Debris } from './source-line.ts';
import type { FoundMeta } from './meta.ts';
import type { Blank } from './placeholders.ts';
import { findSlips, type Slip } from './slips.ts';
import { unreadable } from './readable.ts';
import { excessWords, publishedText, wordParts, words } from './words.ts';

/** What a reader made of a source file, before it becomes a draft. */
export interface Extracted {
  /** The body as mdast blocks (headings as clauses, lists, tables, footnote definitions). */
  blocks: RootContent[];
  /** What the source states about itself. */
  meta: FoundMeta;
  /** The source's text, debris left out: every word of it must reach the draft. */
  sourceText: string;
  /** Page debris the reader left out. */
  debris: Debris[];
  /** Lines repeated often enough to be page headers, for the editor to check. */
  repeated: string[];
  /** Blanks of the body: the municipality's (now `:plassholder[kommune]`) and others, left as text. */
  blanks: Blank[];
  /** The signature block, left out of the body: the parties it names, and what it held that was not read. */
  signature: { parties: Array<{ role: 'kommune' | 'helseforetak'; name: string }>; unread: string[] } | null;
  /** Numbered headings found in running text (a one-line extraction) and put on lines of their own. */
  rebuilt: number;
  /** What else the editor must know about the source, a line each (a Word file's tracked changes and comments). */
  notices?: string[];
  /** The pages set in two columns, read a column at a time (PDF). */
  columnPages?: number[];
}

/** One topic suggestion: the clause, its topics, how near the topic's profile is and the words that decided. */
export interface Suggestion {
  /** The clause's id in the draft. */
  id: string;
  clause: string;
  topics: string[];
  /** Cosine similarity of the clause and the topic's profile (src/lib/compare/suggest.ts), 0..1. */
  score: number;
  /** The clause's words that weighed most, strongest first (a compound where one of its parts counted). */
  words: string[];
  /** The heading's words that name the topic (content/topics.yaml), where the heading decided; else none. */
  named: string[];
  /** Whether that heading is the section's, not the clause's own. */
  bySection: boolean;
}

/** The import report: what the draft holds and what the editor must check. */
export interface ImportReport {
  /** Each clause: its number as written (`2.1`, `Punkt 2`), heading and level. */
  clauses: Array<{ number: string | null; heading: string | null; level: number }>;
  lists: number;
  tables: number;
  footnotes: number;
  suggestions: Suggestion[];
  /** Clauses with text of their own that got no topic: the editor tags them (the site requires it). */
  untagged: string[];
  /** Front matter fields the source does not state, with their line in the draft. */
  toFill: Array<{ field: string; line: number }>;
  debris: Debris[];
  repeated: string[];
  blanks: Blank[];
  signature: Extracted['signature'];
  rebuilt: number;
  /** What else the editor must know about the source (Extracted's notices). */
  notices: string[];
  /** The pages set in two columns, read a column at a time (PDF). */
  columnPages: number[];
  /** Words that look misread by text recognition, with the known word each is near: never corrected. */
  slips: Slip[];
  /** Words of the source missing from the draft (must be none). */
  lost: string[];
  /** Words of the draft that are not in the source. */
  added: string[];
  /** The parser's complaint about the draft's body, if any. */
  parseError: string | null;
  /** Whether the draft's body has no word (everything in the source was left out, or there was nothing). */
  empty: boolean;
  /** Why the extracted text does not read as Norwegian (glyph-shifted letters, odd characters, no Norwegian words), with what to do; null when it does. */
  unreadable: string | null;
}

/** Options for draftGuideline. */
export interface DraftOptions {
  /** The draft's file name, for the parser's messages. */
  file: string;
  slug: string;
  /** The imported file's name, for `source:`. */
  source: string;
  /** The published guidelines whose tagged clauses suggest topics. */
  corpus: ReadonlyArray<Guideline<{ slug: string }>>;
  /** The topic ids of content/topics.yaml. */
  topics: ReadonlySet<string>;
  /** The topics' names and descriptions (content/topics.yaml), which say what a heading is about. */
  vocabulary?: ModelOptions['topics'];
}

// The body is checked by the project's own parser; the front matter of a draft has empty fields by design.
const anyMeta: MetaSchema<Record<string, unknown>> = {
  safeParse: (data) => ({ success: true, data: data as Record<string, unknown> }),
};
const stringify = unified()
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-', emphasis: '_' });

/** Writes the draft guideline (front matter + Markdown) and the report of what it holds. */
export function draftGuideline(
  extracted: Extracted,
  { file, slug, source, corpus, topics, vocabulary }: DraftOptions,
): { markdown: string; report: ImportReport } {
  const { meta } = extracted;
  const front = frontMatter(meta, slug, source, extracted.signature?.parties ?? []);
  let markdown = `${front.text}\n\n${stringify.stringify({ type: 'root', children: extracted.blocks } as Root)}`;
  let clauses: Clause[] = [];
  let parseError: string | null = null;
  let suggestions: Suggestion[] = [];
  try {
    clauses = parseGuideline(markdown, { file, schema: anyMeta, topics }).clauses;
    suggestions = suggestTopics(clauses, corpus, vocabulary);
    markdown = tagHeadings(markdown, clauses, suggestions);
    clauses = parseGuideline(markdown, { file, schema: anyMeta, topics }).clauses;
  } catch (error) {
    if (!(error instanceof GuidelineError)) throw error;
    parseError = error.message;
  }
  // A draft the parser refuses has no clauses to count words in: its words are not checked.
  const checked = parseError ? { lost: [], added: [] } : checkWords(extracted, clauses);
  return {
    markdown,
    report: {
      clauses: clauses.map((clause) => ({
        number: writtenNumber(clause),
        heading: clause.heading,
        level: clause.level,
      })),
      ...countBlocks(extracted.blocks),
      suggestions,
      untagged: clauses
        .filter((clause) => clause.heading !== null && clause.text.trim() !== '' && clause.topics.length === 0)
        .map(label),
      toFill: front.empty,
      debris: extracted.debris,
      repeated: extracted.repeated,
      blanks: extracted.blanks,
      signature: extracted.signature,
      rebuilt: extracted.rebuilt,
      notices: extracted.notices ?? [],
      slips: findSlips(
        extracted.sourceText,
        corpus.flatMap((guideline) =>
          guideline.clauses.flatMap((clause) => words(`${clause.heading ?? ''} ${clause.text}`)),
        ),
      ),
      ...checked,
      parseError,
      empty: !parseError && clauses.every((clause) => words(`${clause.heading ?? ''} ${clause.text}`).length === 0),
      unreadable: unreadable(extracted.sourceText),
      columnPages: extracted.columnPages ?? [],
    },
  };
}

/**
 * Topic suggestions for the draft's clauses with a heading and text: the topic whose profile (the
 * clauses the published guidelines tag with it) is nearest, as the comparison suggests it for an
 * untagged clause (src/lib/compare/suggest.ts).
 */
export function suggestTopics(
  clauses: ReadonlyArray<Clause>,
  corpus: DraftOptions['corpus'],
  vocabulary: DraftOptions['vocabulary'] = [],
): Suggestion[] {
  const draftSlug = '\u0000draft';
  const model = similarityModel(
    [...corpus.map((g) => ({ slug: g.meta.slug, clauses: g.clauses })), { slug: draftSlug, clauses }],
    { topics: vocabulary },
  );
  // An introduction has no heading to carry a tag: the comparison suggests its topic itself.
  return clauses
    .filter((clause) => clause.heading !== null && (clause.text.trim() !== '' || clause.footnotes.length > 0))
    .flatMap((clause) =>
      model.suggest(draftSlug, clause.id).map(({ topic, score, words, named, bySection }) => ({
        id: clause.id,
        clause: label(clause),
        topics: [topic],
        score,
        words,
        named,
        bySection,
      })),
    );
}

/** The draft with each suggested clause's heading tagged `{tema=…}`, the strongest topic first. */
function tagHeadings(markdown: string, clauses: ReadonlyArray<Clause>, suggestions: ReadonlyArray<Suggestion>): string {
  const lines = markdown.split('\n');
  for (const clause of clauses) {
    const chosen = suggestions.filter((s) => s.id === clause.id).flatMap((s) => s.topics);
    if (chosen.length > 0) lines[clause.line - 1] += ` {tema=${chosen.join(',')}}`;
  }
  return lines.join('\n');
}

/** A blank where the signing municipality's name goes, as a word. */
const BLANK_WORD = /^(?:[Xx]{2,}|NN)$/;

/** The word check: words of the source missing from the draft as a reader reads it, and words it adds. */
function checkWords(extracted: Extracted, clauses: ReadonlyArray<Clause>): Pick<ImportReport, 'lost' | 'added'> {
  const { meta } = extracted;
  // The blank for a municipality's name (XX, xxxxx, NN) is no word of the text: whether the draft writes
  // it as the print page's blank or, where the reader cannot tell (a heading above `kommune`), leaves it
  // as it stands, no word of the guideline is lost or added. (The property test in
  // tests/unit/import/text.test.ts found both ways a line break between the blank and `kommune` can go.)
  const notBlank = (word: string) => !BLANK_WORD.test(word);
  const sourceWords = wordParts(extracted.sourceText).filter(notBlank);
  const draftWords = wordParts(
    publishedText({ title: meta.title ?? '', subtitle: meta.subtitle, lastUpdated: meta.lastUpdated }, clauses),
  ).filter(notBlank);
  return { lost: excessWords(sourceWords, draftWords), added: excessWords(draftWords, sourceWords) };
}

/** How many lists, tables and footnotes the body has. */
function countBlocks(blocks: RootContent[]): Pick<ImportReport, 'lists' | 'tables' | 'footnotes'> {
  const counts = { lists: 0, tables: 0, footnotes: 0 };
  visit({ type: 'root', children: blocks } as Root, (node) => {
    if (node.type === 'list') counts.lists++;
    if (node.type === 'table') counts.tables++;
    if (node.type === 'footnoteDefinition') counts.footnotes++;
  });
  return counts;
}

const label = (clause: Clause) =>
  (clause.number ? `${writtenNumber(clause)} ${clause.heading ?? ''}` : (clause.heading ?? clause.id)).trim();

/** The draft's front matter: what the source states, and `""` for each field it does not (the build names each one). */
function frontMatter(
  meta: FoundMeta,
  slug: string,
  source: string,
  parties: NonNullable<Extracted['signature']>['parties'],
): { text: string; empty: Array<{ field: string; line: number }> } {
  const lines = ['---'];
  const empty: Array<{ field: string; line: number }> = [];
  const quote = (value: string | null, field: string) => {
    if (value === null || value === '') empty.push({ field, line: lines.length + 1 });
    return JSON.stringify(value ?? '');
  };
  const field = (name: string, value: string | null) => lines.push(`${name}: ${quote(value, name)}`);
  field('slug', slug);
  field('title', meta.title);
  // Once a title is found, the lines above it were read too: no subtitle is a finding, not a gap.
  lines.push(
    meta.subtitle !== null
      ? `subtitle: ${JSON.stringify(meta.subtitle)}`
      : meta.title !== null
        ? 'subtitle: null'
        : `subtitle: ${quote(null, 'subtitle')}`,
  );
  field('shortTitle', meta.region);
  field('citation', null);
  field('region', meta.region);
  field('hospital', meta.hospital);
  field('municipalities', meta.municipalities);
  lines.push('agreement: ikt');
  lines.push(meta.kind ? `kind: ${meta.kind}` : `kind: ${quote(null, 'kind')}`);
  field('number', meta.number);
  lines.push(`language: ${meta.language}`);
  lines.push(meta.status ? `status: ${meta.status}` : `status: ${quote(null, 'status')}`);
  field('version', meta.version);
  if (meta.approved)
    lines.push(
      'approved:',
      `  date: ${meta.approved.date}`,
      `  by: ${JSON.stringify(meta.approved.by)}`,
      ...(meta.approved.verb ? [`  verb: ${JSON.stringify(meta.approved.verb)}`] : []),
    );
  else lines.push(`approved: ${quote(null, 'approved')}`);
  lines.push('adjusted: []');
  lines.push(meta.lastUpdated ? `lastUpdated: ${meta.lastUpdated}` : `lastUpdated: ${quote(null, 'lastUpdated')}`);
  lines.push('legalBasis: []');
  field('source', source);
  // The signature block's parties, in its order; without one, the municipalities and the hospital the text names.
  const signatories =
    parties.some((party) => party.role === 'kommune') && parties.some((party) => party.role === 'helseforetak')
      ? parties
      : [
          { role: 'kommune' as const, name: meta.municipalities },
          { role: 'helseforetak' as const, name: meta.hospital },
        ];
  lines.push('signatories:');
  signatories.forEach(({ role, name }, i) =>
    lines.push(`  - { role: ${role}, name: ${quote(name, `signatories.${i}.name`)} }`),
  );
  lines.push('signatures: []', '---');
  return { text: lines.join('\n'), empty };
}
