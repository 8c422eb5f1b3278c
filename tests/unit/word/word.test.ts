import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { guidelineSchema, type GuidelineMeta } from '../../../src/lib/model/schema.ts';
import type { Guideline } from '../../../src/lib/model/types.ts';
import { loadGuidelines } from '../../../src/lib/parse/load.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { exportGuideline } from '../../../src/lib/publish/export.ts';
import { versionChanges } from '../../../src/lib/versions/changes.ts';
import { docxBytes, endLines, guidelineDocument, titleLines } from '../../../src/lib/word/document.ts';
import { revisionDocument } from '../../../src/lib/word/revision.ts';
import { bodyParagraphs, docxFiles, footnoteTexts, revisions, words, type Reading } from '../helpers/docx-text.ts';
import { fixtures, loadSite, topicIds } from '../helpers/index.ts';

type SiteGuideline = Guideline<GuidelineMeta>;

/**
 * The site's plain text of a version, from the JSON export the site publishes: the title block and
 * closing page the Word file frames it with, and each clause's number, heading, notes and text.
 */
function siteText(guideline: SiteGuideline): string {
  const published = exportGuideline(guideline);
  const clauses = published.clauses.flatMap((clause) => [
    [clause.number, clause.heading, ...clause.notes.map((note) => `(${note})`)].filter(Boolean).join(' '),
    clause.text,
  ]);
  return [...titleLines(guideline), ...clauses, ...endLines(guideline)]
    .map((line) => (typeof line === 'string' ? line : line.text))
    .join('\n');
}

const read = async (document: Parameters<typeof docxBytes>[0]) => docxBytes(document);
const docxWords = (bytes: Uint8Array, reading: Reading) => words(bodyParagraphs(bytes, reading).join('\n'));

const versionsSite = (): SiteGuideline[] => {
  const dir = `${fixtures}/sites/versions`;
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ file: `tests/fixtures/sites/versions/${name}`, source: readFileSync(`${dir}/${name}`, 'utf8') }));
  return loadGuidelines(files, guidelineSchema, topicIds());
};

const allVersions = [...loadSite(), ...versionsSite()];

describe('a guideline version as Word', () => {
  test.each(allVersions.map((guideline) => [`${guideline.meta.slug} ${guideline.meta.version}`, guideline] as const))(
    '%s: the text is the site’s plain text word for word, footnotes as Word footnotes',
    async (_name, guideline) => {
      const bytes = await read(guidelineDocument(guideline));
      expect(docxWords(bytes, 'as-is')).toEqual(words(siteText(guideline)));
      expect(revisions(bytes)).toEqual([]);
      expect(footnoteTexts(bytes)).toEqual(
        guideline.clauses.flatMap((clause) => clause.footnotes.map((note) => note.text.replace(/\s+/g, ' ').trim())),
      );
      // The fingerprint and version in the document's properties, and on the last page.
      const custom = docxFiles(bytes).get('docProps/custom.xml')!;
      expect(custom).toContain(guideline.fingerprint);
      expect(custom).toContain(`<vt:lpwstr>${guideline.meta.version}</vt:lpwstr>`);
      expect(bodyParagraphs(bytes).slice(-3).join(' ')).toContain(guideline.fingerprint);
    },
  );

  test('numbers are text, never Word’s automatic numbering', async () => {
    const innlandet = allVersions.find((guideline) => guideline.meta.slug === 'innlandet')!;
    const xml = docxFiles(await read(guidelineDocument(innlandet))).get('word/document.xml')!;
    expect(xml).not.toContain('<w:numPr>');
    // Innlandet's list "1. elektroniske meldinger …" keeps its numbers as written.
    expect(bodyParagraphs(await read(guidelineDocument(innlandet)))).toContain('1. elektroniske meldinger');
  });

  test('a placeholder is a visible blank', async () => {
    const stOlav = allVersions.find((guideline) => guideline.meta.slug === 'st-olav')!;
    const text = bodyParagraphs(await read(guidelineDocument(stOlav))).join('\n');
    expect(text).toContain('Avtalen er inngått mellom …………………… kommune');
  });
});

// Two versions' bodies: the change fixtures (tests/fixtures/versions/<case>/before.md, after.md)
// under the front matter of the versions site's demo.md, one version 1 and the other version 2.
const frontMatter = readFileSync(`${fixtures}/sites/versions/demo.md`, 'utf8').match(/^---\n[^]*?\n---\n/)![0];
const parse = (file: string, version: string) =>
  parseGuideline(frontMatter.replace('version: "2"', `version: "${version}"`) + readFileSync(file, 'utf8'), {
    file,
    schema: guidelineSchema,
  }) as SiteGuideline;

const fixturePairs = (group: string) =>
  readdirSync(`${fixtures}/${group}`)
    .filter((name) => readdirSync(`${fixtures}/${group}/${name}`).includes('before.md'))
    .map(
      (name) =>
        [
          `${group}/${name}`,
          parse(`${fixtures}/${group}/${name}/before.md`, '1'),
          parse(`${fixtures}/${group}/${name}/after.md`, '2'),
        ] as const,
    );

// The versions site's pairs, as its change pages pair them: a draft is the later side.
const sitePairs = versionsSite()
  .filter((guideline) => !guideline.current)
  .map((other) => {
    const current = versionsSite().find((guideline) => guideline.current && guideline.meta.slug === other.meta.slug)!;
    const [from, to] = other.meta.status === 'utkast' ? [current, other] : [other, current];
    return [`sites/versions ${other.meta.slug} ${from.meta.version} → ${to.meta.version}`, from, to] as const;
  });

describe('a revision as tracked changes', () => {
  test.each([...fixturePairs('versions'), ...fixturePairs('word'), ...sitePairs])(
    '%s: accepting every change gives the later version, rejecting every change the earlier',
    async (_name, earlier, later) => {
      const bytes = await read(revisionDocument(earlier, later, versionChanges(earlier.clauses, later.clauses)));
      expect(docxWords(bytes, 'accept')).toEqual(words(siteText(later)));
      expect(docxWords(bytes, 'reject')).toEqual(words(siteText(earlier)));
      const changes = revisions(bytes);
      expect(changes.length).toBeGreaterThan(0);
      const author = later.meta.approved?.by ?? 'IKT-retningslinjer';
      expect(new Set(changes.map((change) => change.author))).toEqual(new Set([author]));
    },
  );

  test('a moved clause is deleted at its old place and inserted at its new, with a comment naming the move', async () => {
    const [, earlier, later] = fixturePairs('versions').find(([name]) => name === 'versions/mix')!;
    const bytes = await read(revisionDocument(earlier, later, versionChanges(earlier.clauses, later.clauses)));
    const paragraphs = bodyParagraphs(bytes, 'as-is');
    // Old 4 Avvik stood before old 5 Uenighet; it now stands after it, as 5 (Uenighet is 4 now: its
    // number is diffed, 5 deleted and 4 inserted, read as they stand: «54»).
    const at = (text: string) => paragraphs.indexOf(text);
    expect(at('4 Avvik')).toBeGreaterThan(-1);
    expect(at('4 Avvik')).toBeLessThan(at('54 Uenighet'));
    expect(at('5 Avvik')).toBeGreaterThan(at('54 Uenighet'));
    const comments = docxFiles(bytes).get('word/comments.xml')!;
    expect(comments).toContain('Flyttet fra punkt 4 til punkt 5');
    expect(comments).toContain('Punkt 2.1 er delt i punkt 2.1 og punkt 2.2');
    // Each change is dated with the later version's approval.
    expect(new Set(revisions(bytes).map((change) => change.date))).toEqual(new Set(['2025-02-06T00:00:00Z']));
  });

  test('without an approval or any date in either version, a change is by «IKT-retningslinjer» and has no date', async () => {
    const undated = (guideline: SiteGuideline) => ({
      ...guideline,
      meta: { ...guideline.meta, status: 'utkast' as const, approved: null, lastUpdated: null },
    });
    const [, earlier, later] = fixturePairs('versions').find(([name]) => name === 'versions/reworded')!;
    const bytes = await read(
      revisionDocument(undated(earlier), undated(later), versionChanges(earlier.clauses, later.clauses)),
    );
    const changes = revisions(bytes);
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes.map(({ author, date }) => `${author} ${date}`))).toEqual(new Set(['IKT-retningslinjer ']));
    expect(docxWords(bytes, 'accept')).toEqual(words(siteText(undated(later))));
  });
});
