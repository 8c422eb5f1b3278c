// Every address the site publishes, said once. Pages, components, browser scripts, the JSON export
// and the command-line tools build their links with these functions, never by hand: a route that
// changes here changes everywhere. The page files under src/pages/ are the other half of each route
// (tests/unit/model/routes.test.ts checks that every address here has its page, and that no other
// source file spells an address out).
//
// Runs in the browser too (search, verification, the comparison form): no Node modules here.
import { slugify } from '../text/slug.ts';

/** The front page, listing every guideline: `/`. */
export const homeUrl = () => '/';

/** The page a web server shows for an address the site does not have. */
export const notFoundUrl = () => '/404.html';

/** The about page, with the sources: `/om/`. */
export const aboutUrl = () => '/om/';

/** The accessibility statement: `/tilgjengelighet/`. */
export const accessibilityUrl = () => '/tilgjengelighet/';

/** The reading page of a guideline: `/retningslinjer/<slug>/`. */
export const guidelineUrl = (slug: string) => `/retningslinjer/${slug}/`;

/** The in-page anchor of a clause, its id as a fragment: `#punkt-4-1`. */
export const clauseAnchor = (id: string) => `#${id}`;

/** A clause on its guideline's reading page: `/retningslinjer/<slug>/#<clause id>`. */
export const clauseUrl = (slug: string, id: string) => `${guidelineUrl(slug)}${clauseAnchor(id)}`;

/** The print version of a guideline, with its signature page: `/retningslinjer/<slug>/utskrift/`. */
export const printUrl = (slug: string) => `${guidelineUrl(slug)}utskrift/`;

/** A guideline's PDF, made from its print version after the build (`npm run pdf`): `/pdf/<slug>.pdf`. */
export const pdfUrl = (slug: string) => `/pdf/${slug}.pdf`;

/** The obligation register of a guideline, as a page: `/retningslinjer/<slug>/plikter/`. */
export const obligationsUrl = (slug: string) => `${guidelineUrl(slug)}plikter/`;

/** The obligation register of a guideline as a spreadsheet: `/data/plikter/<slug>.csv`. */
export const obligationsCsvUrl = (slug: string) => `/data/plikter/${slug}.csv`;

/** The address segment of a version label: `2023-06-01` → `2023-06-01`, `1.2 (utkast)` → `1-2-utkast`. */
export const versionSlug = (version: string) => slugify(version);

/** The list of a guideline's other versions and their changes: `/retningslinjer/<slug>/endringer/`. */
export const changeListUrl = (slug: string) => `${guidelineUrl(slug)}endringer/`;

/**
 * The changes between a guideline's current version and another of its versions, named by its
 * label as the `version` field has it: `/retningslinjer/<slug>/endringer/<version slug>/`.
 */
export const changesUrl = (slug: string, version: string) => `${changeListUrl(slug)}${versionSlug(version)}/`;

/** The synopsis of those changes, for approval and print: `/retningslinjer/<slug>/endringer/<version slug>/utskrift/`. */
export const synopsisUrl = (slug: string, version: string) => `${changesUrl(slug, version)}utskrift/`;

/** The comparison form and the similarity matrix: `/sammenlign/`. */
export const compareIndexUrl = () => '/sammenlign/';

/** Two guidelines compared clause by clause, `a` on the left: `/sammenlign/<a>/<b>/`. */
export const compareUrl = (a: string, b: string) => `${compareIndexUrl()}${a}/${b}/`;

/** The anchor of a clause of `a` on a comparison page: its group's (`gruppe-a-<id>`) or one beside it. */
export const compareClauseAnchor = (id: string) => `gruppe-a-${id}`;

/** A clause of `a` on the comparison of `a` and `b`, with what `b` pairs it with: `/sammenlign/<a>/<b>/#gruppe-a-<id>`. */
export const compareClauseUrl = (a: string, b: string, id: string) => `${compareUrl(a, b)}#${compareClauseAnchor(id)}`;

/** The alignment behind a comparison page: `/data/sammenlign/<a>/<b>.json`. */
export const compareJsonUrl = (a: string, b: string) => `/data/sammenlign/${a}/${b}.json`;

/** The topic matrix: `/tema/`. */
export const topicsUrl = () => '/tema/';

/**
 * One topic across all guidelines, `/tema/<topic>/`; with a baseline guideline the others are shown
 * as changes from it, `/tema/<topic>/<baseline slug>/`.
 */
export const topicUrl = (topic: string, baseline: string | null = null) =>
  `${topicsUrl()}${topic}/${baseline === null ? '' : `${baseline}/`}`;

/** The obligation register across all guidelines: `/plikter/`. */
export const partiesUrl = () => '/plikter/';

/** One party's duties in every guideline, `/plikter/<party>/`; with a topic, its section: `/plikter/<party>/#tema-<topic>`. */
export const partyUrl = (party: string, topic: string | null = null) =>
  `${partiesUrl()}${party}/${topic === null ? '' : `#${partyTopicId(topic)}`}`;

/**
 * One party's duties in one region's guideline, topic by topic, with the other regions one step away,
 * `/plikter/<party>/<slug>/`; with a topic, its section: `/plikter/<party>/<slug>/#tema-<topic>`.
 */
export const partyRegionUrl = (party: string, slug: string, topic: string | null = null) =>
  `${partyUrl(party)}${slug}/${topic === null ? '' : `#${partyTopicId(topic)}`}`;

/** The id of a topic's section on a party's register page (`tema-<topic>`), the target of {@link partyUrl}. */
export const partyTopicId = (topic: string) => `tema-${topic}`;

/** The search page, `/sok/`; with a query, prefilled: `/sok/?q=<query>`. */
export const searchUrl = (query: string | null = null) =>
  query === null ? '/sok/' : `/sok/?${new URLSearchParams({ q: query })}`;

/** Checking a printed copy's code: `/verifiser/`. */
export const verifyUrl = () => '/verifiser/';

/** The JSON export's index, every guideline's metadata and every version's fingerprint: `/data/index.json`. */
export const dataIndexUrl = () => '/data/index.json';

/** One guideline with every clause, as JSON: `/data/<slug>.json`. */
export const guidelineJsonUrl = (slug: string) => `/data/${slug}.json`;

/** What {@link siteAddresses} needs to know of the site: its guidelines, topics and parties. */
export interface SiteContents {
  /** The current version of each guideline, with its other versions' labels (the `version` field). */
  guidelines: ReadonlyArray<{
    slug: string;
    /** The sub-agreement: the site compares texts of the same one only. */
    agreement: string;
    clauses: ReadonlyArray<{ id: string; topics: readonly string[] }>;
    versions: readonly string[];
  }>;
  topics: readonly string[];
  parties: readonly string[];
}

/**
 * Every address the site publishes, made with the functions above, each with the fragments its page
 * is known to hold (a reading page: its clause ids; a party's register: its topic sections) or null
 * where the fragments are not checked. The guideline loader checks links to site pages against it;
 * tests/e2e/links.test.ts checks it against the pages the build writes, so the two cannot drift.
 */
export function siteAddresses(site: SiteContents): Map<string, ReadonlySet<string> | null> {
  const addresses = new Map<string, ReadonlySet<string> | null>();
  const add = (address: string, fragments: Iterable<string> | null = null) =>
    addresses.set(address, fragments === null ? null : new Set(fragments));
  for (const address of [homeUrl(), notFoundUrl(), aboutUrl(), accessibilityUrl(), compareIndexUrl(), topicsUrl()])
    add(address);
  for (const address of [partiesUrl(), searchUrl(), verifyUrl(), dataIndexUrl()]) add(address);
  for (const party of site.parties) {
    add(partyUrl(party), site.topics.map(partyTopicId));
    for (const { slug } of site.guidelines) add(partyRegionUrl(party, slug), site.topics.map(partyTopicId));
  }
  for (const topic of site.topics) add(topicUrl(topic));
  for (const guideline of site.guidelines) {
    const { slug } = guideline;
    add(
      guidelineUrl(slug),
      guideline.clauses.map((clause) => clause.id),
    );
    for (const address of [printUrl(slug), pdfUrl(slug), obligationsUrl(slug), obligationsCsvUrl(slug)]) add(address);
    add(guidelineJsonUrl(slug));
    if (guideline.versions.length > 0) add(changeListUrl(slug));
    for (const version of guideline.versions) {
      add(changesUrl(slug, version));
      add(synopsisUrl(slug, version));
    }
    for (const other of site.guidelines) {
      if (other === guideline || other.agreement !== guideline.agreement) continue;
      add(compareUrl(slug, other.slug));
      add(compareJsonUrl(slug, other.slug));
    }
    const topics = new Set(guideline.clauses.flatMap((clause) => clause.topics));
    for (const topic of site.topics) if (topics.has(topic)) add(topicUrl(topic, slug));
  }
  return addresses;
}
