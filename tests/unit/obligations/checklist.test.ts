import { parse } from 'csv-parse/browser/esm/sync';
import { describe, expect, test } from 'vitest';
import {
  answerKeys,
  carryChecklist,
  checklistKey,
  readChecklist,
  readVersionChecklist,
  setAnswer,
  type StoredChecklist,
} from '../../../src/lib/obligations/checklist.ts';
import { loadChecklistCsv } from '../../../src/lib/obligations/checklist-csv.ts';
import { csvText, obligationRows } from '../../../src/lib/obligations/csv.ts';
import { exportGuideline } from '../../../src/lib/publish/export.ts';
import { loadSite } from '../helpers/index.ts';

// The checklist a municipality fills in on …/plikter/ (issue 33): kept per guideline and by the
// obligation's words, so a new version keeps the answers to the duties it did not change.

const version1 = [
  { id: 'punkt-2-plikt-1', text: 'Kommunen skal melde avvik innen tre dager.' },
  { id: 'punkt-3-plikt-1', text: 'Helseforetaket skal varsle planlagt nedetid to uker før.' },
  { id: 'punkt-4-plikt-1', text: 'Partene skal møtes en gang i året.' },
];
// Version 2: a clause is put in front (every id moves), one duty reworded, one gone, one new.
const version2 = [
  { id: 'punkt-2-plikt-1', text: 'Partene skal ha en felles kontaktperson.' },
  { id: 'punkt-3-plikt-1', text: 'Kommunen skal  melde avvik innen tre dager.' },
  { id: 'punkt-4-plikt-1', text: 'Helseforetaket skal varsle planlagt nedetid tre uker før.' },
];
const filled = { responsible: 'Kari', status: 'Pågår', due: '2027-03-01', done: true };
/** The obligations as the page hands them to carryChecklist: id, answer key and words. */
const keyed = (obligations: typeof version1) => {
  const keys = answerKeys(obligations);
  return obligations.map(({ id, text }) => ({ id, text, key: keys.get(id)! }));
};

function answer(obligations: typeof version1, index: number, version: string, fields = filled): StoredChecklist {
  const { id, text } = obligations[index]!;
  return setAnswer({}, answerKeys(obligations).get(id)!, { id, text, version }, fields);
}

describe('answerKeys', () => {
  test('keys an obligation by its words, white space aside, not by its id', () => {
    const [a, b] = [answerKeys(version1), answerKeys(version2)];
    expect(a.get('punkt-2-plikt-1')).toBe(b.get('punkt-3-plikt-1'));
    expect(a.get('punkt-3-plikt-1')).not.toBe(b.get('punkt-4-plikt-1'));
  });

  test('two duties with the same words in two clauses keep two answers', () => {
    const keys = answerKeys([
      { id: 'a', text: 'Partene skal møtes.' },
      { id: 'b', text: 'Partene skal møtes.' },
    ]);
    expect(new Set(keys.values()).size).toBe(2);
  });
});

describe('carryChecklist', () => {
  test('a new version keeps the answer to an unchanged duty, shows a reworded one’s, and lists a removed one’s', () => {
    const kept = { ...answer(version1, 0, '1'), ...answer(version1, 1, '1'), ...answer(version1, 2, '1') };
    const carried = carryChecklist(kept, keyed(version2));
    // Unchanged words, new id: the answer holds.
    expect(carried.current.get('punkt-3-plikt-1')).toEqual(filled);
    expect(carried.current.size).toBe(1);
    // Reworded (and renumbered): no answer holds, but the earlier one is shown against the duty it became.
    expect([...carried.changed].map(([id, a]) => [id, a.text])).toEqual([
      ['punkt-4-plikt-1', 'Helseforetaket skal varsle planlagt nedetid to uker før.'],
    ]);
    // Gone: kept, with its words, never dropped.
    expect(carried.removed.map((a) => a.text)).toEqual(['Partene skal møtes en gang i året.']);
  });

  test('once the reworded duty is answered anew, its earlier answer is listed, not lost', () => {
    const kept = answer(version1, 1, '1');
    const keys = answerKeys(version2);
    const answered = setAnswer(
      kept,
      keys.get('punkt-4-plikt-1')!,
      { id: 'punkt-4-plikt-1', text: version2[2]!.text, version: '2' },
      { status: 'Ferdig' },
    );
    const carried = carryChecklist(answered, keyed(version2));
    expect(carried.current.get('punkt-4-plikt-1')?.status).toBe('Ferdig');
    expect(carried.changed.size).toBe(0);
    expect(carried.removed.map((a) => a.version)).toEqual(['1']);
  });

  test('a blank answer is taken out', () => {
    const keys = answerKeys(version1);
    const kept = answer(version1, 0, '1');
    const cleared = setAnswer(
      kept,
      keys.get('punkt-2-plikt-1')!,
      { id: 'punkt-2-plikt-1', text: '', version: '1' },
      {
        responsible: '',
        status: '',
        due: '',
        done: false,
      },
    );
    expect(cleared).toEqual({});
  });
});

describe('what a browser kept', () => {
  test('is read per guideline, anything else left out', () => {
    expect(checklistKey('unn')).toBe('plikter:unn');
    expect(readChecklist(null)).toEqual({});
    expect(readChecklist('not json')).toEqual({});
    expect(readChecklist('[1]')).toEqual({});
    expect(readChecklist(JSON.stringify({ k: { id: 'a', responsible: 'Kari', done: true, due: 3 }, b: 'x' }))).toEqual({
      k: { id: 'a', text: '', version: '', responsible: 'Kari', status: '', due: '', done: true },
    });
  });

  test('the earlier way (per version, by id) is carried by id within its version, and kept apart otherwise', () => {
    const keys = answerKeys(version1);
    const texts = new Map(version1.map(({ id, text }) => [id, text]));
    const stored = JSON.stringify({ 'punkt-2-plikt-1': filled });
    const same = readVersionChecklist(stored, '1', { version: '1', keys, texts });
    expect(carryChecklist(same, keyed(version1)).current.get('punkt-2-plikt-1')).toEqual(filled);
    // Of another version its words are unknown: it is listed with its id, never put on a duty.
    const older = readVersionChecklist(stored, '0', { version: '1', keys, texts });
    const carried = carryChecklist(older, keyed(version1));
    expect(carried.current.size).toBe(0);
    expect(carried.removed.map((a) => [a.id, a.version])).toEqual([['punkt-2-plikt-1', '0']]);
  });
});

describe('loading a downloaded checklist back', () => {
  const guidelines = loadSite()
    .filter((guideline) => guideline.current)
    .map(exportGuideline);
  const names = { slugs: guidelines.map((g) => g.slug), title: (slug: string) => `«${slug}»` };
  const innlandet = guidelines.find((g) => g.slug === 'innlandet')!;
  const read = (text: string) =>
    parse(text, { delimiter: ';', columns: true, bom: true, relax_column_count: true }) as Record<string, string>[];

  test('gives back every answer the page wrote, keyed as the page keys them', () => {
    const [first, second] = innlandet.obligations;
    const fields = new Map([
      [first!.id, { responsible: '=SUM(A1)', status: 'Pågår', due: '2027-03-01', done: true }],
      [second!.id, { responsible: 'Ola; "IT"', status: '', due: '', done: false }],
    ]);
    const file = csvText(obligationRows(innlandet, 'https://example.org', (id) => fields.get(id)));
    const loaded = loadChecklistCsv(read(file), 'innlandet', names);
    if (loaded.kind !== 'answers') throw new Error(loaded.message);
    expect(loaded.filled).toBe(2);
    const carried = carryChecklist(loaded.answers, keyed(innlandet.obligations));
    expect(carried.current.get(first!.id)).toEqual(fields.get(first!.id));
    expect(carried.current.get(second!.id)).toEqual(fields.get(second!.id));
    expect(carried.removed).toEqual([]);
  });

  test('refuses another guideline’s checklist, naming both', () => {
    const unn = guidelines.find((g) => g.slug === 'unn')!;
    const loaded = loadChecklistCsv(read(csvText(obligationRows(unn, 'https://example.org'))), 'innlandet', names);
    expect(loaded).toEqual({
      kind: 'error',
      message: 'Filen er sjekklisten for «unn», ikke for «innlandet». Åpne den på sidens egen sjekkliste.',
    });
  });

  test.each([
    ['a file with other columns', 'Navn;Alder\r\nKari;40\r\n', /kolonnene ID, Tekst, Lenke, .* mangler/],
    ['a file with no rows', `${['ID', 'Tekst'].join(';')}\r\n`, /ingen rader/],
  ])('refuses %s with a sentence', (_name, text, message) => {
    const loaded = loadChecklistCsv(read(text), 'innlandet', names);
    expect(loaded.kind).toBe('error');
    expect(loaded.kind === 'error' && loaded.message).toMatch(message);
  });
});
