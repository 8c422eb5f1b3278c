/** One page of every kind the site has, for the quality gates (axe, keyboard, other origins). */
export const PAGES = [
  '/',
  '/om/',
  '/tilgjengelighet/',
  '/retningslinjer/st-olav/',
  '/retningslinjer/telemark/',
  '/retningslinjer/unn/',
  '/retningslinjer/innlandet/',
  '/retningslinjer/more-og-romsdal/',
  '/sammenlign/',
  '/sammenlign/telemark/unn/',
  '/sammenlign/more-og-romsdal/innlandet/',
  '/tema/',
  '/tema/meldingsutveksling/',
  '/tema/meldingsutveksling/telemark/',
];
