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

/** A source document as the project holds it, the evidence for a guideline's wording: `/kilder/<file>` (`source` in front matter). */
export const sourceUrl = (file: string) => `/kilder/${file}`;

/**
 * A guideline's current version as a Word document, `/retningslinjer/<slug>/<slug>.docx`; with a
 * version label, that version's own file, which keeps its address when a newer version comes:
 * `/retningslinjer/<slug>/<slug>-versjon-<version slug>.docx`.
 */
export const wordUrl = (slug: string, version: string | null = null) =>
  `${guidelineUrl(slug)}${wordFile(slug, version)}`;

/** The file name of {@link wordUrl}: `<slug>.docx` or `<slug>-versjon-<version slug>.docx`. */
export const wordFile = (slug: string, version: string | null = null) =>
  `${slug}${version === null ? '' : `-versjon-${versionSlug(version)}`}.docx`;

/**
 * The revision behind a change page as a Word document with tracked changes, the later version with
 * every difference from the earlier one marked: `/retningslinjer/<slug>/endringer/<version slug>/<slug>-endringer-<version slug>.docx`.
 */
export const revisionWordUrl = (slug: string, version: string) =>
  `${changesUrl(slug, version)}${revisionWordFile(slug, version)}`;

/** The file name of {@link revisionWordUrl}. */
export const revisionWordFile = (slug: string, version: string) => `${slug}-endringer-${versionSlug(version)}.docx`;

/** The RSS feed of every new version and draft of every guideline: `/rss.xml`. */
export const feedUrl = () => '/rss.xml';

/** The RSS feed of one guideline's versions and drafts: `/retningslinjer/<slug>/rss.xml`. */
export const guidelineFeedUrl = (slug: string) => `${guidelineUrl(slug)}rss.xml`;

/** The list of the site's pages for search engines: `/sitemap.xml`. */
export const sitemapUrl = () => '/sitemap.xml';

/** What crawlers may read, and where the sitemap is: `/robots.txt`. */
export const robotsUrl = () => '/robots.txt';

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

/**
 * The addresses of topics' former ids (`formerly` in content/topics.yaml), each with the topic's address
 * it now leads to: pages that only send the reader on, listed in no sitemap. Each address also holds
 * the former topic's pages against a baseline, `/tema/<old id>/<slug>/`: {@link isMovedTopicPage}.
 */
export const movedTopicUrls = (topics: ReadonlyArray<{ id: string; formerly?: ReadonlyArray<string> }>) =>
  new Map(topics.flatMap(({ id, formerly = [] }) => formerly.map((old) => [topicUrl(old), topicUrl(id)] as const)));

/** Whether an address is one of {@link movedTopicUrls}' or a page under it (the former topic against a baseline). */
export const isMovedTopicPage = (moved: ReadonlyMap<string, string>, address: string) =>
  [...moved.keys()].some((old) => address.startsWith(old));

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

/** The page that reads a reader's own file in their browser and compares it: `/sammenlign/din-avtale/`. */
export const ownFileUrl = () => `${compareIndexUrl()}din-avtale/`;

/**
 * What that page's import needs from the site, fetched by its worker: the topic vocabulary and the
 * published guidelines' Markdown, as `npm run import` reads them: `/data/din-avtale/grunnlag.json`.
 */
export const ownFileDataUrl = () => '/data/din-avtale/grunnlag.json';

/** What {@link siteAddresses} needs to know of the site: its guidelines, topics, parties and sources. */
export interface SiteContents {
  /** The current version of each guideline, with its other versions' labels (the `version` field). */
  guidelines: ReadonlyArray<{
    slug: string;
    /** The sub-agreement: the site compares texts of the same one only. */
    agreement: string;
    clauses: ReadonlyArray<{ id: string; topics: readonly string[] }>;
    /** The current version's label (the `version` field). */
    version: string;
    versions: readonly string[];
  }>;
  topics: readonly string[];
  parties: readonly string[];
  /** The source documents the guidelines name, every version's. */
  sources: readonly string[];
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
  for (const address of [partiesUrl(), searchUrl(), verifyUrl(), dataIndexUrl(), ownFileUrl(), ownFileDataUrl()])
    add(address);
  for (const address of [feedUrl(), sitemapUrl(), robotsUrl()]) add(address);
  for (const party of site.parties) {
    add(partyUrl(party), site.topics.map(partyTopicId));
    for (const { slug } of site.guidelines) add(partyRegionUrl(party, slug), site.topics.map(partyTopicId));
  }
  for (const topic of site.topics) add(topicUrl(topic));
  for (const source of site.sources) add(sourceUrl(source));
  for (const guideline of site.guidelines) {
    const { slug } = guideline;
    add(
      guidelineUrl(slug),
      guideline.clauses.map((clause) => clause.id),
    );
    for (const address of [printUrl(slug), pdfUrl(slug), obligationsUrl(slug), obligationsCsvUrl(slug)]) add(address);
    add(guidelineJsonUrl(slug));
    for (const address of [wordUrl(slug), wordUrl(slug, guideline.version), guidelineFeedUrl(slug)]) add(address);
    if (guideline.versions.length > 0) add(changeListUrl(slug));
    for (const version of guideline.versions) {
      add(changesUrl(slug, version));
      add(synopsisUrl(slug, version));
      add(wordUrl(slug, version));
      add(revisionWordUrl(slug, version));
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

/** Whether an address is a page a search engine should list: an HTML page: its address ends in `/` (the error page's is `/404.html`). */
export const isPublicPage = (address: string) => address.endsWith('/');
