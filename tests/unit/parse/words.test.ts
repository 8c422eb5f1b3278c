import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import { visit, SKIP } from 'unist-util-visit';
import type { Root } from 'mdast';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import type { Clause } from '../../../src/lib/model/types.ts';
import { writtenNumber } from '../../../src/lib/model/clause-names.ts';
import { fixtures, loadSite, root, words } from '../helpers/index.ts';

/**
 * Every word of a guideline's body belongs to exactly one clause: the words of the clauses, in
 * order, are the words of the document, each once. The document side is read straight off the
 * syntax tree (every text node), independently of how the parser cuts and serialises clauses.
 */
function documentWords(source: string): { body: string[]; footnotes: string[] } {
  const tree = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkGfm)
    .use(remarkDirective)
    .parse(source) as Root;
  const body: string[] = [];
  const footnotes: string[] = [];
  for (const block of tree.children) {
    if (block.type === 'yaml') continue;
    const into = block.type === 'footnoteDefinition' ? footnotes : body;
    visit(block, (node, index, parent) => {
      // An ordered list's numbers are words of the source ("1. elektroniske meldinger").
      if (node.type === 'listItem' && parent?.type === 'list' && parent.ordered)
        into.push(String((parent.start ?? 1) + index!));
      // A placeholder's label names the blank, it is not text of the guideline.
      if (node.type === 'textDirective' && node.name === 'plassholder') return SKIP;
      if (node.type === 'text' || node.type === 'inlineCode') {
        const value = block.type === 'heading' ? node.value.replace(/\{[^{}]*\}\s*$/, '') : node.value;
        into.push(...words(value));
      }
      return undefined;
    });
  }
  return { body, footnotes };
}

function clauseWords(clauses: Clause[]): { body: string[]; footnotes: string[] } {
  return {
    body: clauses.flatMap((clause) =>
      words([writtenNumber(clause) ?? '', clause.heading ?? '', ...clause.notes, clause.text].join(' ')),
    ),
    footnotes: clauses.flatMap((clause) => clause.footnotes.flatMap((footnote) => words(footnote.text))),
  };
}

describe.each(loadSite())('$meta.slug', ({ file, clauses }) => {
  test('every word of the body is in exactly one clause, in order', () => {
    const source = readFileSync(`${root}${file}`, 'utf8');
    expect(clauseWords(clauses)).toEqual(documentWords(source));
  });
});

// Random guidelines: valid numbering by construction, with unnumbered headings, parties, lists,
// tables, notes, placeholders and footnotes mixed in.
const frontMatter = readFileSync(`${fixtures}/parse/numbered-clauses/input.md`, 'utf8').split('\n## ')[0]!;
const word = fc.constantFrom(
  'partene',
  'skal',
  'kommunen',
  'helseforetaket',
  'nedetid',
  'meldinger',
  'ære',
  'søknad',
  'på',
  'Åsnes',
  'IKT-løsninger',
  '2018',
  'e-helse',
  'rutiner',
  'avvik',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((list) => list.join(' '));
const block = fc.oneof(
  sentence.map((text) => `${text}.`),
  fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
  fc.tuple(sentence, sentence).map(([a, b]) => `| ${a} | ${b} |\n|---|---|\n| ${b} | ${a} |`),
  sentence.map((text) => `${text} :merknad[${text}] og :plassholder[kommune] kommune.`),
  sentence.map((text) => `${text}[^n].`),
);
const section = fc.record({
  heading: sentence,
  party: fc.constantFrom('', ' {part=felles}', ' {part=kommune}', ' {part=helseforetak}'),
  // Issue 28: a labelled number («Punkt 2», «§ 2») is the clause number; its label is a word of the heading.
  label: fc.constantFrom('', '', 'Punkt ', '§ ', '§', 'Artikkel ', 'PUNKT '),
  blocks: fc.array(block, { maxLength: 3 }),
  unnumbered: fc.array(fc.tuple(sentence, fc.array(block, { maxLength: 2 })), { maxLength: 2 }),
  children: fc.nat({ max: 2 }),
});
const document = fc
  .record({ intro: fc.array(block, { maxLength: 2 }), sections: fc.array(section, { minLength: 1, maxLength: 5 }) })
  .map(({ intro, sections }) => {
    const out: string[] = [frontMatter, ...intro];
    let footnotes = 0;
    const numbered = (depth: number, number: string, index: number) => {
      const s = sections[index % sections.length]!;
      out.push(`${'#'.repeat(depth + 1)} ${s.label}${number} ${s.heading}${s.party}`, ...s.blocks);
      // Unnumbered headings start with a word (a leading number would make them numbered) and differ
      // from their siblings, so that their ids do not collide.
      s.unnumbered.forEach(([heading, blocks], i) =>
        out.push(`${'#'.repeat(depth + 2)} Del ${i} ${heading}`, ...blocks),
      );
      if (depth < 4)
        for (let child = 1; child <= s.children; child++) numbered(depth + 1, `${number}.${child}`, index + child);
    };
    sections.forEach((_, i) => numbered(1, String(i + 1), i));
    // Number the footnote calls and give each a definition.
    const body = out.join('\n\n').replace(/\[\^n\]/g, () => `[^${++footnotes}]`);
    const definitions = Array.from({ length: footnotes }, (_, i) => `[^${i + 1}]: Fotnote nummer ${i + 1} om avvik.`);
    return [body, ...definitions].join('\n\n') + '\n';
  });

test('for random guidelines, every word lands in exactly one clause, in order', () => {
  fc.assert(
    fc.property(document, (source) => {
      const { clauses } = parseGuideline(source, { file: 'random.md', schema: guidelineSchema });
      expect(clauseWords(clauses)).toEqual(documentWords(source));
    }),
    { numRuns: 150 },
  );
}, 60_000);
