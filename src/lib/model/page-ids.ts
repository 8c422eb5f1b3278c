// The ids the site's own pages give their elements, declared once. A clause's id stands on the same
// page as these (the reading and the print page), so no clause may take one of them: issue 33, a
// heading «Innhold» took `innhold`, the skip link's target, and «Tittel» under clause 1 took
// `punkt-1-tittel`, clause 1's heading. tests/unit/model/page-ids.test.ts reads every `id=` of
// src/components, src/layouts and src/pages and checks that each is declared here.
//
// Runs in the browser too: no Node modules here.

/** Ids written as they stand in a layout, component or page. */
export const PAGE_IDS: ReadonlySet<string> = new Set([
  // On every page (Base, SiteSearch)
  'innhold',
  'sok-topp',
  // The reading and print pages (GuidelineText, CompareWith, Footnotes, VersionTimeline, SignedRecords, SignatureForm, SignaturePage, FingerprintTable)
  'innhold-tittel',
  'sammenlign-med',
  'fotnoter',
  'versjoner',
  'signert-tittel',
  'fyll-ut-tittel',
  'underskrifter-tittel',
  'koder-tittel',
  // The other pages
  'oppsummering',
  'sammenlign-a',
  'sammenlign-b',
  'retningslinjer-tittel',
  'retningslinjene',
  'avgrens-tittel',
  'kilder-tittel',
  'kode',
  'kode-hjelp',
  'veier-inn',
  'sok-forside',
  'sok-404',
  'sok-tittel',
  'sok-felt',
  'sok-hjelp',
  'versjoner-tittel',
  'andre-versjoner',
  'uendret',
  'utgangspunkt',
  'uten-tema',
  'per-tema',
  'tema-filter',
  'tema-tittel',
  'tema-hint',
  // The checklist (…/plikter/): the field that loads a downloaded checklist back
  'sjekkliste-fil',
  // The import page (/sammenlign/din-avtale/): its form, and its answers' sections, where the reader's own clauses stand too
  'egen-fil',
  'egen-fil-hint',
  'egen-tekst',
  'egen-motpart',
  'utkast',
  'plikter',
  'sammenligning',
  // The regions: the list of every region's own page (RegionChoice), a topic page's other regions (TopicPage)
  'region-valg',
  'andre-regioner',
]);

/** Ids the pages make from a clause, a footnote, a topic or a party: what they begin or end with. */
export const PAGE_ID_PATTERNS: ReadonlyArray<RegExp> = [
  /-tittel$/, // a section's heading: `<clause id>-tittel` (ClauseSection), `<topic>-tittel`, a signature's title field
  /-plikt-\d+(?:-tekst)?$/, // an obligation's row on the register (`<clause id>-plikt-2`) and its text cell
  /^fn(?:ref)?-\d/, // a footnote and its calls (Footnotes, render/clause-html.ts)
  /^blank-/, // the print page's blanks (SignatureForm)
  /^(?:kommune|helseforetak)(?:-\d+)?-(?:sted|dato|navn|tittel)$/, // a signatory's fields (SignatureForm)
  /^signatur-/, // a signatory's block (SignaturePage)
  /^likhet-(?:tittel|hint)-/, // SimilarityMatrix
  /^gruppe-[ab]-/, // an alignment group on the comparison page (compare/comparison.ts)
  /^endring-/, // a row of the change page (versions/changes.ts)
  /^tema-/, // a topic's section (the comparison, a party's register)
  /^kolonne-/, // a guideline's column on a topic page
  /^part-/, // a party's section of a register
  /^tabell-/, // a party's table of the register
];

/** Whether a page of the site uses `id` for an element of its own. */
export function isPageId(id: string): boolean {
  return PAGE_IDS.has(id) || PAGE_ID_PATTERNS.some((pattern) => pattern.test(id));
}

/**
 * A clause id clear of the page's own: `id` itself, or where a page uses it, `id` with `-avsnitt`
 * after it (`innhold-avsnitt`, `punkt-1-tittel-avsnitt`), or before and after it where that is a page's
 * too (`avsnitt-fn-1-avsnitt`). The same heading always gets the same id.
 */
export function clearOfPageIds(id: string): string {
  if (!isPageId(id)) return id;
  return [`${id}-avsnitt`, `avsnitt-${id}`].find((candidate) => !isPageId(candidate)) ?? `avsnitt-${id}-avsnitt`;
}
