import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { GuidelineError } from '../../../src/lib/model/errors.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { loadGuidelines } from '../../../src/lib/parse/load.ts';
import { decodeUtf8 } from '../../../src/lib/parse/safety.ts';
import { fixtures, topicIds } from '../helpers/index.ts';

// One shape for every content error: `file:line[:column]: what is wrong: how to fix it`, with the
// two parts kept apart in the error (detail, hint) so that no message carries its fix in parentheses
// or after a full stop. Run over every content-error fixture: tests/fixtures/<group>/<case>/ with
// input.md and expected.txt, and tests/fixtures/links/<case>/ with error.txt.
const topics = topicIds();
const site = `${fixtures}/sites/versions`;
const others = readdirSync(site).map((name) => ({
  file: `sites/${name}`,
  source: readFileSync(`${site}/${name}`, 'utf8'),
}));

const cases = [
  ...readdirSync(fixtures)
    .flatMap((group) => readdirSync(`${fixtures}/${group}`).map((name) => `${group}/${name}`))
    .filter((name) => existsSync(`${fixtures}/${name}/input.md`) && existsSync(`${fixtures}/${name}/expected.txt`))
    .map((name) => ({
      name,
      run: () =>
        parseGuideline(decodeUtf8(readFileSync(`${fixtures}/${name}/input.md`), 'input.md'), {
          file: 'input.md',
          schema: guidelineSchema,
          topics,
        }),
    })),
  ...readdirSync(`${fixtures}/links`)
    .filter((name) => existsSync(`${fixtures}/links/${name}/error.txt`))
    .map((name) => ({
      name: `links/${name}`,
      run: () =>
        loadGuidelines(
          [...others, { file: 'lenker.md', source: readFileSync(`${fixtures}/links/${name}/lenker.md`, 'utf8') }],
          guidelineSchema,
          topics,
        ),
    })),
].sort((a, b) => a.name.localeCompare(b.name));

test('the content-error fixtures are all found', () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
});

test.each(cases)('$name: file:line[:column]: what is wrong: the hint', ({ run }) => {
  let thrown: unknown;
  try {
    run();
  } catch (caught) {
    thrown = caught;
  }
  expect(thrown).toBeInstanceOf(GuidelineError);
  const error = thrown as GuidelineError;
  const at = `${error.file}:${error.line}${error.column === undefined ? '' : `:${error.column}`}`;
  expect(error.message).toMatch(/^[^\s:]+:\d+(?::\d+)?: /);
  expect(error.hint, 'every content error says how to fix it').toBeTruthy();
  expect(error.message).toBe(`${at}: ${error.detail}: ${error.hint}`);
  // The fix is the hint, not written into what is wrong: no trailing «(… README …)», no «. Do this».
  expect(error.detail).not.toMatch(/\([^()]*(?:README|docs\/)[^()]*\)$|\.\s+\p{Lu}/u);
});
