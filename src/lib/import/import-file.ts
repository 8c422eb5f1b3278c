// The import's Node host: reads the file, the topic vocabulary and the published guidelines from disk
// and checks where the draft goes; the pipeline itself is import-bytes.ts's, which the import page runs too.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImportError } from '../model/errors.ts';
import { readGuidelineFolder } from '../parse/files.ts';
import { formatReport } from './report.ts';
import { checkOutput, readInput } from './input-checks-fs.ts';
import { checkKind, checkNotEmpty, draftFrom, draftSlug, parseCorpus, readSource, readTopics } from './import-bytes.ts';

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
  checkKind(input);
  const data = await readInput(input);
  checkNotEmpty(data, input);
  const name = draftSlug(input, slug);
  const file = join(out, `${name}.md`);
  await checkOutput(out, file);
  if (existsSync(file) && !force)
    throw new ImportError(input, `${shown(file)} exists already: pass --force to overwrite it`);

  const extracted = await readSource(data, input);
  const vocabulary = readTopics(await readFile(topicsFile, 'utf8'), shown(topicsFile));
  const topics = new Set(vocabulary.map((topic) => topic.id));
  const corpus = parseCorpus(await readGuidelineFolder(guidelines, shown(guidelines)), topics, log);
  const { code, report, markdown } = draftFrom(extracted, {
    input,
    slug: name,
    file: shown(file),
    corpus,
    topics,
    vocabulary,
  });
  return { code, report: formatReport(report, { file: shown(file), source: shown(input) }), file, markdown };
}
