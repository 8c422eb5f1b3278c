// `npm run import -- <file.pdf|file.docx|file.txt> [--slug <slug>] [--out <dir>] [--force]`: writes a
// draft guideline, <dir>/<slug>.md (content/guidelines/ by default), and prints the import report.
// Exit codes: 0 the draft is written and keeps every word; 1 written, but words are lost or the body
// does not parse (see the report); 2 nothing written (unreadable input, or the file exists).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { guidelineSchema, topicsSchema } from '../src/lib/model/schema.ts';
import { GuidelineError, ImportError } from '../src/lib/model/errors.ts';
import { readGuidelineFolder } from '../src/lib/parse/files.ts';
import { parseGuideline } from '../src/lib/parse/guideline.ts';
import { checkDocxSize, checkOutput, decodeTextInput, readInput } from './lib/import-input.ts';
import { parseTopics } from '../src/lib/parse/topics.ts';
import { slugify } from '../src/lib/text/slug.ts';
import { draftGuideline, type Extracted } from '../src/lib/import/draft.ts';
import { extractFromDocx } from '../src/lib/import/docx.ts';
import { extractFromLines } from '../src/lib/import/lines.ts';
import { linesFromPdf } from '../src/lib/import/pdf.ts';
import { linesFromText } from '../src/lib/import/text.ts';
import { formatReport } from '../src/lib/import/report.ts';
import { runMain, UsageError } from './lib/cli.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

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
  /** Where the draft goes (content/guidelines/ of the project by default). */
  out?: string;
  force?: boolean;
  /** The published guidelines that suggest topics (content/guidelines/ by default). */
  guidelines?: string;
}

/** Imports one file; resolves to the exit code and the report, or throws ImportError (exit 2). */
export async function importGuideline({
  input,
  slug,
  out = join(root, 'content/guidelines'),
  force = false,
  guidelines = join(root, 'content/guidelines'),
}: ImportOptions): Promise<{ code: number; report: string; file: string }> {
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
  const topics = parseTopics(await readFile(join(root, 'content/topics.yaml'), 'utf8'), {
    file: 'content/topics.yaml',
    schema: topicsSchema,
  });
  // The folder may hold drafts (the last import's, or this one's with --force), which the strict
  // schema refuses: each file is read on its own, and one that does not parse suggests no topics.
  const corpus = (await readGuidelineFolder(guidelines, shown(guidelines)))
    .filter(({ file: entry }) => !basename(entry).includes('@'))
    .flatMap(({ file: entry, source }) => {
      try {
        return [
          parseGuideline(source, {
            file: entry,
            schema: guidelineSchema,
            topics: new Set(topics.map((topic) => topic.id)),
          }),
        ];
      } catch (error) {
        if (!(error instanceof GuidelineError)) throw error;
        console.error(`import: ${entry} is left out of the topic suggestions: ${error.message}`);
        return [];
      }
    })
    .filter((guideline) => guideline.meta.slug !== name);
  const { markdown, report } = draftGuideline(extracted, {
    file: shown(file),
    slug: name,
    source: basename(input),
    corpus,
    topics: new Set(topics.map((topic) => topic.id)),
  });
  await mkdir(out, { recursive: true });
  await writeFile(file, markdown, { flag: force ? 'w' : 'wx' });
  return {
    code: report.lost.length > 0 || report.parseError ? 1 : 0,
    report: formatReport(report, { file: shown(file), source: shown(input) }),
    file,
  };
}

const shown = (path: string) =>
  relative(process.cwd(), path).startsWith('..') ? resolve(path) : relative(process.cwd(), path);

await runMain(import.meta.url, 'import', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      'give one file: npm run import -- <file.pdf|file.docx|file.txt> [--slug <slug>] [--out <dir>] [--force]',
    );
  const { code, report } = await importGuideline({
    input: positionals[0]!,
    slug: values.slug,
    out: values.out && resolve(values.out),
    force: values.force,
  });
  console.log(report);
  return code;
});
