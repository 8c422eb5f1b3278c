// `npm run import -- <file.pdf|file.docx|file.txt> [--slug <slug>] [--out <dir>] [--force]`: writes a
// draft guideline, <dir>/<slug>.md (content/guidelines/ by default), and prints the import report.
// Exit codes: 0 the draft is written and keeps every word; 1 written, but words are lost or the body
// does not parse (see the report); 2 nothing written (unreadable input, or the file exists).
import { join, relative, resolve } from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { importGuideline } from '../src/lib/import/import-file.ts';
import { runMain, UsageError } from './lib/cli.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = 'give one file: npm run import -- <file.pdf|file.docx|file.txt> [--slug <slug>] [--out <dir>] [--force]';

const shown = (path: string) =>
  relative(process.cwd(), path).startsWith('..') ? resolve(path) : relative(process.cwd(), path);

await runMain(import.meta.url, 'import', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new UsageError(usage);
  const { code, report, file, markdown } = await importGuideline({
    input: positionals[0]!,
    slug: values.slug,
    out: values.out ? resolve(values.out) : join(root, 'content/guidelines'),
    force: values.force,
    guidelines: join(root, 'content/guidelines'),
    topics: join(root, 'content/topics.yaml'),
    shown,
    log: (line) => console.error(line),
  });
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, markdown, { flag: values.force ? 'w' : 'wx' });
  console.log(report);
  return code;
});
