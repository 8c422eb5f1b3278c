import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffArrays } from 'diff';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { afterAll, describe, expect, test } from 'vitest';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { GuidelineError } from '../../../src/lib/model/errors.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { draftGuideline } from '../../../src/lib/import/draft.ts';
import { extractFromLines } from '../../../src/lib/import/lines.ts';
import { linesFromText } from '../../../src/lib/import/text.ts';
import { excessWords, publishedText, wordParts } from '../../../src/lib/import/words.ts';
import type { MetaSchema } from '../../../src/lib/model/types.ts';
import { loadExpectations, loadSite, root, sources, topicIds } from '../helpers/index.ts';
import { encryptedPdf, pdfBomb } from '../helpers/pdf-bytes.ts';

const site = loadSite();
const anyMeta: MetaSchema<Record<string, unknown>> = {
  safeParse: (data) => ({ success: true, data: data as Record<string, unknown> }),
};
const work = mkdtempSync(join(tmpdir(), 'import-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the real command, `npm run import -- …`, as an editor does. */
function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Every published guideline whose source is a PDF's text extraction (content/sources/*.txt), imported from
// that extraction and compared with the hand-made file. Topics are suggested from the other guidelines only.
const drafts = site
  .filter(({ meta }) => meta.source.endsWith('.txt'))
  .map((published) => {
    const { slug, source } = published.meta;
    const extracted = extractFromLines(linesFromText(readFileSync(`${sources}/${source}`, 'utf8')));
    const { markdown, report } = draftGuideline(extracted, {
      file: `${slug}.md`,
      slug,
      source,
      corpus: site.filter((g) => g.meta.slug !== slug),
      topics: topicIds(),
    });
    const draft = parseGuideline(markdown, { file: `${slug}.md`, schema: anyMeta, topics: topicIds() });
    const want = published.clauses.map((clause) => clause.number ?? '–');
    const got = draft.clauses.map((clause) => clause.number ?? '–');
    const changes = diffArrays(want, got);
    const kept = changes
      .filter((change) => !change.added && !change.removed)
      .reduce((sum, change) => sum + change.count, 0);
    const differences = changes
      .filter((change) => change.added || change.removed)
      .map((change) => `${change.added ? 'only in the draft' : 'only published'}: ${change.value.join(' ')}`);
    return {
      slug,
      published,
      extracted,
      markdown,
      report,
      draft,
      exact: differences.length === 0,
      share: kept / want.length,
      differences,
    };
  });

describe.each(drafts)(
  'the draft imported from the seed of $slug',
  ({ published, extracted, report, draft, share, differences }) => {
    test('has the published clause numbers in order (90 % at least); the differences are listed', () => {
      expect({ share: share >= 0.9, differences }).toEqual({
        share: true,
        differences: share === 1 ? [] : differences,
      });
    });

    test('keeps every word of the seed, and its body passes the project’s parser', () => {
      expect(report.parseError).toBeNull();
      expect(report.lost).toEqual([]);
    });

    test('has every word of the published guideline (except words the editor added)', () => {
      const { added: editorial = [], joins = [] } = loadExpectations(published.meta.slug).faithful;
      const added = editorial.flatMap((entry) => wordParts(entry.text));
      // Words the PDF split without a hyphen cannot be told from two words: the editor joins them (`joins` in the expectations).
      const draftText = joins.reduce(
        (text, join) => text.replace(new RegExp(join.replace(' ', '\\s+')), join.replace(' ', '')),
        publishedText(
          {
            title: extracted.meta.title ?? '',
            subtitle: extracted.meta.subtitle,
            lastUpdated: extracted.meta.lastUpdated,
          },
          draft.clauses,
        ),
      );
      const draftWords = wordParts(draftText);
      expect(
        excessWords(
          excessWords(
            // The text's own words: the status banner (version, approval) is written from front matter the editor checks.
            wordParts(publishedText({ ...published.meta, version: null, approved: null }, published.clauses)),
            draftWords,
          ),
          added,
        ),
      ).toEqual([]);
    });

    test('is stopped by the build at the first front matter field the source does not state, and parses once they are filled', () => {
      const {
        markdown,
        report: { toFill },
      } = drafts.find((d) => d.published === published)!;
      const first = toFill[0];
      if (first) {
        const error = (() => {
          try {
            parseGuideline(markdown, { file: 'draft.md', schema: guidelineSchema, topics: topicIds() });
          } catch (caught) {
            return caught;
          }
        })();
        expect(error).toBeInstanceOf(GuidelineError);
        expect((error as GuidelineError).line).toBe(first.line);
      }
      const filled = fill(markdown, toFill);
      expect(
        parseGuideline(filled, { file: 'draft.md', schema: guidelineSchema, topics: topicIds() }).clauses.length,
      ).toBe(draft.clauses.length);
    });
  },
);

test.each(drafts)(
  '$slug: what the draft’s front matter reads from the seed agrees with the hand-made file',
  ({ published, extracted: { meta } }) => {
    const found = {
      kind: meta.kind,
      number: meta.number,
      language: meta.language,
      lastUpdated: meta.lastUpdated,
      approved: meta.approved?.date ?? null,
      title: meta.title,
    };
    const made = {
      kind: published.meta.kind,
      number: published.meta.number,
      language: published.meta.language,
      lastUpdated: published.meta.lastUpdated,
      approved: published.meta.approved?.date ?? null,
      title: published.meta.title,
    };
    // A field the source does not state stays empty for the editor; one it found must be right (the title
    // word for word; spaces aside, and the dots of a blank, which St. Olav's editor wrote as the print page fills them).
    const key = (value: string | null) => value?.replace(/[\s.…]+/g, '') ?? null;
    for (const [field, value] of Object.entries(found))
      if (value !== null) expect({ [field]: key(value) }).toEqual({ [field]: key(made[field as keyof typeof made]) });
  },
);

test('at least four in five seed imports have exactly the published clause numbers', () => {
  const inexact = drafts.filter((d) => !d.exact).map((d) => `${d.slug}: ${d.differences.join('; ')}`);
  expect(inexact.length, inexact.join('\n')).toBeLessThanOrEqual(Math.floor(drafts.length / 5));
});

test('topic suggestions are mostly the topics the editors chose for the same clause', () => {
  const suggestions = drafts.flatMap(({ published, draft, report }) =>
    report.suggestions.map((suggestion) => {
      // The draft's clause and the published one share their number, or their heading when unnumbered.
      const clause = draft.clauses.find(
        (c) => (c.number ? `${c.number} ${c.heading}` : c.heading) === suggestion.clause,
      );
      const made = published.clauses.find(
        (c) => c.number === clause?.number && (c.number !== null || c.heading === clause?.heading),
      );
      return { ...suggestion, agrees: suggestion.topics.every((topic) => made?.topics.includes(topic)) };
    }),
  );
  for (const suggestion of suggestions) {
    expect(suggestion.topics.every((topic) => topicIds().has(topic))).toBe(true);
    // A case for its topic, unless the topic is its section's: a sub-clause whose heading names nothing
    // takes its section's topic where its text is nearest it, however weakly (docs/editing.md).
    if (!suggestion.bySection) expect(suggestion.score).toBeGreaterThanOrEqual(0.2);
    // The words that decided are words of the clause (or its headings), for the report.
    expect(suggestion.words.length).toBeGreaterThan(0);
  }
  expect(suggestions.length).toBeGreaterThanOrEqual(10);
  expect(suggestions.filter((s) => s.agrees).length / suggestions.length).toBeGreaterThanOrEqual(0.8);
});

// A value for each field a draft leaves empty, as an editor would fill it in.
const FILLED: Record<string, string> = {
  title: '"Tittel"',
  subtitle: 'null',
  shortTitle: '"Kort"',
  citation: '"Retningslinje"',
  region: '"Region"',
  hospital: '"Sykehuset HF"',
  municipalities: '"Kommunene"',
  kind: 'retningslinje',
  number: 'null',
  status: 'utkast',
  version: '"1"',
  approved: 'null',
  lastUpdated: 'null',
  source: 'kilde.txt',
};
function fill(markdown: string, fields: ReadonlyArray<{ field: string; line: number }>): string {
  const lines = markdown.split('\n');
  for (const { field, line } of fields) {
    lines[line - 1] = field.startsWith('signatories.')
      ? lines[line - 1]!.replace('name: ""', 'name: "Part"')
      : `${field}: ${FILLED[field]}`;
  }
  return lines.join('\n');
}

describe('a Word document built here (title, numbered headings at two levels, a bullet list, a table, a footnote)', async () => {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    footnotes: {
      1: { children: [new Paragraph('Normen er en bransjenorm for informasjonssikkerhet og personvern.')] },
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Retningslinje 9 Samarbeid om e-helse', heading: HeadingLevel.TITLE }),
          new Paragraph('Denne retningslinjen gjelder mellom kommunene i Vestfold og Sykehuset i Vestfold HF.'),
          new Paragraph({ text: '1 Formål', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Partene skal følge Normen'),
              new FootnoteReferenceRun(1),
              new TextRun(' og nasjonale krav til IKT-løsninger.'),
            ],
          }),
          new Paragraph({ text: '1.1 Meldingsutveksling', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Partene skal'),
          new Paragraph({ text: 'bruke elektroniske meldinger', bullet: { level: 0 } }),
          new Paragraph({ text: 'overvåke meldingsflyten hver dag', bullet: { level: 0 } }),
          new Paragraph({ text: '2 Kontaktpunkter', heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Part'), cell('Kontaktpunkt')] }),
              new TableRow({ children: [cell('Kommunen'), cell('Servicetorget')] }),
              new TableRow({ children: [cell('Sykehuset'), cell('IKT-avdelingen')] }),
            ],
          }),
          new Paragraph({ text: 'Felles ansvar', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Partene varsler hverandre om planlagt nedetid.', alignment: AlignmentType.LEFT }),
        ],
      },
    ],
  });
  const input = join(work, 'vestfold.docx');
  writeFileSync(input, await Packer.toBuffer(doc));
  const out = join(work, 'docx');
  const result = runImport(input, '--out', out);
  const markdown = readFileSync(join(out, 'vestfold.md'), 'utf8');
  const { clauses } = parseGuideline(markdown, { file: 'vestfold.md', schema: anyMeta, topics: topicIds() });

  test('is imported with every word and exit code 0', () => {
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('words: every word of the source is in the draft');
    expect(result.code).toBe(0);
  });

  test('has its clauses at the right levels, the title in front matter', () => {
    expect(clauses.map((c) => `${c.level} ${c.number ?? '–'} ${c.heading ?? '(innledning)'}`)).toEqual([
      '1 – (innledning)',
      '1 1 Formål',
      '2 1.1 Meldingsutveksling',
      '1 2 Kontaktpunkter',
      '2 – Felles ansvar',
    ]);
    expect(markdown).toMatch(/^title: "Retningslinje 9 Samarbeid om e-helse"$/m);
    expect(markdown).toMatch(/^kind: retningslinje$/m);
    expect(markdown).toMatch(/^number: "9"$/m);
  });

  test('keeps the list, the table and the footnote', () => {
    const text = (id: string) => clauses.find((c) => c.id === id)!;
    expect(text('punkt-1-1').text).toBe(
      'Partene skal\n\n- bruke elektroniske meldinger\n- overvåke meldingsflyten hver dag',
    );
    expect(text('punkt-2').text).toBe('Part | Kontaktpunkt\nKommunen | Servicetorget\nSykehuset | IKT-avdelingen');
    expect(text('punkt-1').footnotes.map((f) => `${f.number}: ${f.text}`)).toEqual([
      '1: Normen er en bransjenorm for informasjonssikkerhet og personvern.',
    ]);
    expect(text('punkt-1').html).toContain('IKT-løsninger');
  });
});

test('a Word document without heading styles has its numbered and bold paragraphs as headings', async () => {
  const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Denne retningslinjen gjelder mellom kommunene og sykehuset.'),
          new Paragraph('1 Formål'),
          new Paragraph('Partene samarbeider om 2 tjenester og 3 systemer.'),
          bold('1.1 Meldinger'),
          new Paragraph('Partene sender meldinger.'),
          bold('Felles ansvar'),
          new Paragraph({
            children: [
              new TextRun('Partene har '),
              new TextRun({ text: 'felles', bold: true }),
              new TextRun(' rutiner.'),
            ],
          }),
          new Paragraph('2 Avvik'),
          new Paragraph('Avvik meldes.'),
        ],
      },
    ],
  });
  const input = join(work, 'uten-stiler.docx');
  writeFileSync(input, await Packer.toBuffer(doc));
  const { code, stdout } = runImport(input, '--out', join(work, 'plain'));
  expect(stdout).toContain('words: every word of the source is in the draft');
  expect(code).toBe(0);
  const { clauses } = parseGuideline(readFileSync(join(work, 'plain', 'uten-stiler.md'), 'utf8'), {
    file: 'uten-stiler.md',
    schema: anyMeta,
    topics: topicIds(),
  });
  expect(clauses.map((c) => `${c.level} ${c.number ?? '–'} ${c.heading ?? '(innledning)'}`)).toEqual([
    '1 – (innledning)',
    '1 1 Formål',
    '2 1.1 Meldinger',
    '3 – Felles ansvar',
    '1 2 Avvik',
  ]);
}, 20_000);

describe('bad input stops the import with one line, exit code 2, and nothing written', () => {
  const out = join(work, 'bad');
  const cases: Array<{ name: string; file: string; data: Uint8Array | string; message: RegExp }> = [
    {
      name: 'an unknown extension',
      file: 'retningslinje.rtf',
      data: '{\\rtf1 Retningslinje}',
      message: /retningslinje\.rtf: unknown file type `\.rtf`: import reads \.txt, \.pdf, \.docx$/,
    },
    { name: 'an empty text file', file: 'tom.txt', data: '  \n\n', message: /tom\.txt: the file is empty$/ },
    { name: 'an empty PDF', file: 'tom.pdf', data: '', message: /tom\.pdf: the file is empty$/ },
    {
      name: 'a corrupt Word file',
      file: 'skadet.docx',
      data: 'PK\u0003\u0004 not a zip archive',
      message: /skadet\.docx: not a readable Word document \(\.docx\): .+: save it again from Word as \.docx$/,
    },
    {
      name: 'a text whose every line is page furniture',
      file: 'sidetall.txt',
      data: ['1', '2', '3', 'Side 4 av 4'].join('\n\f'),
      message:
        /sidetall\.txt: the draft would have no text: every line of the source was left out as page furniture, cover, contents list or signature block \(4 lines; the first, page 1, line 1, as page number: «1»\): check that the file is the guideline itself; nothing was written$/,
    },
    {
      name: 'a PDF stream bomb (11 KB that unpack to 4 GiB)',
      file: 'bombe.pdf',
      data: pdfBomb({ bytes: 4 * 1024 ** 3, layers: 2 }),
      message:
        /bombe\.pdf: object 4 unpacks to more than 32 MB, the most one stream may \(MAX_PDF_STREAM_BYTES\): it is not an ordinary document: print it to PDF again, or import the Word or text version$/,
    },
    {
      name: 'an encrypted PDF',
      file: 'kryptert.pdf',
      data: encryptedPdf(),
      message: /kryptert\.pdf: the PDF is encrypted \(password-protected\): save an unprotected copy/,
    },
  ];
  test.each(cases)(
    '$name',
    ({ file, data, message }) => {
      const input = join(work, file);
      writeFileSync(input, data);
      const { code, stdout, stderr } = runImport(input, '--out', out);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr.trimEnd()).toMatch(message);
      expect(stderr).toMatch(/^import: /);
      expect(stdout).toBe('');
      expect(code).toBe(2);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    },
    20_000,
  ); // one run of the command

  // Lines on every page are page headers only where the pages have other text: 300 pages of one
  // text once came out as an empty draft with "every word of the source is in the draft".
  test('300 pages of the same text keep their text, every word of it', () => {
    const page =
      'Retningslinje for IKT-samarbeid\n\nPartene samarbeider om elektronisk samhandling og sikker meldingsutveksling.\n';
    const input = join(work, 'gjentatt.txt');
    writeFileSync(input, Array(300).fill(page).join('\f'));
    const dir = join(work, 'repeated');
    const { code, stdout } = runImport(input, '--out', dir);
    expect(code).toBe(0);
    expect(stdout).toContain('words: every word of the source is in the draft');
    expect(stdout).toContain(
      'a line repeated on several pages, perhaps a page header: Partene samarbeider om elektronisk samhandling og sikker meldingsutveksling. (300×)',
    );
    expect(stdout).not.toContain('running header or footer');
    const draft = readFileSync(join(dir, 'gjentatt.md'), 'utf8');
    expect(draft.split('Partene samarbeider om elektronisk samhandling og sikker meldingsutveksling.')).toHaveLength(
      301,
    );
  }, 20_000);

  test('an existing guideline is not overwritten without --force, and is with it', () => {
    const input = join(work, 'eksisterer.txt');
    writeFileSync(input, 'Retningslinje 1 Prøve\n\n1 Formål\nPartene samarbeider om IKT-løsninger.\n');
    const dir = join(work, 'existing');
    const target = join(dir, 'eksisterer.md');
    runImport(input, '--out', dir);
    writeFileSync(target, 'the editor’s work\n');
    const refused = runImport(input, '--out', dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trimEnd()).toMatch(
      /eksisterer\.txt: .*eksisterer\.md exists already: pass --force to overwrite it$/,
    );
    expect(readFileSync(target, 'utf8')).toBe('the editor’s work\n');
    const forced = runImport(input, '--out', dir, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^## 1 Formål/m);
  }, 30_000); // three runs of the command
});
