// `npm run import -- <file.pdf|file.docx|file.txt> [--slug <slug>] [--out <dir>] [--force]`: writes a
// draft guideline, <dir>/<slug>.md (content/guidelines/ by default), and prints the import report.
// Exit codes: 0 the draft is written and keeps every word; 1 written, but words are lost or the body
// does not parse (see the report); 2 nothing written (unreadable input, or the file exists).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ImportError } from '../src/lib/model/errors.ts';
import { importGuideline } from '../src/lib/import/import-file.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = 'give one file: npm run import -- <file.pdf|file.docx|file.txt> [--slug <slug>] [--out <dir>] [--force]';

const shown = (path: string) =>
  relative(process.cwd(), path).startsWith('..') ? resolve(path) : relative(process.cwd(), path);

let values: { slug?: string; out?: string; force?: boolean };
let input: string;
try {
  const parsed = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  });
  if (parsed.positionals.length !== 1) throw new Error(usage);
  values = parsed.values;
  input = parsed.positionals[0]!;
} catch (error) {
  console.error(`import: ${(error as Error).message}`);
  process.exit(2);
}

try {
  const { code, report, file, markdown } = await importGuideline({
    input,
    slug: values.slug,
    out: values.out ? resolve(values.out) : join(root, 'content/guidelines'),
    force: values.force,
    guidelines: join(root, 'content/guidelines'),
    topics: join(root, 'content/topics.yaml'),
    shown,
  });
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, markdown);
  console.log(report);
  process.exitCode = code;
} catch (error) {
  const failure = error as Error;
  console.error(
    failure instanceof ImportError ? `import: ${failure.message}` : `import: ${failure.stack ?? failure.message}`,
  );
  process.exitCode = failure instanceof ImportError ? 2 : 1;
}
