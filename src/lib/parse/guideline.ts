import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import type { Root } from 'mdast';
import { GuidelineError } from '../model/errors.ts';
import { readFrontMatter } from './frontmatter.ts';
import { checkNesting } from './nesting.ts';
import { fingerprint } from './fingerprint.ts';
import { checkObligationMarks, extractObligations } from '../obligations/extract.ts';
import { checkCharacters, normaliseText } from './safety.ts';
import { checkAddresses, checkDecodedCharacters, checkHeadingPlaces, checkMarkup, collectFootnotes } from './checks.ts';
import { cutClauses } from './clauses.ts';
import { attachFootnotes, numberFootnotes, renderClauses } from './clause-render.ts';
import { lineOf, type Fail } from './fail.ts';
import type { Guideline, MetaSchema } from '../model/types.ts';
import type { KnownTopics } from './topics.ts';

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
  topics?: KnownTopics;
}

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
  const fail: Fail = (node, detail, hint) => {
    throw new GuidelineError(file, typeof node === 'number' ? node : lineOf(node), detail, { hint });
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
  attachFootnotes(clauses, definitions, footnoteNumbers, fail);

  // The obligations are read from the clauses' bodies and marked in the one render of each body.
  const obligations = extractObligations({ file, clauses, meta: meta as { hospital?: unknown } });
  renderClauses(clauses, footnoteNumbers, obligations);
  return { meta, file, clauses, obligations, fingerprint: fingerprint(clauses), current: true };
}
