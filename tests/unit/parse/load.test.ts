import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guidelineSchema, topicsSchema } from '../../../src/lib/model/schema.ts';
import { parseTopics } from '../../../src/lib/parse/topics.ts';
import { loadGuidelines } from '../../../src/lib/parse/load.ts';
import { fingerprint } from '../../../src/lib/parse/fingerprint.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { shortFingerprint } from '../../../src/lib/print/verify.ts';
import { fixtures, loadSite, topicIds } from '../helpers/index.ts';

const valid = readFileSync(`${fixtures}/parse/numbered-clauses/input.md`, 'utf8');
// Each guideline of a set has its own short title and region (two alike stop the build: see below).
const file = (slug: string, source: string) => ({
  file: `content/guidelines/${slug}.md`,
  source: source
    .replace('slug: input', `slug: ${slug}`)
    .replace('shortTitle: Prøve', `shortTitle: Prøve ${slug}`)
    .replace('region: Prøveland', `region: Prøveland ${slug}`),
});

describe('the set of guidelines', () => {
  test('a slug that differs from the file name stops the build at the slug line', () => {
    expect(() =>
      loadGuidelines([{ file: 'content/guidelines/telemark.md', source: valid }], guidelineSchema, topicIds()),
    ).toThrow(
      'content/guidelines/telemark.md:2: slug `input` does not match the file name: rename the file to input.md or set slug: telemark',
    );
  });

  test('a link to another guideline’s clause must find that clause', () => {
    const linking = valid.replace('Partene kan bruke video.', 'Se [UNN 4.1](/retningslinjer/unn/#punkt-4-9).');
    expect(() => loadGuidelines([file('a', linking), file('unn', valid)], guidelineSchema, topicIds())).toThrow(
      /^content\/guidelines\/a\.md:\d+:\d+: link to \/retningslinjer\/unn\/#punkt-4-9: unn has no clause `punkt-4-9`: did you mean #punkt-2-1\?$/,
    );
    const good = valid.replace('Partene kan bruke video.', 'Se [UNN 2.1](/retningslinjer/unn/#punkt-2-1).');
    expect(loadGuidelines([file('a', good), file('unn', valid)], guidelineSchema, topicIds())).toHaveLength(2);
  });

  test('a link to a guideline that does not exist stops the build', () => {
    const linking = valid.replace('Partene kan bruke video.', 'Se [Finnmark](/retningslinjer/finnmark/).');
    expect(() => loadGuidelines([file('a', linking)], guidelineSchema, topicIds())).toThrow(
      /a\.md:\d+:\d+: link to \/retningslinjer\/finnmark\/: there is no guideline with slug `finnmark`/,
    );
  });
});

// tests/fixtures/links/<case>/lenker.md: a guideline linking to site pages, loaded beside the site of
// tests/fixtures/sites/versions (two guidelines, versions, topics); error.txt holds the message, and
// a case without one links to a page of every kind and loads.
describe('links to site pages', () => {
  const site = `${fixtures}/sites/versions`;
  const others = readdirSync(site).map((name) => ({
    file: `sites/${name}`,
    source: readFileSync(`${site}/${name}`, 'utf8'),
  }));
  const cases = readdirSync(`${fixtures}/links`);
  test.each(cases)('%s', (name) => {
    const dir = `${fixtures}/links/${name}`;
    const load = () =>
      loadGuidelines(
        [...others, { file: 'lenker.md', source: readFileSync(`${dir}/lenker.md`, 'utf8') }],
        guidelineSchema,
        topicIds(),
      );
    if (existsSync(`${dir}/error.txt`)) expect(load).toThrow(readFileSync(`${dir}/error.txt`, 'utf8').trim());
    else expect(load().map((guideline) => guideline.meta.slug)).toContain('lenker');
  });

  test('the fixtures hold both kinds of case', () => {
    const failing = cases.filter((name) => existsSync(`${fixtures}/links/${name}/error.txt`));
    expect(failing.length).toBeGreaterThanOrEqual(5);
    expect(cases.length - failing.length).toBeGreaterThanOrEqual(1);
  });

  test("a link in an earlier version's text is checked too (its change page publishes it)", () => {
    const linking = others.map((other) =>
      other.file === 'sites/demo@1.md'
        ? { ...other, source: other.source.replace(/\n## 1 (.*)\n/, '\n## 1 $1\n\n[x](/tema/ukjent/)\n') }
        : other,
    );
    expect(() => loadGuidelines(linking, guidelineSchema, topicIds())).toThrow(
      /^sites\/demo@1\.md:\d+:\d+: link to \/tema\/ukjent\/: the site has no page/,
    );
  });
});

describe('fingerprint', () => {
  const parse = (source: string) =>
    parseGuideline(source, { file: 'input.md', schema: guidelineSchema, topics: topicIds() });
  const base = parse(valid).fingerprint;

  test('is a SHA-256 hex digest', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each([
    { change: 'one changed word', from: 'Partene kan bruke video.', to: 'Partene skal bruke video.' },
    { change: 'a changed heading', from: '### 2.2 Video', to: '### 2.2 Videomøter' },
    { change: 'a moved sentence', from: 'Det finnes egnede rom.', to: 'Det finnes rom egnede.' },
    { change: 'a changed front matter field is not part of it', from: 'version: "1"', to: 'version: "2"', same: true },
    {
      change: 'reflowed whitespace is not part of it',
      from: 'Retningslinjen skal bidra til sikker samhandling.',
      to: 'Retningslinjen skal bidra\ntil   sikker samhandling.',
      same: true,
    },
  ])('$change', ({ from, to, same }) => {
    expect(valid).toContain(from);
    const changed = parse(valid.replace(from, to)).fingerprint;
    if (same) expect(changed).toBe(base);
    else expect(changed).not.toBe(base);
    // The short code printed on every page changes with it: a paper copy with one word changed does not verify.
    if (same) expect(shortFingerprint(changed)).toBe(shortFingerprint(base));
    else expect(shortFingerprint(changed)).not.toBe(shortFingerprint(base));
  });

  test('each published guideline has its own', () => {
    const prints = loadSite().map((guideline) => guideline.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    for (const guideline of loadSite()) expect(guideline.fingerprint).toBe(fingerprint(guideline.clauses));
  });
});

describe('the topic list', () => {
  const topics = readFileSync(new URL('../../../content/topics.yaml', import.meta.url), 'utf8');
  const read = (source: string) => () => parseTopics(source, { file: 'content/topics.yaml', schema: topicsSchema });

  test('has about 15 to 25 topics, each with a Bokmål and a Nynorsk name and a description', () => {
    const list = read(topics)();
    expect(list.length).toBeGreaterThanOrEqual(15);
    expect(list.length).toBeLessThanOrEqual(25);
  });

  test.each([
    {
      problem: 'a repeated id',
      edit: (s: string) => `${s}- id: testing\n  nb: Test\n  nn: Test\n  description: Igjen.\n`,
      message: /^content\/topics\.yaml:\d+: topic id `testing` is used twice \(also at line \d+\): each id once$/,
    },
    {
      problem: 'a missing Nynorsk name',
      edit: (s: string) => s.replace('  nn: Testing\n', ''),
      message: /^content\/topics\.yaml:\d+: `\d+\.nn` is missing: add `nn:`/,
    },
    {
      problem: 'an id with spaces',
      edit: (s: string) => s.replace('- id: testing', '- id: test ing'),
      message: /^content\/topics\.yaml:\d+: `\d+\.id`: use lower-case letters/,
    },
    {
      problem: 'a former id that is a topic now',
      edit: (s: string) =>
        `${s}- id: gammelt\n  nb: Gammelt\n  nn: Gamalt\n  description: Før.\n  formerly: [testing]\n`,
      message:
        /^content\/topics\.yaml:\d+: topic id `testing` is a former id of `gammelt` and a topic of its own: an old address leads to one topic/,
    },
    {
      problem: 'a former id of two topics',
      edit: (s: string) =>
        `${s}- id: gammelt\n  nb: Gammelt\n  nn: Gamalt\n  description: Før.\n  formerly: [begreper-og-vedlegg]\n`,
      message:
        /^content\/topics\.yaml:\d+: topic id `begreper-og-vedlegg` is a former id of `gammelt` and of another topic/,
    },
  ])('rejects $problem with file:line', ({ edit, message }) => {
    expect(read(edit(topics))).toThrow(message);
  });
});

describe('versions and names across the set (issue 23)', () => {
  const version = (name: string, slug: string, label: string, extra = (source: string) => source) => ({
    file: `content/guidelines/${name}`,
    source: extra(file(slug, valid).source.replace('version: "1"', `version: "${label}"`)),
  });
  const load = (files: Array<{ file: string; source: string }>) => () =>
    loadGuidelines(files, guidelineSchema, topicIds());

  // Regression: 1.0 and 1/0 both wrote /endringer/1-0/, and one version's change page showed the other's changes.
  test('two versions whose change pages share an address stop the build at the version line', () => {
    expect(load([version('a.md', 'a', '2'), version('a@x.md', 'a', '1.0'), version('a@y.md', 'a', '1/0')])).toThrow(
      "content/guidelines/a@y.md:14: version `1/0` makes the same address as version `1.0` in content/guidelines/a@x.md (/retningslinjer/a/endringer/1-0/), so one change page would show the other version's changes: write the versions so that their letters and digits differ",
    );
    expect(
      load([version('a.md', 'a', '2'), version('a@x.md', 'a', '1.0'), version('a@y.md', 'a', '1.1')])(),
    ).toHaveLength(3);
  });

  test('a version with no letter or digit for its address stops the build', () => {
    expect(load([version('a.md', 'a', '2'), version('a@x.md', 'a', '§')])).toThrow(
      /^content\/guidelines\/a@x\.md:14: version `§` has no letter a–z or digit to make the address of its change page from/,
    );
  });

  test('a file name with an empty version label names the forms it may take', () => {
    expect(load([version('a@.md', 'a', '2')])).toThrow(
      'content/guidelines/a@.md:1: the file name `a@.md` is neither <slug>.md (the current version) nor <slug>@<label>.md (another version): write the label after a single @ (telemark@2024.md), or remove the @',
    );
  });

  test('a file ending in .MD is a guideline like any other', () => {
    expect(load([version('a.MD', 'a', '2')])()[0]!.meta.slug).toBe('a');
  });

  // Regression: a second guideline called Telemark gave «Telemark og Telemark sammenlignet».
  test('a short title another guideline uses stops the build at its line', () => {
    const same = (source: string) => source.replace(/^shortTitle: .*$/m, 'shortTitle: Telemark');
    expect(load([version('a.md', 'a', '2', same), version('b.md', 'b', '2', same)])).toThrow(
      'content/guidelines/b.md:5: shortTitle `Telemark` is already used by content/guidelines/a.md: each guideline needs its own shortTitle, or lists and comparisons cannot tell them apart',
    );
  });

  test('a title another guideline of the same region uses stops the build; other regions may share it', () => {
    const region = (name: string) => (source: string) => source.replace(/^region: .*$/m, `region: ${name}`);
    expect(load([version('a.md', 'a', '2', region('Agder')), version('b.md', 'b', '2', region('Agder'))])).toThrow(
      /^content\/guidelines\/b\.md:3: title `Retningslinje for prøving` is already used by content\/guidelines\/a\.md for the same region/,
    );
    expect(
      load([version('a.md', 'a', '2', region('Agder')), version('b.md', 'b', '2', region('Troms'))])(),
    ).toHaveLength(2);
  });
});
