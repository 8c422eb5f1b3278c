import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { exportGuideline } from '../../../src/lib/publish/export.ts';
import { asText, CSV_COLUMNS, obligationsCsv } from '../../../src/lib/obligations/csv.ts';
import { loadSite } from '../helpers/index.ts';

// The CSV names party and type in the pages' words; the JSON keeps the keys.
const PARTY_WORDS: Record<string, string> = {
  'Felles for begge parter': 'felles',
  Kommunen: 'kommune',
  Helseforetaket: 'helseforetak',
};
const TYPE_WORDS: Record<string, string> = { Plikt: 'plikt', Anbefaling: 'anbefaling', Adgang: 'adgang' };

const guidelines = loadSite()
  .filter((guideline) => guideline.current)
  .map(exportGuideline);

test.each(guidelines.map((guideline) => ({ slug: guideline.slug, guideline })))(
  '$slug: the CSV read back (csv-parse) is the JSON export',
  ({ guideline }) => {
    const csv = obligationsCsv(guideline);
    expect(csv.startsWith('\uFEFFID;Punkt;Part;')).toBe(true);
    const [header, ...rows] = parse(csv, { bom: true, delimiter: ';', record_delimiter: '\r\n' }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    const back = rows.map((row) => Object.fromEntries(header!.map((key, index) => [key, row[index]])));
    expect(
      back.map((row) => ({
        id: row.ID,
        party: PARTY_WORDS[row.Part!],
        actor: row['Aktør'] || null,
        modality: TYPE_WORDS[row.Type!],
        text: row.Tekst,
        leadIn: row.Innledning || null,
        deadline: row['Frist i teksten'] || null,
        topics: row.Tema ? row.Tema.split(', ') : [],
        url: row.Lenke,
      })),
    ).toEqual(
      guideline.obligations.map(({ id, party, actor, modality, text, leadIn, deadline, topics, url }) => ({
        id,
        party,
        actor,
        modality,
        text,
        leadIn,
        deadline,
        topics,
        url,
      })),
    );
    expect(rows.every((row) => row.slice(-4).every((cell) => cell === ''))).toBe(true);
  },
);

test('quotes a field with the separator, a quote or a line break (RFC 4180)', () => {
  const [guideline] = guidelines;
  const tricky = { ...guideline!, obligations: [{ ...guideline!.obligations[0]!, text: 'A; «B» "C"\nD' }] };
  expect(obligationsCsv(tricky).split('\r\n')[1]).toContain(';"A; «B» ""C""\nD";');
});

// A cell that a spreadsheet would run as a formula ("CSV injection") is written as text: a leading
// apostrophe, which Excel and LibreOffice do not show. No text of the five starts so; an editor's might.
test.each(['=HYPERLINK("https://example.org")', '+47 22 00 00 00', '-1', '@SUM(A1)'])(
  'writes %s as text, not a formula',
  (text) => {
    const [guideline] = guidelines;
    const risky = { ...guideline!, obligations: [{ ...guideline!.obligations[0]!, text, actor: text }] };
    const [, row] = parse(obligationsCsv(risky), { bom: true, delimiter: ';', record_delimiter: '\r\n' }) as string[][];
    expect([row![3], row![5]]).toEqual([`'${text}`, `'${text}`]);
  },
);

test('leaves an ordinary cell as it is', () => {
  expect(['Partene skal', '4.1', 'kommune', ''].map(asText)).toEqual(['Partene skal', '4.1', 'kommune', '']);
});
