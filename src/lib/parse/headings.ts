import { visit } from 'unist-util-visit';
import type { Heading, PhrasingContent, Root } from 'mdast';
import { isParty, PARTIES } from '../model/vocabulary.ts';
import { plainInline } from '../render/clause-html.ts';
import { visible } from './safety.ts';
import { slugify } from '../text/slug.ts';
import { clauseSegments, leadingNumber, TOO_DEEP } from '../model/numbering.ts';
import { lineOf, type Fail } from './fail.ts';
import type { KnownTopics } from './topics.ts';
import { clearOfPageIds } from '../model/page-ids.ts';
import type { Clause, Party } from '../model/types.ts';
import { nearest } from '../text/nearest.ts';

// A heading's parts (number, words, notes, attributes), its level and the clause id it gives.

const ATTRIBUTES = /\s*\{([^{}]*)\}\s*$/;

type ReadAttribute = (
  value: string,
  topicIds: KnownTopics,
  fail: (detail: string, hint?: string) => never,
) => { party?: Party; topics?: string[] };

/**
 * The hint for a topic id the vocabulary does not have: the ids it was likely meant to be (one a typo
 * away, or one sharing a word of it: `nedetid` → `planlagt-nedetid`, `uforutsett-nedetid`), else where
 * the topics are listed.
 */
function meantTopics(id: string, topicIds: KnownTopics): string {
  const words = new Set(id.split('-').filter((word) => word.length > 2));
  const typo = nearest(id, topicIds, Math.max(2, Math.floor(id.length / 4)));
  const meant = [...topicIds].filter((known) => known === typo || known.split('-').some((word) => words.has(word)));
  const listed = 'topics are listed in content/topics.yaml';
  if (meant.length === 0) return `${listed}: use one of them, or add it there`;
  const names = meant.map((known) => `{tema=${known}}`);
  return `did you mean ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`}? (${listed}; add it there if it is new)`;
}

// What each heading attribute sets; a new attribute is one more row. A Map, so that a name such as
// `__proto__` or `constructor` is an unknown attribute, not a property of every object.
const HEADING_ATTRIBUTES = new Map<string, ReadAttribute>([
  [
    'part',
    (value, _topicIds, fail) => {
      if (!isParty(value)) fail(`unknown party \`${value}\``, `use {part=${Object.keys(PARTIES).join('}, {part=')}}`);
      return { party: value as Party };
    },
  ],
  [
    'tema',
    (value, topicIds, fail) => {
      const topics = value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      if (topics.length === 0) fail('tema= needs at least one topic id', 'e.g. {tema=meldingsutveksling}');
      topics.forEach((id, index) => {
        if (!topicIds.has(id)) {
          // A topic's former id (renamed, or split in two) names what it became.
          const now = topicIds.formerly?.get(id);
          fail(
            `unknown topic \`${id}\``,
            now
              ? `\`${id}\` is a former id of \`${now}\` (formerly in content/topics.yaml): use {tema=${now}}, or the topic the clause is about if \`${id}\` was split`
              : meantTopics(id, topicIds),
          );
        }
        if (topics.indexOf(id) !== index)
          fail(`topic \`${id}\` is named twice in tema=${value}`, `name each topic once`);
      });
      return { topics };
    },
  ],
]);

/** A heading split into its parts. */
export interface HeadingParts {
  number: string | null;
  /** The word written before the number (`Punkt`, `§`, `Artikkel`), or null. */
  numberLabel: string | null;
  heading: string;
  children: PhrasingContent[];
  notes: string[];
  noteNodes: PhrasingContent[];
  party: Party | null;
  topics: string[];
}

/** The clause level of a heading (`##` is 1), refusing `#` and a jump of more than one level. */
export function headingLevel(node: Heading, previousLevel: number, fail: Fail): number {
  if (node.depth === 1) {
    fail(
      node,
      'a `#` heading is not allowed',
      'the title belongs in the front matter (`title:`), top-level clauses use `##`',
    );
  }
  const level = node.depth - 1;
  if (level > previousLevel + 1) {
    fail(
      node,
      `heading level jumps from ${'#'.repeat(previousLevel + 1)} to ${'#'.repeat(node.depth)}`,
      `a clause can only be one level below the heading before it (use ${'#'.repeat(previousLevel + 2)})`,
    );
  }
  return level;
}

/**
 * Checks a numbered heading against the ones before it (its level, uniqueness, its parent, its
 * order) and returns its clause id; the returned function keeps what it has seen.
 */
export function checkNumbering(fail: Fail) {
  const numberLines = new Map<string, number>();
  const lastChild = new Map<string, number>(); // parent number ('' at the top) → last child's final part
  return (node: Heading, number: string, level: number, parent: Clause | null): string => {
    // `1.0` is clause 1 written the way some regions number their top level (see model/numbering.ts).
    const segments = clauseSegments(number);
    if (segments.length !== level) {
      fail(
        node,
        `clause ${number} is written as a level-${level} heading (${'#'.repeat(node.depth)}), but its number has ${segments.length} part${segments.length > 1 ? 's' : ''}`,
        `write it as ${'#'.repeat(segments.length + 1)} ${number}`,
      );
    }
    const earlier = numberLines.get(segments.join('.'));
    if (earlier !== undefined) {
      fail(node, `duplicate clause number ${number} (also at line ${earlier})`, `each number may occur only once`);
    }
    numberLines.set(segments.join('.'), lineOf(node));
    const parentNumber = segments.slice(0, -1).join('.');
    if (level > 1 && (parent?.number ? clauseSegments(parent.number).join('.') : null) !== parentNumber) {
      const where = parent
        ? parent.number
          ? `clause ${parent.number}`
          : `the unnumbered heading «${parent.heading}»`
        : 'no clause';
      fail(
        node,
        `clause ${number} sits under ${where} (line ${parent?.line ?? 1})`,
        `renumber it or move it under clause ${parentNumber}`,
      );
    }
    const expected = (lastChild.get(parentNumber) ?? 0) + 1;
    const actual = Number(segments.at(-1));
    if (actual !== expected) {
      const want = [...segments.slice(0, -1), String(expected)].join('.');
      fail(
        node,
        `clause ${number} is out of order`,
        `expected ${want} here${expected > 1 ? ` (the clause before it is ${[...segments.slice(0, -1), String(expected - 1)].join('.')})` : ''}`,
      );
    }
    lastChild.set(parentNumber, actual);
    return `punkt-${segments.join('-')}`;
  };
}

/** An unnumbered clause's id: its parent's id plus a slug of its heading, clear of the ids the page uses itself (model/page-ids.ts). */
export function unnumberedId(node: Heading, parts: HeadingParts, parent: Clause | null, fail: Fail): string {
  const slug = slugify(parts.heading);
  if (slug === '') {
    fail(
      node,
      parts.heading === ''
        ? 'a heading needs words (or a clause number) to make its id from'
        : `the heading «${visible(parts.heading)}» has no letter a–z or digit to make its clause id from (ids are written in ASCII; æ, ø and å become ae, o and a)`,
      `give it a number (## 5 …) or words in Latin letters`,
    );
  }
  return clearOfPageIds(parent ? `${parent.id}-${slug}` : slug);
}

/** Splits a heading into number, text, editorial notes and its `{part=… tema=…}` attributes. */
export function readHeading(node: Heading, topicIds: KnownTopics, fail: Fail): HeadingParts {
  const children = [...node.children];
  let party: Party | null = null;
  let topics: string[] = [];
  const last = children.at(-1);
  const attributes = last?.type === 'text' ? ATTRIBUTES.exec(last.value) : null;
  if (last?.type === 'text' && attributes) {
    children[children.length - 1] = { ...last, value: last.value.slice(0, attributes.index) };
    const seen = new Set<string>();
    for (const pair of attributes[1]!.trim().split(/\s+/).filter(Boolean)) {
      const [key = '', raw = ''] = pair.split('=');
      const value = raw.replace(/^["']|["']$/g, '');
      const read = HEADING_ATTRIBUTES.get(key);
      if (!read)
        fail(
          node,
          `unknown heading attribute \`${visible(key)}\``,
          `use part=${Object.keys(PARTIES).join('|')} and tema=<topic id>[,<topic id>…]`,
        );
      if (seen.has(key))
        fail(
          node,
          `heading attribute \`${key}\` is given twice in {${attributes[1]!.trim()}}`,
          `a heading has one ${key}=, ${key === 'tema' ? 'with its topics separated by commas (tema=a,b)' : 'keep the one that is right'}`,
        );
      seen.add(key);
      ({ party = party, topics = topics } = read!(value, topicIds, (detail, hint) => fail(node, detail, hint)));
    }
  }
  const written = plainInline(children);
  if (!attributes && ATTRIBUTES.test(written)) {
    fail(
      node,
      `the heading's attributes \`${visible(ATTRIBUTES.exec(written)![0].trim())}\` hold Markdown formatting (_, *, \` or a link), so they cannot be read`,
      `heading attributes are part=${Object.keys(PARTIES).join('|')} and tema=<topic id>, written without formatting`,
    );
  }
  visit({ type: 'root', children } as Root, 'footnoteReference', (reference) => {
    fail(
      node,
      `footnote [^${reference.label ?? reference.identifier}] is called in a heading`,
      `a heading cannot carry a footnote; put the call in the clause's text, after the words it belongs to`,
    );
  });
  const notes: string[] = [];
  const noteNodes: PhrasingContent[] = [];
  const kept = children.filter((child) => {
    if (child.type === 'textDirective' && child.name === 'merknad') {
      notes.push(plainInline(child.children).trim());
      noteNodes.push({ type: 'text', value: ' ' }, child);
      return false;
    }
    return true;
  });
  const text = plainInline(kept).replace(/\s+/g, ' ').trim();
  const match = leadingNumber(text);
  if (!match) {
    const deep = TOO_DEEP.exec(text);
    // Issue 33: a number the model cannot take stops the build; it used to become an unnumbered heading.
    if (deep)
      fail(
        node,
        `clause number ${deep[1]} has ${deep[1]!.split('.').length} parts, and a clause number has at most five (\`######\`, the deepest heading, is the fifth clause level)`,
        `number the clause within five levels (1.1.1.1.1), or put words before the number if it is no clause number`,
      );
    return { number: null, numberLabel: null, heading: text, children: trim(kept), notes, noteNodes, party, topics };
  }
  // Drop the number (and its label) from the first text node so headingHtml holds the heading words only.
  const [first, ...rest] = trim(kept);
  const start = first?.type === 'text' ? first.value.trimStart() : '';
  const stripped =
    first?.type === 'text' ? [{ ...first, value: start.slice(leadingNumber(start)?.length ?? 0) }, ...rest] : kept;
  return {
    number: match.number,
    numberLabel: match.label,
    heading: text.slice(match.length),
    children: trim(stripped),
    notes,
    noteNodes,
    party,
    topics,
  };
}

/** Trims the whitespace that attributes and notes leave at the ends of a heading. */
function trim(children: PhrasingContent[]): PhrasingContent[] {
  const out = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out;
}
