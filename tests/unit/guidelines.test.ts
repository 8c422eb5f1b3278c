import { describe, expect, test } from 'vitest';
import { loadSite } from './helpers.ts';

const site = loadSite();
const bySlug = (slug: string) => site.find((guideline) => guideline.meta.slug === slug)!;

// Each guideline's clause numbers in document order (null: an unnumbered clause), pinned so that a
// changed transcription or parser shows up here first.
const expected: Record<string, Array<[string | null, string | null]>> = {
  'st-olav': [
    [null, null], ['1', 'PARTENE, FORMÅL, MÅLGRUPPE OG VIRKEOMRÅDE'], ['1.1', 'Parter'], ['1.2', 'Formål'], ['1.3', 'Målgruppe'],
    ['1.4', 'Virkeområde'], ['2', 'SENTRALE PLIKTER, OPPGAVER OG ANSVAR'], ['3', 'ANBEFALT FORLØP FOR ETABLERING AV ELEKTRONISK SAMHANDLING'],
    ['4', 'OPPGAVER OG ANSVAR'], ['4.1', 'Felles ansvar for kommunen og St. Olavs Hospital'], ['4.2', 'St. Olavs Hospital'],
    ['4.3', 'Kommunen'], ['4.4', 'Oppfølging av avtalen'], ['5', 'ØKONOMI OG RESSURSER'], ['6', 'AVVIK/UENIGHET'],
    ['7', 'IVERKSETTING, REVISJON OG OPPSIGELSE'],
  ],
  telemark: [
    [null, null], ['1', 'Formål'], ['2', 'Målgruppe'], ['3', 'Ansvarsforhold og finansiering'],
    ['4', 'Digitale samhandlingsløsninger for kommunikasjon og informasjonsdeling mellom kommuner og STHF'],
    ['5', 'Samhandling om digitale løsninger'], ['5.1', 'Innføring og utvikling av nødvendige nasjonale e-helseløsninger og standarder'],
    ['5.2', 'Digitale løsninger som brukes til veiledning og konsultasjon mellom aktuelle fagmiljø'], ['6', 'Begrepsliste'],
    ['7', 'Lovgrunnlag'], ['8', 'Referanser'], ['9', 'Vedlegg'], ['10', 'Versjonslogg'],
  ],
  unn: [
    ['1', 'Forankring'], ['2', 'Formål'], ['3', 'Lovgrunnlaget'], ['4', 'Ansvar og oppgaver'], ['4.1', 'Meldingsutveksling'],
    ['4.2', 'Samhandling og samarbeid ved bruk av videokommunikasjon'], ['5', 'Tilgang på tvers av virksomhetsgrenser'],
    ['6', 'Brukermedvirkning'], ['7', 'Avvik'], ['8', 'Uenighet'], ['9', 'Varighet, revisjon og oppsigelse'],
  ],
  innlandet: [
    [null, null], ['1', 'Strategisk digital samhandling'], [null, 'Felles ansvar'],
    ['2', 'Drift og forvaltning av dagens informasjonsutveksling i pasientflyt'], [null, 'Felles ansvar'],
    ['2.1', 'Utarbeidelse av lokal tilleggsavtale'], [null, 'Meldingsutveksling spesielt'], [null, 'Videotjenester spesielt'],
    [null, 'Nasjonale felleskomponenter og felleskommunale løsninger spesielt'],
    [null, 'Digital hjemmeoppfølging/medisinsk avstandsoppfølging spesielt'], ['3', 'Meldingsutveksling'],
    ['3.1', 'Kontakt- og varslingsliste'], [null, 'Felles ansvar'], ['3.2', 'Feilsendte meldinger/daglig overvåkning'],
    [null, 'Felles ansvar'], [null, 'Kommunen sitt ansvar'], ['3.3', 'Planlagt nedetid, endringer og oppgraderinger'],
    [null, 'Felles ansvar'], ['3.4', 'Uforutsette hendelser, akutt nedetid'], [null, 'Felles ansvar'], ['3.5', 'Testing'],
    [null, 'Felles ansvar'], [null, 'Sykehuset Innlandet sitt ansvar'], [null, 'Kommunen sitt ansvar'],
    [null, 'Vedlegg: Sjekkliste for normale test-tilfelles'],
  ],
  'more-og-romsdal': [
    ['1', 'Innleiing'], ['1.1', 'Bakgrunn'], ['1.2', 'Utfordringar og muligheiter'], ['1.3', 'Brukarinvolvering:'], ['2', 'Formål'],
    ['3', 'Organisering'], ['3.1', 'Fagråd digital samhandling Møre og Romsdal'], ['3.1.1', 'Mandat'], ['3.2', 'Ressursar'],
    ['4', 'Gjennomføring og forankring'], ['5', 'Mål og tiltak for innsatsområdet'], ['5.1', 'Tiltak perioden 2018-2020'],
  ],
};

test('the site publishes exactly the five guidelines', () => {
  expect(site.map((guideline) => guideline.meta.slug).sort()).toEqual(Object.keys(expected).sort());
});

describe.each(Object.keys(expected))('%s', (slug) => {
  test('has its clauses in order', () => {
    expect(bySlug(slug).clauses.map((clause) => [clause.number, clause.heading])).toEqual(expected[slug]);
  });
});

test.each([
  { slug: 'innlandet', id: 'punkt-3-5-sykehuset-innlandet-sitt-ansvar', party: 'helseforetak' },
  { slug: 'innlandet', id: 'punkt-3-2-kommunen-sitt-ansvar', party: 'kommune' },
  { slug: 'innlandet', id: 'punkt-1-felles-ansvar', party: 'felles' },
  { slug: 'st-olav', id: 'punkt-4-2', party: 'helseforetak' },
  { slug: 'st-olav', id: 'punkt-4-3', party: 'kommune' },
  { slug: 'st-olav', id: 'punkt-4-1', party: 'felles' },
  { slug: 'telemark', id: 'punkt-4', party: null },
])('$slug $id binds $party', ({ slug, id, party }) => {
  expect(bySlug(slug).clauses.find((clause) => clause.id === id)?.party).toBe(party);
});

test('St. Olav keeps its editorial remarks as notes and its blank as a placeholder', () => {
  const stOlav = bySlug('st-olav');
  expect(stOlav.clauses.flatMap((clause) => clause.notes)).toEqual(['Bør dette punktet tas ut?', 'dette punktet bør utgå']);
  expect(stOlav.clauses.find((clause) => clause.id === 'punkt-1-1')!.html).toContain('data-plassholder="kommune"');
});

test('the footnotes of UNN (two) and Møre og Romsdal (one) are GFM footnotes of the clause that cites them', () => {
  expect(bySlug('unn').clauses.flatMap((clause) => clause.footnotes.map((footnote) => `${clause.id} ${footnote.number}`))).toEqual(['punkt-4-1 1', 'punkt-4-1 2']);
  expect(bySlug('more-og-romsdal').clauses.flatMap((clause) => clause.footnotes.map((footnote) => `${clause.id} ${footnote.number}`))).toEqual(['punkt-1-1 1']);
});

test('Innlandet’s checklist holds all 20 test cases with their sender columns', () => {
  const appendix = bySlug('innlandet').clauses.at(-1)!;
  const table = appendix.body.find((node) => node.type === 'table' && node.children[0]!.children.length === 5);
  expect(table?.type).toBe('table');
  const rows = table!.type === 'table' ? table!.children.map((row) => row.children.map((cell) => cell.children.map((c) => ('value' in c ? c.value : '')).join(''))) : [];
  expect(rows[0]).toEqual(['Nr', 'Beskrivelse', 'Avsender kommune', 'Avsender sykehus', 'Resultat']);
  const cases = rows.filter((row) => /^\d+$/.test(row[0]!));
  expect(cases.map((row) => row[0])).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  const senders = cases.map((row) => `${row[2] === 'x' ? 'K' : '-'}${row[3] === 'x' ? 'S' : '-'}`).join(' ');
  expect(senders).toBe('K- -S K- -S K- -S K- -S KS KS KS KS KS K- K- K- K- KS KS -S');
});

test('Møre og Romsdal’s action table has its five columns and every activity', () => {
  const clause = bySlug('more-og-romsdal').clauses.find((c) => c.id === 'punkt-5-1')!;
  const lines = clause.text.split('\n').filter((line) => line.split(' | ').length === 5);
  expect(lines[0]).toBe('Aktivitet/oppdrag | Aksjonspunkt | Ansvarleg | Tidsplan | Kommentar');
  const activities = lines.slice(1).map((line) => line.split(' | ')[0]).filter(Boolean);
  expect(activities).toHaveLength(13);
  expect(activities.at(-1)).toBe('Andre KomUT-oppdrag');
});

test('every clause with text of its own is tagged with a topic (the introductions cannot carry tags)', () => {
  const untagged = site.flatMap(({ meta, clauses }) =>
    clauses.filter((clause) => clause.text !== '' && clause.id !== 'innledning' && clause.topics.length === 0).map((clause) => `${meta.slug}#${clause.id}`),
  );
  expect(untagged).toEqual([]);
});
