import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { loadGuidelines } from '../../../src/lib/parse/load.ts';
import { checkSources } from '../../../src/lib/parse/source-files.ts';
import { fixtures, loadSite, root, sources, topicIds } from '../helpers/index.ts';

const contentSources = { absolute: sources, folder: 'content/sources' };
const load = (file: string, source: string) => {
  const files = [{ file, source }];
  return { files, guidelines: loadGuidelines(files, guidelineSchema, topicIds()) };
};

// tests/fixtures/sources/<case>/guideline.md names a source content/sources does not hold; error.txt
// is the message the build stops with (tests/e2e/build-errors.test.ts runs one through astro build).
test.each(readdirSync(`${fixtures}/sources`))(
  'a guideline whose source is %s stops at its source line',
  async (name) => {
    const dir = `${fixtures}/sources/${name}`;
    const { files, guidelines } = load('guideline.md', readFileSync(`${dir}/guideline.md`, 'utf8'));
    const expected = readFileSync(`${dir}/error.txt`, 'utf8').trim();
    await expect(checkSources(guidelines, files, contentSources)).rejects.toThrow(expected);
  },
);

test('the site’s guidelines find their sources', async () => {
  const site = loadSite();
  const files = site.map(({ file }) => ({ file, source: readFileSync(join(root, file), 'utf8') }));
  await expect(checkSources(site, files, contentSources)).resolves.toBeUndefined();
});

const work = mkdtempSync(join(tmpdir(), 'ikt-sources-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A link would publish a file nobody put in the folder, as for the guidelines themselves.
test('a source that is a link to a file elsewhere stops the build at the link', async () => {
  symlinkSync(join(sources, '001_c44872448151f3fe.txt'), join(work, '001_c44872448151f3fe.txt'));
  const { files, guidelines } = load('input.md', readFileSync(`${fixtures}/parse/numbered-clauses/input.md`, 'utf8'));
  await expect(checkSources(guidelines, files, { absolute: work, folder: 'kilder' })).rejects.toThrow(
    /^kilder\/001_c44872448151f3fe\.txt:1: is a symbolic link \(to .*\), which the site does not follow/,
  );
});
