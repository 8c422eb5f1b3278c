import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import { visit } from 'unist-util-visit';
import type { FootnoteDefinition, Heading, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { GuidelineError } from '../model/errors.ts';
import { readFrontMatter } from './frontmatter.ts';
import { checkNesting } from './nesting.ts';
import { fingerprint } from './fingerprint.ts';
import { isParty, PARTIES } from '../model/vocabulary.ts';
import { checkObligationMarks, extractObligations } from '../obligations/extract.ts';
import { PLACEHOLDERS, plainInline, plainText, renderHtml } from '../render/clause-html.ts';
import {
  ALLOWED_ADDRESSES,
  around,
  checkCharacters,
  checkUrl,
  findHiddenCharacter,
  findMixedScript,
  normaliseText,
  visible,
} from './safety.ts';
import { slugify } from '../text/slug.ts';
import { clauseSegments, LEADING_NUMBER } from '../model/numbering.ts';
import type { Clause, Footnote, Guideline, MetaSchema, Party } from '../model/types.ts';

// The one Markdown pipeline of the project: every page, the JSON export and the search index are
// built from what this parser returns. Only syntax extensions are registered, so `parse` is enough.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective);

/** Options for parseGuideline. */
export interface ParseOptions<Meta> {
  /** The file name used in error messages. */
  file: string;
  /** Validates the front matter (the zod schema of src/content.config.ts). */
  schema: MetaSchema<Meta>;
  /** The topic ids a heading may name with `{tema=…}` (content/topics.yaml). */
  topics?: ReadonlySet<string>;
}

const INLINE_DIRECTIVES = new Set(['merknad', 'plassholder', 'plikt']);
const ATTRIBUTES = /\s*\{([^{}]*)\}\s*$/;

type ReadAttribute = (
  value: string,
  topicIds: ReadonlySet<string>,
  fail: (message: string) => never,
) => { party?: Party; topics?: string[] };

// What each heading attribute sets; a new attribute is one more row. A Map, so that a name such as
// `__proto__` or `constructor` is an unknown attribute, not a property of every object.
const HEADING_ATTRIBUTES = new Map<string, ReadAttribute>([
  [
    'part',
    (value, _topicIds, fail) => {
      if (!isParty(value)) fail(`unknown party \`${value}\`: use {part=${Object.keys(PARTIES).join('}, {part=')}}`);
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
      if (topics.length === 0) fail('tema= needs at least one topic id, e.g. {tema=meldingsutveksling}');
      topics.forEach((id, index) => {
        if (!topicIds.has(id))
          fail(
            `unknown topic \`${id}\`: topics are listed in content/topics.yaml (add it there, or use one of ${[...topicIds].slice(0, 4).join(', ')}, …)`,
          );
        if (topics.indexOf(id) !== index) fail(`topic \`${id}\` is named twice in tema=${value}: name each topic once`);
      });
      return { topics };
    },
  ],
]);

interface HeadingParts {
  number: string | null;
  heading: string;
  children: PhrasingContent[];
  notes: string[];
  noteNodes: PhrasingContent[];
  party: Party | null;
  topics: string[];
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

type Fail = (node: Nodes | number, message: string) => never;

/** Parses a guideline file (front matter + Markdown) into validated metadata and its clauses. */
export function parseGuideline<Meta>(
  source: string,
  { file, schema, topics = new Set() }: ParseOptions<Meta>,
): Guideline<Meta> {
  // Characters and nesting are checked in the file as written (so errors give its line and
  // column), then the text is normalised and parsed.
  checkCharacters(source, file);
  checkNesting(source, file);
  const tree = processor.parse(normaliseText(source)) as Root;
  const fail: Fail = (node, message) => {
    throw new GuidelineError(file, typeof node === 'number' ? node : lineOf(node), message);
  };

  const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const meta = readFrontMatter(yaml && { value: yaml.value, line: lineOf(yaml) }, file, schema);

  const definitions = collectFootnotes(tree, fail);
  checkMarkup(tree, definitions, fail);
  checkHeadingPlaces(tree, fail);
  checkDecodedCharacters(tree, fail);
  checkAddresses(tree, fail);
  checkObligationMarks(tree, fail);

  const clauses = cutClauses(tree, topics, fail);
  const footnoteNumbers = numberFootnotes(clauses, definitions, fail);
  renderClauses(clauses, definitions, footnoteNumbers, fail);

  const obligations = extractObligations({ file, clauses, meta: meta as { hospital?: unknown } });
  return { meta, file, clauses, obligations, fingerprint: fingerprint(clauses), current: true };
}

/** Cuts the body into clauses at headings: text before the first heading is the clause `innledning`. */
function cutClauses(tree: Root, topics: ReadonlySet<string>, fail: Fail): Clause[] {
  const clauses: Clause[] = [];
  const open: Clause[] = []; // the chain of enclosing clauses, outermost first
  const numbering = checkNumbering(fail);
  const idLines = new Map<string, number>();
  let current: Clause | undefined;
  let previousLevel = 0;

  const add = (clause: Clause) => {
    const earlier = idLines.get(clause.id);
    if (earlier !== undefined) {
      fail(
        clause.line,
        `clause id \`${clause.id}\` is already used by the heading at line ${earlier}: give one of the two headings a different text`,
      );
    }
    idLines.set(clause.id, clause.line);
    clauses.push(clause);
    return clause;
  };

  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'footnoteDefinition') continue;
    if (node.type !== 'heading') {
      current ??= add(
        emptyClause({ id: 'innledning', number: null, heading: null, level: 1, parent: null, line: lineOf(node) }),
      );
      current.body.push(node);
      continue;
    }
    const level = headingLevel(node, previousLevel, fail);
    previousLevel = level;
    while (open.length > 0 && open.at(-1)!.level >= level) open.pop();
    const parent = open.at(-1) ?? null;
    const parts = readHeading(node, topics, fail);
    const id =
      parts.number !== null ? numbering(node, parts.number, level, parent) : unnumberedId(node, parts, parent, fail);

    current = emptyClause({
      id,
      number: parts.number,
      heading: parts.heading || null,
      level,
      parent: parent?.id ?? null,
      line: lineOf(node),
    });
    current.party = parts.party;
    current.topics = parts.topics;
    current.notes = parts.notes;
    // The heading's HTML keeps the editorial notes, marked up as in the body; `heading` leaves them out.
    current.headingHtml = renderHtml([{ type: 'paragraph', children: [...parts.children, ...parts.noteNodes] }], {
      footnoteNumbers: new Map(),
    }).replace(/^<p>|<\/p>$/g, '');
    open.push(add(current));
  }
  return clauses;
}

/** The clause level of a heading (`##` is 1), refusing `#` and a jump of more than one level. */
function headingLevel(node: Heading, previousLevel: number, fail: Fail): number {
  if (node.depth === 1) {
    fail(
      node,
      'a `#` heading is not allowed: the title belongs in the front matter (`title:`), top-level clauses use `##`',
    );
  }
  const level = node.depth - 1;
  if (level > previousLevel + 1) {
    fail(
      node,
      `heading level jumps from ${'#'.repeat(previousLevel + 1)} to ${'#'.repeat(node.depth)}: a clause can only be one level below the heading before it (use ${'#'.repeat(previousLevel + 2)})`,
    );
  }
  return level;
}

/**
 * Checks a numbered heading against the ones before it (its level, uniqueness, its parent, its
 * order) and returns its clause id; the returned function keeps what it has seen.
 */
function checkNumbering(fail: Fail) {
  const numberLines = new Map<string, number>();
  const lastChild = new Map<string, number>(); // parent number ('' at the top) → last child's final part
  return (node: Heading, number: string, level: number, parent: Clause | null): string => {
    // `1.0` is clause 1 written the way some regions number their top level (see model/numbering.ts).
    const segments = clauseSegments(number);
    if (segments.length !== level) {
      fail(
        node,
        `clause ${number} is written as a level-${level} heading (${'#'.repeat(node.depth)}), but its number has ${segments.length} part${segments.length > 1 ? 's' : ''}: write it as ${'#'.repeat(segments.length + 1)} ${number}`,
      );
    }
    const earlier = numberLines.get(segments.join('.'));
    if (earlier !== undefined) {
      fail(node, `duplicate clause number ${number} (also at line ${earlier}): each number may occur only once`);
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
        `clause ${number} sits under ${where} (line ${parent?.line ?? 1}): renumber it or move it under clause ${parentNumber}`,
      );
    }
    const expected = (lastChild.get(parentNumber) ?? 0) + 1;
    const actual = Number(segments.at(-1));
    if (actual !== expected) {
      const want = [...segments.slice(0, -1), String(expected)].join('.');
      fail(
        node,
        `clause ${number} is out of order: expected ${want} here${expected > 1 ? ` (the clause before it is ${[...segments.slice(0, -1), String(expected - 1)].join('.')})` : ''}`,
      );
    }
    lastChild.set(parentNumber, actual);
    return `punkt-${segments.join('-')}`;
  };
}

/** An unnumbered clause's id: its parent's id plus a slug of its heading. */
function unnumberedId(node: Heading, parts: HeadingParts, parent: Clause | null, fail: Fail): string {
  const slug = slugify(parts.heading);
  if (slug === '') {
    fail(
      node,
      parts.heading === ''
        ? 'a heading needs words (or a clause number) to make its id from'
        : `the heading «${visible(parts.heading)}» has no letter a–z or digit to make its clause id from (ids are written in ASCII; æ, ø and å become ae, o and a): give it a number (## 5 …) or words in Latin letters`,
    );
  }
  return parent ? `${parent.id}-${slug}` : slug;
}

/** Numbers footnotes in order of first reference; every definition must be referred to. */
function numberFootnotes(
  clauses: ReadonlyArray<Clause>,
  definitions: ReadonlyMap<string, FootnoteDefinition>,
  fail: Fail,
): Map<string, number> {
  const footnoteNumbers = new Map<string, number>();
  for (const clause of clauses) {
    visit({ type: 'root', children: clause.body } as Root, 'footnoteReference', (reference) => {
      if (!footnoteNumbers.has(reference.identifier))
        footnoteNumbers.set(reference.identifier, footnoteNumbers.size + 1);
    });
  }
  for (const [identifier, definition] of definitions) {
    if (!footnoteNumbers.has(identifier)) {
      fail(
        definition,
        `footnote [^${definition.label ?? identifier}] is never referred to: add \`[^${definition.label ?? identifier}]\` where it belongs in the text, or remove it`,
      );
    }
  }
  return footnoteNumbers;
}

/** Renders each clause's HTML and text; a footnote is kept with the clause that first cites it. */
function renderClauses(
  clauses: ReadonlyArray<Clause>,
  definitions: ReadonlyMap<string, FootnoteDefinition>,
  footnoteNumbers: ReadonlyMap<string, number>,
  fail: Fail,
): void {
  const ids = new Set(clauses.map((clause) => clause.id));
  const render = { footnoteNumbers, referenceCounts: new Map<string, number>() };
  const cited = new Set<string>();
  for (const clause of clauses) {
    const footnotes: Footnote[] = [];
    visit({ type: 'root', children: clause.body } as Root, 'footnoteReference', ({ identifier }) => {
      if (cited.has(identifier)) return;
      cited.add(identifier);
      const definition = definitions.get(identifier);
      if (!definition) return;
      footnotes.push({
        label: definition.label ?? identifier,
        number: footnoteNumbers.get(identifier)!,
        html: renderHtml(definition.children, { footnoteNumbers }),
        text: plainText(definition.children),
      });
    });
    footnotes.sort((a, b) => a.number - b.number);
    clause.footnotes = footnotes;
    clause.html = renderHtml(clause.body, render);
    clause.text = plainText(clause.body);
    checkLinks(
      [...clause.body, ...footnotes.flatMap((f) => definitions.get(f.label.toLowerCase())?.children ?? [])],
      ids,
      fail,
    );
  }
}

function emptyClause(fields: Pick<Clause, 'id' | 'number' | 'heading' | 'level' | 'parent' | 'line'>): Clause {
  return {
    ...fields,
    headingHtml: null,
    party: null,
    topics: [],
    notes: [],
    body: [],
    html: '',
    text: '',
    footnotes: [],
  };
}

/** Splits a heading into number, text, editorial notes and its `{part=… tema=…}` attributes. */
function readHeading(
  node: Heading,
  topicIds: ReadonlySet<string>,
  fail: (node: Nodes, message: string) => never,
): HeadingParts {
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
          `unknown heading attribute \`${visible(key)}\`: use part=${Object.keys(PARTIES).join('|')} and tema=<topic id>[,<topic id>…]`,
        );
      if (seen.has(key))
        fail(
          node,
          `heading attribute \`${key}\` is given twice in {${attributes[1]!.trim()}}: a heading has one ${key}=, ${key === 'tema' ? 'with its topics separated by commas (tema=a,b)' : 'keep the one that is right'}`,
        );
      seen.add(key);
      ({ party = party, topics = topics } = read!(value, topicIds, (message) => fail(node, message)));
    }
  }
  const written = plainInline(children);
  if (!attributes && ATTRIBUTES.test(written)) {
    fail(
      node,
      `the heading's attributes \`${visible(ATTRIBUTES.exec(written)![0].trim())}\` hold Markdown formatting (_, *, \` or a link), so they cannot be read: heading attributes are part=${Object.keys(PARTIES).join('|')} and tema=<topic id>, written without formatting`,
    );
  }
  visit({ type: 'root', children } as Root, 'footnoteReference', (reference) => {
    fail(
      node,
      `footnote [^${reference.label ?? reference.identifier}] is called in a heading: a heading cannot carry a footnote; put the call in the clause's text, after the words it belongs to`,
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
  const match = LEADING_NUMBER.exec(text);
  if (!match) return { number: null, heading: text, children: trim(kept), notes, noteNodes, party, topics };
  // Drop the number from the first text node so headingHtml holds the heading words only.
  const [first, ...rest] = trim(kept);
  const stripped =
    first?.type === 'text' ? [{ ...first, value: first.value.trimStart().replace(LEADING_NUMBER, '') }, ...rest] : kept;
  return {
    number: match[1]!,
    heading: text.slice(match[0].length),
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

/** Rejects raw HTML, unknown directives and footnote calls without a definition. */
function checkMarkup(
  tree: Root,
  definitions: ReadonlyMap<string, FootnoteDefinition>,
  fail: (node: Nodes, message: string) => never,
): void {
  visit(tree, (node) => {
    if (node.type === 'html') {
      fail(
        node,
        `raw HTML is not allowed in guideline text (\`${node.value.slice(0, 40)}\`): use Markdown (lists, tables, links, footnotes), or write \\< for a literal <`,
      );
    }
    if (node.type === 'leafDirective' || node.type === 'containerDirective') {
      fail(
        node,
        `unknown directive \`${node.type === 'leafDirective' ? '::' : ':::'}${node.name}\`: only :merknad[…], :plassholder[…] and :plikt[…] are allowed inside text`,
      );
    }
    if (node.type === 'textDirective') {
      if (!INLINE_DIRECTIVES.has(node.name)) {
        fail(
          node,
          `unknown directive \`:${node.name}\`: only :merknad[…], :plassholder[…] and :plikt[…] exist; write \\: for a literal colon before a letter`,
        );
      }
      const label = plainInline(node.children).trim();
      if (label === '' && node.name !== 'plikt')
        fail(node, `:${node.name}[] is empty: write the remark or the placeholder's field inside the brackets`);
      if (node.name === 'plassholder' && !Object.hasOwn(PLACEHOLDERS, label)) {
        fail(node, `unknown placeholder \`${label}\`: known placeholders are ${Object.keys(PLACEHOLDERS).join(', ')}`);
      }
    }
    if (node.type === 'text') {
      const orphan = /\[\^([^\]\s]+)\]/.exec(node.value);
      if (orphan && definitions.has(orphan[1]!.toLowerCase()))
        fail(
          node,
          `footnote call [^${orphan[1]}] would be printed as text (it is escaped, \\[^${orphan[1]}], or split by formatting): write \`[^${orphan[1]}]\` as it is to call the footnote`,
        );
      if (orphan)
        fail(node, `footnote [^${orphan[1]}] has no definition: add \`[^${orphan[1]}]: …\` at the end of the file`);
    }
  });
}

/**
 * A heading inside a list item, a block quote or a footnote would be published as a heading, but
 * it starts no clause: it is outside the numbering checks, the comparison and the table of contents.
 */
function checkHeadingPlaces(tree: Root, fail: (node: Nodes, message: string) => never): void {
  const containers: Record<string, string> = {
    listItem: 'a list item',
    blockquote: 'a block quote',
    footnoteDefinition: 'a footnote',
  };
  visit(tree, 'heading', (node, _index, parent) => {
    if (!parent || parent.type === 'root') return;
    const where = Object.hasOwn(containers, parent.type) ? containers[parent.type]! : `a ${parent.type}`;
    fail(
      node,
      `a heading inside ${where} starts no clause, but would be published as a heading: move it out to the start of a line (with no \`-\`, \`>\` or indentation before it), or write it as ordinary text`,
    );
  });
}

// The attributes each directive takes (`:name[…]{key=value}`); the renderer uses none of them yet,
// so any attribute would be dropped unseen. A directive that takes attributes lists them here, or
// (like :plikt, src/lib/obligations.ts checkObligationMarks) checks them itself and is left out.
const DIRECTIVE_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  merknad: new Set(),
  plassholder: new Set(),
};

// The fields of mdast nodes that hold text a reader gets: node text, addresses, titles, alt text.
const DECODED_FIELDS = ['value', 'url', 'title', 'alt'] as const;

/**
 * The parser decodes character references (`&#x202E;`, `&#8203;`) and escapes after the file's own
 * characters were checked: what they produce is checked here, and kept in NFC like the file.
 */
function checkDecodedCharacters(tree: Root, fail: (node: Nodes, message: string) => never): void {
  visit(tree, (node) => {
    if (node.type === 'yaml') return; // front matter is checked as YAML (src/lib/frontmatter.ts)
    const record = node as unknown as Record<string, unknown>;
    const attributes = 'attributes' in node && node.attributes ? Object.values(node.attributes) : [];
    for (const text of [...DECODED_FIELDS.map((field) => record[field]), ...attributes]) {
      if (typeof text !== 'string') continue;
      const found = findHiddenCharacter(text, { decoded: true });
      if (found)
        fail(
          node,
          `hidden character ${found.label}, written as a character reference or escape, in ${around(text, found.index)}: ${found.hint}`,
        );
      const mixed = findMixedScript(text);
      if (mixed) fail(node, mixed.message);
    }
    for (const field of DECODED_FIELDS) {
      if (typeof record[field] === 'string') record[field] = record[field].normalize('NFC');
    }
    // NFC cannot join a mark to a letter in another node (`*a*&#x30A;`, a link before it): the
    // text would read `å` and not be NFC. Found by the fuzz test (tests/unit/fuzz.test.ts).
    const mark = node.type === 'text' ? /^\p{M}/u.exec(node.value) : null;
    if (mark) {
      const code = `U+${mark[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      fail(
        node,
        `a combining mark (${code}) stands apart from the letter it belongs to, after a link, formatting or a character reference: write the letter and its mark as one character (å, é) inside the same text`,
      );
    }
  });
}

/** Refuses images, link addresses with a scheme other than https:, http:, mailto: or tel:, and directive attributes no directive takes. */
function checkAddresses(tree: Root, fail: (node: Nodes, message: string) => never): void {
  visit(tree, (node) => {
    if (node.type === 'image' || node.type === 'imageReference') {
      const written =
        node.type === 'image'
          ? `![${node.alt ?? ''}](${visible(node.url)})`
          : `![${node.alt ?? ''}][${node.label ?? node.identifier}]`;
      fail(
        node,
        `images are not supported (\`${written}\`): the site publishes a guideline's text only; where the source has a figure, link to where it is published instead: [Figur 1](https://…)`,
      );
    }
    if (node.type === 'link' || node.type === 'definition') {
      const problem = checkUrl(node.url);
      const what = node.type === 'link' ? 'link to' : `link definition [${node.label ?? node.identifier}]:`;
      if (problem) fail(node, `${what} \`${visible(node.url)}\`: ${problem}. Links may use ${ALLOWED_ADDRESSES}`);
    }
    if (node.type === 'textDirective' && node.attributes) {
      const allowed = DIRECTIVE_ATTRIBUTES[node.name];
      const key = Object.keys(node.attributes).find((name) => allowed && !allowed.has(name));
      if (key !== undefined)
        fail(node, `:${node.name}[…] takes no attribute \`${visible(key)}\`: remove the {…} after it`);
    }
  });
}

/** Collects footnote definitions by identifier, rejecting duplicates. */
function collectFootnotes(tree: Root, fail: (node: Nodes, message: string) => never): Map<string, FootnoteDefinition> {
  const definitions = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (definition) => {
    const earlier = definitions.get(definition.identifier);
    if (earlier) fail(definition, `footnote [^${definition.label}] is defined twice (also at line ${lineOf(earlier)})`);
    definitions.set(definition.identifier, definition);
  });
  return definitions;
}

/** Every `#…` link must point at a clause of the same guideline. */
function checkLinks(
  nodes: ReadonlyArray<RootContent>,
  ids: ReadonlySet<string>,
  fail: (node: Nodes, message: string) => never,
): void {
  visit({ type: 'root', children: [...nodes] } as Root, 'link', (link) => {
    if (!link.url.startsWith('#')) return;
    const target = decodeURIComponent(link.url.slice(1));
    if (!ids.has(target)) {
      fail(
        link,
        `link to #${target} points at no clause of this guideline: clause ids look like punkt-4-1 (numbered) or punkt-3-1-felles-ansvar (unnumbered)`,
      );
    }
  });
}
