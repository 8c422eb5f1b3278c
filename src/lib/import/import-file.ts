import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { guidelineSchema, topicsSchema } from '../model/schema.ts';
import { GuidelineError, ImportError } from '../model/errors.ts';
import { readGuidelineFolder } from '../parse/files.ts';
import { parseGuideline } from '../parse/guideline.ts';
import { parseTopics } from '../parse/topics.ts';
import { slugify } from '../text/slug.ts';
import { draftGuideline, type Extracted } from './draft.ts';
import { extractFromDocx } from './docx.ts';
import { extractFromLines } from './lines.ts';
import { linesFromPdf } from './pdf.ts';
import { linesFromText } from './text.ts';
import { formatReport } from './report.ts';
import { checkDocxSize, checkOutput, decodeTextInput, readInput } from './input-checks.ts';

// How each kind of file is read; a new kind is one more row.
const READERS: Record<string, (data: Uint8Array, file: string) => Promise<Extracted>> = {
  '.txt': async (data, file) => extractFromLines(linesFromText(decodeTextInput(data, file))),
  '.pdf': async (data, file) => extractFromLines(await linesFromPdf(data, file)),
  '.docx': (data, file) => {
    checkDocxSize(data, file);
    return extractFromDocx(data, file);
  },
};

/** Options for importGuideline. */
export interface ImportOptions {
  /** The source file. */
  input: string;
  slug?: string;
  /** The folder the draft is meant for. */
  out: string;
  force?: boolean;
  /** The published guidelines that suggest topics. */
  guidelines: string;
  /** The topic vocabulary (content/topics.yaml). */
  topics: string;
  /** How a path is shown in messages and the report (relative to the working folder, say). */
  shown?: (path: string) => string;
  /** Where a line about a draft left out of the topic suggestions goes (standard error, say). */
  log?: (line: string) => void;
}

/** What an import made: the draft to write to `file`, the exit code and the report. */
export interface Imported {
  code: number;
  report: string;
  file: string;
  markdown: string;
}

/**
 * Reads one file and drafts a guideline from it, with topics suggested from the published
 * guidelines; writes nothing. Throws ImportError (exit 2) for input it cannot read or a draft
 * that would overwrite a file without `force`. The code is 1 when words are lost, the body does not
 * parse or the text is unreadable (readable.ts).
 */
export async function importGuideline({
  input,
  slug,
  out,
  force = false,
  guidelines,
  topics: topicsFile,
  shown = (path) => path,
  log = () => {},
}: ImportOptions): Promise<Imported> {
  const extension = extname(input).toLowerCase();
  const read = READERS[extension];
  if (!read)
    throw new ImportError(
      input,
      `unknown file type \`${extension || '(none)'}\`: import reads ${Object.keys(READERS).join(', ')}`,
    );
  const data = await readInput(input);
  if (data.length === 0 || (extension === '.txt' && new TextDecoder().decode(data).trim() === ''))
    throw new ImportError(input, 'the file is empty');
  const name = slug ?? slugify(basename(input, extname(input)));
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))
    throw new ImportError(input, `\`${name}\` is not a slug: pass --slug with lower-case letters, digits and hyphens`);
  const file = join(out, `${name}.md`);
  await checkOutput(out, file);
  if (existsSync(file) && !force)
    throw new ImportError(input, `${shown(file)} exists already: pass --force to overwrite it`);

  const extracted = await read(data, input);
  const topics = new Set(
    parseTopics(await readFile(topicsFile, 'utf8'), { file: shown(topicsFile), schema: topicsSchema }).map(
      (topic) => topic.id,
    ),
  );
  const corpus = (await readCorpus(guidelines, topics, { shown, log })).filter(
    (guideline) => guideline.meta.slug !== name,
  );
  const { markdown, report } = draftGuideline(extracted, {
    file: shown(file),
    slug: name,
    source: basename(input),
    corpus,
    topics,
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
  return {
    code: report.lost.length > 0 || report.parseError || report.unreadable ? 1 : 0,
    report: formatReport(report, { file: shown(file), source: shown(input) }),
    file,
    markdown,
  };
}

/**
 * The current guidelines of a folder, each parsed on its own: the folder may hold drafts (the last
 * import's, or this one's with --force), which the strict schema refuses, and one that does not parse
 * suggests no topics (said through `log`). Earlier versions (`<slug>@<label>.md`) are left out.
 */
async function readCorpus(
  folder: string,
  topics: ReadonlySet<string>,
  { shown, log }: { shown: (path: string) => string; log: (line: string) => void },
) {
  return (await readGuidelineFolder(folder, shown(folder)))
    .filter(({ file }) => !basename(file).includes('@'))
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
