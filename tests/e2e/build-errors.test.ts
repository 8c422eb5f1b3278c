import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite, root } from './fixture-site.ts';

const fixtures = join(root, 'tests/fixtures');

const work = mkdtempSync(join(tmpdir(), 'ikt-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The real `astro build`, pointed at a folder holding one broken guideline: the build must stop
// and print the parser's `file:line: message`, nothing silently dropped. (The file is copied byte
// for byte: encoding-windows-1252 is a guideline saved as Windows-1252, link-javascript a
// `javascript:` link, both published silently before issue 12.)
test.each([
  'parse/out-of-order',
  'parse/schema-invalid-status',
  'parse/raw-html',
  'safety/encoding-windows-1252',
  'safety/link-javascript',
])(
  'the production build stops on %s with its message',
  (name) => {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(fixtures, name, 'input.md'), join(dir, 'input.md'));
    const expected = readFileSync(join(fixtures, name, 'expected.txt'), 'utf8')
      .trim()
      .replace(/^input\.md/, '');
    const { status, output } = buildSite(dir, join(work, `${name}-dist`));
    expect(status).not.toBe(0);
    expect(output).toContain(`${relative(root, join(dir, 'input.md'))}${expected}`);
  },
  120_000,
);

// A link to a site page that does not exist (tests/fixtures/links/unknown-topic), beside the
// guidelines of tests/fixtures/sites/versions: the build stops at the link.
test('the production build stops on a link to a page the site does not have', () => {
  const dir = join(work, 'links');
  mkdirSync(dir, { recursive: true });
  const site = join(fixtures, 'sites/versions');
  for (const name of readdirSync(site)) copyFileSync(join(site, name), join(dir, name));
  copyFileSync(join(fixtures, 'links/unknown-topic/lenker.md'), join(dir, 'lenker.md'));
  const expected = readFileSync(join(fixtures, 'links/unknown-topic/error.txt'), 'utf8').trim();
  const { status, output } = buildSite(dir, join(work, 'links-dist'));
  expect(status).not.toBe(0);
  expect(output).toContain(`${relative(root, dir)}/${expected}`);
}, 120_000);

// A source document the project does not hold (tests/fixtures/sources/misspelt): the build stops at
// the guideline's source line, naming the file it has.
test('the production build stops on a source that is not in content/sources', () => {
  const dir = join(work, 'sources');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(fixtures, 'sources/misspelt/guideline.md'), join(dir, 'guideline.md'));
  const expected = readFileSync(join(fixtures, 'sources/misspelt/error.txt'), 'utf8').trim();
  const { status, output } = buildSite(dir, join(work, 'sources-dist'));
  expect(status).not.toBe(0);
  expect(output).toContain(`${relative(root, dir)}/${expected}`);
}, 120_000);

// The guideline loader keeps the guidelines the last build parsed while nothing they are made from
// has changed (src/content/loader.ts): an edit must be parsed, and a broken one must still stop the build.
test('a build keeps the parsed guidelines until a file changes, then parses again and stops on a broken one', () => {
  const dir = join(work, 'kept');
  const dist = join(work, 'kept-dist');
  mkdirSync(dir, { recursive: true });
  const guidelines = join(root, 'content/guidelines');
  for (const name of readdirSync(guidelines).filter((file) => file.endsWith('.md')))
    copyFileSync(join(guidelines, name), join(dir, name));
  const parsed = /\[guideline-loader\] \d+ guidelines, \d+ clauses/;
  const kept = /\[guideline-loader\] \d+ guideline files as the last build parsed them/;
  const build = () => {
    const { status, output } = buildSite(dir, dist);
    return { status, output, parsed: parsed.test(output), kept: kept.test(output) };
  };
  expect(build()).toMatchObject({ status: 0 });
  expect(build()).toMatchObject({ status: 0, parsed: false, kept: true });
  const telemark = join(dir, 'telemark.md');
  const text = readFileSync(telemark, 'utf8');
  expect(text).toContain('samhandling');
  writeFileSync(telemark, text.replace('samhandling', 'samhandlingsbeholdt'));
  expect(build()).toMatchObject({ status: 0, parsed: true, kept: false });
  expect(readFileSync(join(dist, 'data/telemark.json'), 'utf8')).toContain('samhandlingsbeholdt');
  copyFileSync(join(fixtures, 'parse/out-of-order/input.md'), join(dir, 'telemark.md'));
  const broken = build();
  expect(broken.status).not.toBe(0);
  expect(broken.output).toContain(relative(root, telemark));
}, 400_000);
