/** One page of every kind the site has, for the quality gates (axe, keyboard, other origins). */
// The site's content has no earlier versions, so the change pages and the synopsis
// (/retningslinjer/<slug>/endringer/<version>/ and …/utskrift/) exist only in the build that
// tests/e2e/versions.test.ts makes of tests/fixtures/sites/versions; axe audits them there.
export const PAGES = [
  '/',
  '/om/',
  '/404.html',
  '/tilgjengelighet/',
  '/retningslinjer/st-olav/',
  '/retningslinjer/telemark/',
  '/retningslinjer/unn/',
  '/retningslinjer/innlandet/',
  '/retningslinjer/more-og-romsdal/',
  // The print version; St. Olav has the blank to fill in, Innlandet the checklist. (Møre og
  // Romsdal's is a Nynorsk document with <html lang="nn">: print.test.ts covers its languages.)
  '/retningslinjer/st-olav/utskrift/',
  '/retningslinjer/innlandet/utskrift/',
  '/verifiser/',
  '/sammenlign/',
  // The import page, before a file is chosen (tests/e2e/own-file.test.ts audits its answers).
  '/sammenlign/din-avtale/',
  '/sammenlign/telemark/unn/',
  '/sammenlign/more-og-romsdal/innlandet/',
  // Clauses only one side has on both sides, at the width of the page (issue 19's page).
  '/sammenlign/st-olav/more-og-romsdal/',
  '/tema/',
  '/tema/meldingsutveksling/',
  '/tema/meldingsutveksling/telemark/',
  '/sok/',
  '/sok/?q=nedetid&retningslinje=innlandet',
  '/retningslinjer/innlandet/?markert=nedetid#punkt-3-3',
  // The obligation register: a guideline's checklist (Nynorsk, with the action table), the overview, one party.
  '/retningslinjer/more-og-romsdal/plikter/',
  '/retningslinjer/st-olav/plikter/',
  '/plikter/',
  '/plikter/kommune/',
  // A region's own view of a party's duties, the others one line each.
  '/plikter/kommune/telemark/',
];
