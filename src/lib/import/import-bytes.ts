// The import's one pipeline, apart from its host: the command line (import-file.ts) reads the file,
// the topics and the published guidelines from disk; the import page's worker
// (src/client/own-file/) gets them from the reader and the site. Both run these same functions, so
// that the page's draft is the one `npm run import` writes, byte for byte.
import { guidelineSchema, topicsSchema, type Topic } from '../model/schema.ts';
import { GuidelineError, ImportError } from '../model/errors.ts';
import type { Guideline } from '../model/types.ts';
import { parseGuideline } from '../parse/guideline.ts';
import { knownTopics, parseTopics, type KnownTopics } from '../parse/topics.ts';
import { slugify } from '../text/slug.ts';
import { draftGuideline, type DraftOptions, type Extracted, type ImportReport } from './draft.ts';
import { extractFromDocx } from './docx.ts';
import { extractFromLines } from './lines.ts';
import { linesFromPdf } from './pdf-lines.ts';
import { linesFromText } from './text.ts';
import { checkDocxSize, decodeTextInput } from './input-checks.ts';

// How each kind of file is read; a new kind is one more row.
const READERS: Record<string, (data: Uint8Array, file: string) => Promise<Extracted>> = {
  '.txt': async (data, file) => extractFromLines(linesFromText(decodeTextInput(data, file))),
  '.pdf': async (data, file) => extractFromLines(await linesFromPdf(data, file)),
  '.docx': (data, file) => {
    checkDocxSize(data, file);
    return extractFromDocx(data, file);
  },
};

/** The file name endings the import reads: `.txt`, `.pdf`, `.docx`. */
export const IMPORT_KINDS = Object.keys(READERS);

/** A path's last part, and its ending in lower case (as node:path's basename and extname, for either host). */
export function fileParts(path: string): { name: string; base: string; extension: string } {
  const name = path.replace(/\/+$/, '').split('/').at(-1) ?? path;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  return { name, base: dot > 0 ? name.slice(0, dot) : name, extension };
}

/** Refuses a file whose ending the import does not read. */
export function checkKind(input: string): void {
  const { extension } = fileParts(input);
  if (!READERS[extension])
    throw new ImportError(
      input,
      `unknown file type \`${extension || '(none)'}\`: import reads ${IMPORT_KINDS.join(', ')}`,
    );
}

/** Refuses an empty source (or a text file of white space only). */
export function checkNotEmpty(data: Uint8Array, input: string): void {
  if (data.length === 0 || (fileParts(input).extension === '.txt' && new TextDecoder().decode(data).trim() === ''))
    throw new ImportError(input, 'the file is empty');
}

/** The draft's slug: the one given, or the file's name as a slug; refused unless lower-case letters, digits and hyphens. */
export function draftSlug(input: string, slug?: string): string {
  const name = slug ?? slugify(fileParts(input).base);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))
    throw new ImportError(input, `\`${name}\` is not a slug: pass --slug with lower-case letters, digits and hyphens`);
  return name;
}

/** The topics of the vocabulary's text (content/topics.yaml), with the names that help suggest them. */
export function readTopics(source: string, file: string): Topic[] {
  return parseTopics(source, { file, schema: topicsSchema });
}

/** The topic ids of the vocabulary's text (content/topics.yaml), with its former ids. */
export function topicIds(source: string, file: string): KnownTopics {
  return knownTopics(readTopics(source, file));
}

/**
 * The published guidelines that suggest topics, each file parsed on its own: a folder may hold drafts,
 * which the strict schema refuses, and one that does not parse suggests no topics (said through `log`).
 * Earlier versions (`<slug>@<label>.md`) are left out.
 */
export function parseCorpus(
  files: ReadonlyArray<{ file: string; source: string }>,
  topics: ReadonlySet<string>,
  log: (line: string) => void = () => {},
): Array<Guideline<{ slug: string }>> {
  return files
    .filter(({ file }) => !fileParts(file).name.includes('@'))
    .flatMap(({ file, source }) => {
      try {
        return [parseGuideline(source, { file, schema: guidelineSchema, topics })];
      } catch (error) {
        if (!(error instanceof GuidelineError)) throw error;
        log(`import: ${file} is left out of the topic suggestions: ${error.message}`);
        return [];
      }
    });
}

/** A source file's bytes → what the draft is written from, by the file's ending. Throws ImportError for input it cannot read. */
export async function readSource(data: Uint8Array, input: string): Promise<Extracted> {
  checkKind(input);
  return READERS[fileParts(input).extension]!(data, input);
}

/** Options for draftFrom. */
export interface DraftFromOptions {
  /** The source file's path or name, for messages and the draft's `source:`. */
  input: string;
  slug: string;
  /** The draft's path as messages show it. */
  file: string;
  /** The published guidelines that suggest topics (the draft's own slug is left out). */
  corpus: ReadonlyArray<Guideline<{ slug: string }>>;
  topics: ReadonlySet<string>;
  /** The topics' names and descriptions, which help suggest a clause's topic from its heading. */
  vocabulary?: DraftOptions['vocabulary'];
}

/**
 * What a source holds → the draft guideline and its report. Throws ImportError for a draft with no
 * text. The code is 1 when words are lost, the body does not parse or the text does not read as Norwegian.
 */
export function draftFrom(
  extracted: Extracted,
  { input, slug, file, corpus, topics, vocabulary }: DraftFromOptions,
): { code: number; report: ImportReport; markdown: string } {
  const { markdown, report } = draftGuideline(extracted, {
    file,
    slug,
    source: fileParts(input).name,
    corpus: corpus.filter((guideline) => guideline.meta.slug !== slug),
    topics,
    vocabulary,
  });
  if (report.empty) {
    const [first] = report.debris;
    throw new ImportError(
      input,
      first === undefined
        ? 'the source has no text for the draft'
        : `the draft would have no text: every line of the source was left out as page furniture, cover, contents list or signature block (${report.debris.length} lines; the first, page ${first.page}, line ${first.line}, as ${first.kind}: «${first.text.slice(0, 60)}»)`,
      'check that the file is the guideline itself; nothing was written',
    );
  }
  return { code: report.lost.length > 0 || report.parseError || report.unreadable ? 1 : 0, report, markdown };
}
