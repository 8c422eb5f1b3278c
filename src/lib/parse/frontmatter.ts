import { parseDocument, isNode, LineCounter, visit } from 'yaml';
import { GuidelineError } from '../model/errors.ts';
import { around, findHiddenCharacter } from './safety.ts';
import type { MetaSchema } from '../model/types.ts';

// What to look at when the YAML cannot be read at all (a quote left open, an alias to no anchor).
const YAML_HINT = 'check the quotes, colons and indentation here (a value holding : # * & or a quote goes in quotes)';

/** Where the YAML sits in the file: the line of its opening `---`. */
export interface YamlSource {
  value: string;
  line: number;
}

/** Parses and validates front matter; errors point at the offending key's line in the file. */
export function readFrontMatter<Meta>(yaml: YamlSource | undefined, file: string, schema: MetaSchema<Meta>): Meta {
  if (!yaml) {
    throw new GuidelineError(file, 1, 'no front matter', {
      hint: 'start the file with a `---` block (see docs/editing.md, "Front matter")',
    });
  }
  return readYaml(yaml, file, schema, {
    what: 'front matter',
    hint: 'front matter fields are listed in docs/editing.md, "Front matter"',
  });
}

/** Parses and validates YAML (a whole file when `line` is 0); errors point at the offending key's line. */
export function readYaml<Data>(
  yaml: YamlSource,
  file: string,
  schema: MetaSchema<Data>,
  { what, hint }: { what: string; hint: string },
): Data {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml.value, { lineCounter, prettyErrors: false });
  // Line 1 of the YAML text is the line after the opening `---`.
  const fileLine = (offset: number) => yaml.line + lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    const [error] = doc.errors;
    throw new GuidelineError(
      file,
      fileLine(error!.pos[0]),
      `${what} is not valid YAML: ${error!.message.split('\n')[0]}`,
      { hint: YAML_HINT },
    );
  }
  checkStrings(doc, (offset, message, hint) => new GuidelineError(file, fileLine(offset), message, { hint }));
  const result = schema.safeParse(
    toData(
      doc,
      (offset, message) =>
        new GuidelineError(file, fileLine(offset), `${what} is not valid YAML: ${message}`, { hint: YAML_HINT }),
    ),
  );
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const path = issue!.path.map(String);
  // Point at the deepest part of the path that exists; a missing key points at its parent.
  let line = Math.max(yaml.line, 1);
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      line = fileLine(node.range[0]);
      break;
    }
  }
  const key = path.length > 0 ? `\`${path.join('.')}\`` : what;
  const detail =
    path.length > 0 && !doc.hasIn(path) ? `${key} is missing: add \`${path.at(-1)}:\`` : `${key}: ${issue!.message}`;
  throw new GuidelineError(file, line, detail, { hint });
}

/**
 * The file's own characters are checked before it is parsed (src/lib/parse/safety.ts); a YAML escape
 * (`"\u202E"`) can still write a hidden character, so every string is checked once more as
 * parsed, and kept in NFC like the file.
 */
function checkStrings(
  doc: ReturnType<typeof parseDocument>,
  error: (offset: number, message: string, hint: string) => GuidelineError,
): void {
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      const found = findHiddenCharacter(node.value, { decoded: true });
      if (found)
        throw error(
          node.range?.[0] ?? 0,
          `hidden character ${found.label}, written as an escape, in ${around(node.value, found.index)}`,
          found.hint,
        );
      node.value = node.value.normalize('NFC');
    },
  });
}

/**
 * The document as plain data. Parsing accepts an alias to an anchor that does not exist (`slug: *x`)
 * and only turning it into data throws; found by the front matter fuzz test (tests/unit/parse/fuzz.test.ts),
 * it is reported at the alias like any other YAML error.
 */
function toData(
  doc: ReturnType<typeof parseDocument>,
  error: (offset: number, message: string) => GuidelineError,
): unknown {
  try {
    return doc.toJS();
  } catch (caught) {
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        if (node.range) offset = node.range[0];
        return visit.BREAK;
      },
    });
    throw error(offset, (caught as Error).message.split('\n')[0]!);
  }
}
