import { visit } from 'unist-util-visit';
import type { FootnoteDefinition, Root, RootContent } from 'mdast';
import { PLACEHOLDERS, plainInline } from '../render/clause-html.ts';
import { ALLOWED_ADDRESSES, around, checkUrl, findHiddenCharacter, findMixedScript, visible } from './safety.ts';
import { lineOf, type Fail } from './fail.ts';

// The checks of the parsed tree, before it is cut into clauses: markup, where headings stand, what
// character references decode to, addresses, footnote definitions and links between clauses.

const INLINE_DIRECTIVES = new Set(['merknad', 'plassholder', 'plikt']);

/** Rejects raw HTML, unknown directives and footnote calls without a definition. */
export function checkMarkup(tree: Root, definitions: ReadonlyMap<string, FootnoteDefinition>, fail: Fail): void {
  visit(tree, (node) => {
    if (node.type === 'html') {
      fail(
        node,
        `raw HTML is not allowed in guideline text (\`${node.value.slice(0, 40)}\`)`,
        `use Markdown (lists, tables, links, footnotes), or write \\< for a literal <`,
      );
    }
    if (node.type === 'leafDirective' || node.type === 'containerDirective') {
      fail(
        node,
        `unknown directive \`${node.type === 'leafDirective' ? '::' : ':::'}${node.name}\``,
        `only :merknad[…], :plassholder[…] and :plikt[…] are allowed inside text`,
      );
    }
    if (node.type === 'textDirective') {
      if (!INLINE_DIRECTIVES.has(node.name)) {
        fail(
          node,
          `unknown directive \`:${node.name}\``,
          `only :merknad[…], :plassholder[…] and :plikt[…] exist; write \\: for a literal colon before a letter`,
        );
      }
      const label = plainInline(node.children).trim();
      if (label === '' && node.name !== 'plikt')
        fail(node, `:${node.name}[] is empty`, `write the remark or the placeholder's field inside the brackets`);
      if (node.name === 'plassholder' && !Object.hasOwn(PLACEHOLDERS, label)) {
        fail(
          node,
          `unknown placeholder \`${label}\``,
          `known placeholders are ${Object.keys(PLACEHOLDERS).join(', ')}`,
        );
      }
    }
    if (node.type === 'text') {
      const orphan = /\[\^([^\]\s]+)\]/.exec(node.value);
      if (orphan && definitions.has(orphan[1]!.toLowerCase()))
        fail(
          node,
          `footnote call [^${orphan[1]}] would be printed as text (it is escaped, \\[^${orphan[1]}], or split by formatting)`,
          `write \`[^${orphan[1]}]\` as it is to call the footnote`,
        );
      if (orphan)
        fail(node, `footnote [^${orphan[1]}] has no definition`, `add \`[^${orphan[1]}]: …\` at the end of the file`);
    }
  });
}

/**
 * A heading inside a list item, a block quote or a footnote would be published as a heading, but
 * it starts no clause: it is outside the numbering checks, the comparison and the table of contents.
 */
export function checkHeadingPlaces(tree: Root, fail: Fail): void {
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
      `a heading inside ${where} starts no clause, but would be published as a heading`,
      `move it out to the start of a line (with no \`-\`, \`>\` or indentation before it), or write it as ordinary text`,
    );
  });
}

// The attributes each directive takes (`:name[…]{key=value}`); the renderer uses none of them yet,
// so any attribute would be dropped unseen. A directive that takes attributes lists them here, or
// (like :plikt, src/lib/obligations/extract.ts checkObligationMarks) checks them itself and is left out.
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
export function checkDecodedCharacters(tree: Root, fail: Fail): void {
  visit(tree, (node) => {
    if (node.type === 'yaml') return; // front matter is checked as YAML (src/lib/parse/frontmatter.ts)
    const record = node as unknown as Record<string, unknown>;
    const attributes = 'attributes' in node && node.attributes ? Object.values(node.attributes) : [];
    for (const text of [...DECODED_FIELDS.map((field) => record[field]), ...attributes]) {
      if (typeof text !== 'string') continue;
      const found = findHiddenCharacter(text, { decoded: true });
      if (found)
        fail(
          node,
          `hidden character ${found.label}, written as a character reference or escape, in ${around(text, found.index)}`,
          `${found.hint}`,
        );
      const mixed = findMixedScript(text);
      if (mixed) fail(node, mixed.message, mixed.hint);
    }
    for (const field of DECODED_FIELDS) {
      if (typeof record[field] === 'string') record[field] = record[field].normalize('NFC');
    }
    // NFC cannot join a mark to a letter in another node (`*a*&#x30A;`, a link before it): the
    // text would read `å` and not be NFC. Found by the fuzz test (tests/unit/parse/fuzz.test.ts).
    const mark = node.type === 'text' ? /^\p{M}/u.exec(node.value) : null;
    if (mark) {
      const code = `U+${mark[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      fail(
        node,
        `a combining mark (${code}) stands apart from the letter it belongs to, after a link, formatting or a character reference`,
        `write the letter and its mark as one character (å, é) inside the same text`,
      );
    }
  });
}

/** Refuses images, link addresses with a scheme other than https:, http:, mailto: or tel:, and directive attributes no directive takes. */
export function checkAddresses(tree: Root, fail: Fail): void {
  visit(tree, (node) => {
    if (node.type === 'image' || node.type === 'imageReference') {
      const written =
        node.type === 'image'
          ? `![${node.alt ?? ''}](${visible(node.url)})`
          : `![${node.alt ?? ''}][${node.label ?? node.identifier}]`;
      fail(
        node,
        `images are not supported (\`${written}\`)`,
        `the site publishes a guideline's text only; where the source has a figure, link to where it is published instead: [Figur 1](https://…)`,
      );
    }
    if (node.type === 'link' || node.type === 'definition') {
      const problem = checkUrl(node.url);
      const what = node.type === 'link' ? 'link to' : `link definition [${node.label ?? node.identifier}]:`;
      if (problem) fail(node, `${what} \`${visible(node.url)}\`: ${problem}`, `links may use ${ALLOWED_ADDRESSES}`);
    }
    if (node.type === 'textDirective' && node.attributes) {
      const allowed = DIRECTIVE_ATTRIBUTES[node.name];
      const key = Object.keys(node.attributes).find((name) => allowed && !allowed.has(name));
      if (key !== undefined)
        fail(node, `:${node.name}[…] takes no attribute \`${visible(key)}\``, `remove the {…} after it`);
    }
  });
}

/** Collects footnote definitions by identifier, rejecting duplicates. */
export function collectFootnotes(tree: Root, fail: Fail): Map<string, FootnoteDefinition> {
  const definitions = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (definition) => {
    const earlier = definitions.get(definition.identifier);
    if (earlier)
      fail(
        definition,
        `footnote [^${definition.label}] is defined twice (also at line ${lineOf(earlier)})`,
        'give one of the two a different label, or remove one',
      );
    definitions.set(definition.identifier, definition);
  });
  return definitions;
}

/** Every `#…` link must point at a clause of the same guideline. */
export function checkLinks(nodes: ReadonlyArray<RootContent>, ids: ReadonlySet<string>, fail: Fail): void {
  visit({ type: 'root', children: [...nodes] } as Root, 'link', (link) => {
    if (!link.url.startsWith('#')) return;
    const target = decodeURIComponent(link.url.slice(1));
    if (!ids.has(target)) {
      fail(
        link,
        `link to #${target} points at no clause of this guideline`,
        `clause ids look like punkt-4-1 (numbered) or punkt-3-1-felles-ansvar (unnumbered)`,
      );
    }
  });
}
