import { describe, expect, test } from 'vitest';
import { cssString, pageMarginsCss } from '../../../src/lib/print/margins.ts';
import { showPdfLink } from '../../../src/lib/print/pdf-links.ts';
import { loadSite } from '../helpers/index.ts';

const site = loadSite();
const bySlug = (slug: string) => site.find((guideline) => guideline.meta.slug === slug)!;

describe('the running header and footer', () => {
  const running = {
    title: 'Retningslinje 7',
    region: 'Telemark',
    version: '1',
    status: 'Gjeldende',
    code: '9d88 65d9 3c03',
    draft: false,
  };

  test('name the guideline, region, version, status, fingerprint and page of pages', () => {
    expect(pageMarginsCss(running)).toBe(
      [
        '@page {',
        '  @top-left { content: "Retningslinje 7"; }',
        '  @top-right { content: "Telemark"; }',
        '  @bottom-left { content: "Versjon 1 · Gjeldende · Fingeravtrykk 9d88 65d9 3c03"; }',
        '  @bottom-right { content: "Side " counter(page) " av " counter(pages); }',
        '}',
      ].join('\n'),
    );
  });

  test('stamp a draft UTKAST', () => {
    expect(pageMarginsCss({ ...running, draft: true })).toContain('@top-center { content: "UTKAST"; }');
    expect(pageMarginsCss(running)).not.toContain('UTKAST');
  });

  test.each([
    { text: 'Plain', expected: '"Plain"' },
    { text: 'Say "hi"', expected: '"Say \\22 hi\\22 "' },
    { text: 'a\\b', expected: '"a\\5c b"' },
    { text: '</style><script>', expected: '"\\3c /style>\\3c script>"' },
  ])('put $text safely in a CSS string', ({ text, expected }) => {
    expect(cssString(text)).toBe(expected);
  });
});

describe('Innlandet’s checklist as a form', () => {
  const appendix = bySlug('innlandet').clauses.at(-1)!;
  const cells = (className: string) =>
    [...appendix.html.matchAll(/<tr>((?:(?!<\/tr>)[^])*)<\/tr>/g)]
      .map((row) =>
        [...row[1]!.matchAll(/<td(?: class="([^"]*)")?>([^<]*)<\/td>/g)].map((cell) => ({
          className: cell[1] ?? '',
          text: cell[2]!,
        })),
      )
      .filter((row) => row.some((cell) => cell.className === className));

  test('ticks the Resultat column of each of the 20 numbered cases, and nothing else', () => {
    const rows = cells('avkrysning');
    expect(rows.map((row) => row[0]!.text)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    for (const row of rows) expect(row.map((cell) => cell.className)).toEqual(['', '', '', '', 'avkrysning']);
  });

  test('gives the header fields (date, municipality, testers, systems, test patient) lines to write on', () => {
    const rows = cells('felt');
    expect(rows.map((row) => row[0]!.text)).toEqual(['Dato', 'Kommune', 'Testere', '', 'EPJ', 'Link', 'Testpasient']);
    expect(
      rows
        .flat()
        .filter((cell) => cell.className === 'felt')
        .every((cell) => cell.text === ''),
    ).toBe(true);
    // The first column holds the labels: an empty one there is the row above's label continuing ("Testere").
    expect(rows.map((row) => row[0]!.className)).toEqual(rows.map(() => ''));
    expect(rows.flat().filter((cell) => cell.className === 'felt')).toHaveLength(11);
  });

  test('leaves the tables of the other guidelines alone (Møre og Romsdal’s empty cells are not fields)', () => {
    for (const guideline of site.filter((g) => g.meta.slug !== 'innlandet')) {
      for (const clause of guideline.clauses) expect(clause.html).not.toMatch(/class="(avkrysning|felt)"/);
    }
  });
});

test('a link whose text is its address is marked, so print shows the address once', () => {
  const html = bySlug('telemark')
    .clauses.map((clause) => clause.html)
    .join('\n');
  const bare = html.match(/<a href="([^"]+)" class="bare-url">\1<\/a>/g) ?? [];
  expect(bare).toHaveLength(1);
  expect(html.match(/<a href="https?:[^"]+">/g)?.length).toBeGreaterThan(0);
});

describe('showPdfLink', () => {
  test('turns the one element marked data-pdf-link into a visible link', () => {
    expect(
      showPdfLink(
        '<ul><li>a</li><li data-pdf-link hidden><a data-pdf-href="/pdf/x.pdf" type="application/pdf">PDF</a></li></ul>',
      ),
    ).toBe('<ul><li>a</li><li data-pdf-link><a href="/pdf/x.pdf" type="application/pdf">PDF</a></li></ul>');
  });

  test.each([
    { case: 'none', html: '<p hidden>x</p>' },
    { case: 'two', html: '<li data-pdf-link hidden></li><li data-pdf-link hidden></li>' },
  ])('refuses a page with $case', ({ html }) => {
    expect(() => showPdfLink(html)).toThrow(/expected one element with data-pdf-link/);
  });
});
