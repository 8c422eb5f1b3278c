import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as routes from '../../../src/lib/model/routes.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const ROUTES_MODULE = 'src/lib/model/routes.ts';

// Files that may still spell an address out, each with the reason. Keep this list short.
const NOT_YET: Record<string, string> = {};

/**
 * An address written out by hand: a string or template literal (or an HTML attribute value) that
 * starts with one of the site's top-level paths, or a template that appends a route's tail
 * (`${…}endringer/`, `${…}utskrift/`, `${…}plikter/`, `${…}#${…}` after a route).
 */
const ROUTE_LITERAL = new RegExp(
  [
    String.raw`['"\x60]/(?:retningslinjer|sammenlign|tema|plikter|data|sok|verifiser|pdf|om|tilgjengelighet|kilder)(?:[/?#.'"\x60]|$)`,
    String.raw`\}(?:/?)(?:endringer|utskrift|plikter)/`,
    String.raw`\bhref(?:=|:\s*)['"]/['"]`,
  ].join('|'),
);

/** Every `file:line: text` in a source text that spells an address out; comments are not code and are skipped. */
export function findRouteLiterals(file: string, source: string): string[] {
  return source.split('\n').flatMap((line, index) => {
    const trimmed = line.trim();
    if (/^(?:\/\/|\/\*|\*|\{\s*\/\*)/.test(trimmed)) return [];
    const code = line.replace(/\s\/\/\s.*$/, '');
    return ROUTE_LITERAL.test(code) ? [`${file}:${index + 1}: ${trimmed}`] : [];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|astro|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

describe('routes', () => {
  it('build every address the site publishes', () => {
    expect(routes.homeUrl()).toBe('/');
    expect(routes.guidelineUrl('telemark')).toBe('/retningslinjer/telemark/');
    expect(routes.clauseAnchor('punkt-4-1')).toBe('#punkt-4-1');
    expect(routes.clauseUrl('unn', 'punkt-4-1')).toBe('/retningslinjer/unn/#punkt-4-1');
    expect(routes.printUrl('unn')).toBe('/retningslinjer/unn/utskrift/');
    expect(routes.pdfUrl('unn')).toBe('/pdf/unn.pdf');
    expect(routes.obligationsUrl('unn')).toBe('/retningslinjer/unn/plikter/');
    expect(routes.obligationsCsvUrl('unn')).toBe('/data/plikter/unn.csv');
    expect(routes.changeListUrl('unn')).toBe('/retningslinjer/unn/endringer/');
    expect(routes.changesUrl('telemark', '2 (utkast)')).toBe('/retningslinjer/telemark/endringer/2-utkast/');
    expect(routes.synopsisUrl('unn', '2021-03-01')).toBe('/retningslinjer/unn/endringer/2021-03-01/utskrift/');
    expect(routes.compareIndexUrl()).toBe('/sammenlign/');
    expect(routes.compareUrl('telemark', 'unn')).toBe('/sammenlign/telemark/unn/');
    expect(routes.compareClauseUrl('telemark', 'unn', 'punkt-4')).toBe('/sammenlign/telemark/unn/#gruppe-a-punkt-4');
    expect(routes.compareJsonUrl('telemark', 'unn')).toBe('/data/sammenlign/telemark/unn.json');
    expect(routes.topicsUrl()).toBe('/tema/');
    expect(routes.topicUrl('nedetid')).toBe('/tema/nedetid/');
    expect(routes.topicUrl('nedetid', 'unn')).toBe('/tema/nedetid/unn/');
    expect(routes.partiesUrl()).toBe('/plikter/');
    expect(routes.partyUrl('kommune')).toBe('/plikter/kommune/');
    expect(routes.partyUrl('kommune', 'nedetid')).toBe('/plikter/kommune/#tema-nedetid');
    expect(routes.partyRegionUrl('kommune', 'unn')).toBe('/plikter/kommune/unn/');
    expect(routes.partyRegionUrl('helseforetak', 'unn', 'nedetid')).toBe('/plikter/helseforetak/unn/#tema-nedetid');
    expect(routes.searchUrl()).toBe('/sok/');
    expect(routes.searchUrl('planlagt nedetid & ø')).toBe('/sok/?q=planlagt+nedetid+%26+%C3%B8');
    expect(routes.verifyUrl()).toBe('/verifiser/');
    expect(routes.dataIndexUrl()).toBe('/data/index.json');
    expect(routes.guidelineJsonUrl('more-og-romsdal')).toBe('/data/more-og-romsdal.json');
    expect(routes.aboutUrl()).toBe('/om/');
    expect(routes.accessibilityUrl()).toBe('/tilgjengelighet/');
    expect(routes.sourceUrl('001_c44872448151f3fe.txt')).toBe('/kilder/001_c44872448151f3fe.txt');
    expect(routes.ownFileUrl()).toBe('/sammenlign/din-avtale/');
    expect(routes.ownFileDataUrl()).toBe('/data/din-avtale/grunnlag.json');
    expect(routes.wordUrl('unn')).toBe('/retningslinjer/unn/unn.docx');
    expect(routes.wordUrl('telemark', '2 (utkast)')).toBe('/retningslinjer/telemark/telemark-versjon-2-utkast.docx');
    expect(routes.revisionWordUrl('unn', '2021-03-01')).toBe(
      '/retningslinjer/unn/endringer/2021-03-01/unn-endringer-2021-03-01.docx',
    );
    expect(routes.feedUrl()).toBe('/rss.xml');
    expect(routes.guidelineFeedUrl('unn')).toBe('/retningslinjer/unn/rss.xml');
    expect(routes.sitemapUrl()).toBe('/sitemap.xml');
    expect(routes.robotsUrl()).toBe('/robots.txt');
  });

  it('name a version in an address the same way everywhere', () => {
    expect(routes.versionSlug('1.2 Utkast')).toBe('1-2-utkast');
    expect(routes.changesUrl('unn', '1.2 Utkast')).toBe(
      `/retningslinjer/unn/endringer/${routes.versionSlug('1.2 Utkast')}/`,
    );
  });

  // Each route called with Astro's parameter names gives the page file that serves it.
  const PAGES: Array<[string, string | null]> = [
    [routes.homeUrl(), 'index.astro'],
    [routes.notFoundUrl(), '404.astro'],
    [routes.aboutUrl(), 'om.mdx'],
    [routes.accessibilityUrl(), 'tilgjengelighet.mdx'],
    [routes.guidelineUrl('[slug]'), null],
    [routes.clauseUrl('[slug]', 'punkt-1'), null],
    [routes.printUrl('[slug]'), null],
    [routes.obligationsUrl('[slug]'), null],
    [routes.obligationsCsvUrl('[slug]'), null],
    [routes.changeListUrl('[slug]'), null],
    [`${routes.changeListUrl('[slug]')}[version]/`, null],
    [`${routes.changeListUrl('[slug]')}[version]/utskrift/`, null],
    [routes.compareIndexUrl(), null],
    [routes.compareUrl('[a]', '[b]'), null],
    [routes.compareJsonUrl('[a]', '[b]'), null],
    [routes.topicsUrl(), null],
    [routes.topicUrl('[topic]'), null],
    [routes.topicUrl('[topic]', '[baseline]'), null],
    [routes.partiesUrl(), null],
    [routes.partyUrl('[party]', 'nedetid'), null],
    [routes.partyRegionUrl('[party]', '[slug]', 'nedetid'), null],
    [routes.searchUrl('nedetid'), null],
    [routes.verifyUrl(), null],
    [routes.dataIndexUrl(), null],
    [routes.guidelineJsonUrl('[slug]'), null],
    [routes.sourceUrl('[file]'), null],
    [routes.ownFileUrl(), null],
    [routes.ownFileDataUrl(), null],
    // One page file serves both Word files of a guideline: its current version and each version's own.
    [routes.wordUrl('[slug]'), 'retningslinjer/[slug]/[file].docx.ts'],
    [routes.wordUrl('[slug]', '1'), 'retningslinjer/[slug]/[file].docx.ts'],
    [routes.revisionWordUrl('[slug]', '1'), 'retningslinjer/[slug]/endringer/[version]/[file].docx.ts'],
    [routes.feedUrl(), null],
    [routes.guidelineFeedUrl('[slug]'), null],
    [routes.sitemapUrl(), null],
    [routes.robotsUrl(), null],
  ];

  /** The files under src/pages/ that could serve an address, as Astro maps them. */
  function pageFiles(address: string): string[] {
    const path = address.replace(/[?#].*$/, '');
    if (path.endsWith('/')) {
      const dir = path.slice(1, -1);
      return dir === '' ? ['index.astro'] : [`${dir}/index.astro`, `${dir}.astro`, `${dir}/index.mdx`, `${dir}.mdx`];
    }
    return [`${path.slice(1)}.ts`];
  }

  it.each(PAGES)('%s has its page under src/pages/', (address, known) => {
    const candidates = known ? [known] : pageFiles(address);
    const found = candidates.filter((file) => existsSync(join(root, 'src/pages', file)));
    expect(
      found,
      `no page for ${address}: looked for ${candidates.map((f) => `src/pages/${f}`).join(', ')}`,
    ).toHaveLength(1);
  });

  it('every page under src/pages/ is reached by a route', () => {
    const served = new Set(PAGES.flatMap(([address, known]) => (known ? [known] : pageFiles(address))));
    const pages = sourceFiles('src/pages').concat(
      readdirSync(join(root, 'src/pages'), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => `src/pages/${file}`),
    );
    const unserved = pages.map((file) => relative('src/pages', file)).filter((file) => !served.has(file));
    expect(unserved, 'add a function for this page to src/lib/model/routes.ts').toEqual([]);
  });

  it('are spelled out nowhere else in src/ and scripts/', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts')].filter(
      (file) => file !== ROUTES_MODULE && !Object.hasOwn(NOT_YET, file),
    );
    const found = files.flatMap((file) => findRouteLiterals(file, readFileSync(join(root, file), 'utf8')));
    expect(found, `build these addresses with ${ROUTES_MODULE}`).toEqual([]);
  });

  it('the scan finds an address written by hand, and passes over comments and other strings', () => {
    const planted = [
      "const a = '/plikter/';",
      '<a href={`/retningslinjer/${slug}/#${clause.id}`}>',
      'const b = `${guidelineUrl(slug)}endringer/${version}/`;',
      '<form action="/sok/" method="get">',
      '<a href="/">Hjem</a>',
      "fetch('/data/index.json')",
      '// the reading page, /retningslinjer/<slug>/',
      ' * `/sammenlign/<a>/<b>/`',
      "const c = '/tmp/work'; // not /tema/",
      'readFileSync(`/proc/${pid}/status`)',
      "split('/')",
    ].join('\n');
    expect(findRouteLiterals('planted.ts', planted).map((hit) => hit.split(':')[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
  });

  it('leave out only files that still exist', () => {
    for (const file of Object.keys(NOT_YET)) expect(existsSync(join(root, file)), file).toBe(true);
  });
});
