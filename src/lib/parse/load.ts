import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { GuidelineError } from '../model/errors.ts';
import { parseGuideline } from './guideline.ts';
import {
  changeListUrl,
  changesUrl,
  guidelineUrl,
  siteAddresses,
  topicUrl,
  versionSlug,
  type SiteContents,
} from '../model/routes.ts';
import { PARTIES } from '../model/vocabulary.ts';
import type { Guideline, MetaSchema } from '../model/types.ts';
import type { KnownTopics } from './topics.ts';
import { nearest } from '../text/nearest.ts';

/**
 * Parses a set of guideline files and checks what only the whole set can show: slugs, versions and
 * links between guidelines. `<slug>.md` is a guideline's current version; `<slug>@<label>.md` files
 * are its other versions (earlier ones, or a draft of the next).
 */
export function loadGuidelines<
  Meta extends { slug: string; version: string; title: string; shortTitle: string; agreement?: string },
>(
  files: ReadonlyArray<{ file: string; source: string }>,
  schema: MetaSchema<Meta>,
  topics: KnownTopics = new Set(),
): Guideline<Meta>[] {
  files.forEach(({ file }) => checkFileName(file));
  const guidelines = files.map(({ file, source }) => parseGuideline(source, { file, schema, topics }));
  const bySlug = new Map<string, Guideline<Meta>>();
  const versions = new Map<string, Map<string, Guideline<Meta>>>();
  for (const guideline of guidelines) {
    const { slug, version } = guideline.meta;
    const [, expected = '', label] = FILE_NAME.exec(basename(guideline.file)) ?? [];
    if (slug !== expected) {
      const rename = label === undefined ? `${slug}.md` : `${slug}@${label}.md`;
      throw new GuidelineError(
        guideline.file,
        lineOfKey(files, guideline.file, 'slug'),
        `slug \`${slug}\` does not match the file name`,
        { hint: `rename the file to ${rename} or set slug: ${expected}` },
      );
    }
    guideline.current = label === undefined;
    const earlier = versions.get(slug)?.get(version);
    if (earlier) {
      throw new GuidelineError(
        guideline.file,
        lineOfKey(files, guideline.file, 'version'),
        `version \`${version}\` of ${slug} is also in ${earlier.file}`,
        { hint: 'each version file needs its own version' },
      );
    }
    if (!guideline.current) checkVersionAddress(guideline, versions.get(slug), files);
    versions.set(slug, (versions.get(slug) ?? new Map()).set(version, guideline));
    if (guideline.current) bySlug.set(slug, guideline);
  }
  for (const [slug, list] of versions) {
    if (!bySlug.has(slug)) {
      const [first] = list.values();
      throw new GuidelineError(first!.file, 1, `${slug} has versions but no current one`, {
        hint: `name the current version's file ${slug}.md`,
      });
    }
  }
  checkNames([...bySlug.values()], files);
  checkSiteLinks(guidelines, topics);
  return guidelines;
}

/** The line of a front matter key (`slug:`) in one of `files`, or 1 when it is not there. */
export function lineOfKey(files: ReadonlyArray<{ file: string; source: string }>, file: string, key: string): number {
  const source = files.find((candidate) => candidate.file === file)?.source ?? '';
  const index = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index + 1 || 1;
}

// `<slug>.md` or `<slug>@<label>.md`, `.md` in any letter case.
const FILE_NAME = /^([^@]*)(?:@([^@]+))?\.md$/i;

/** A file name the loader cannot read a slug and a version label from stops the build with the names it takes. */
function checkFileName(file: string): void {
  if (FILE_NAME.test(basename(file))) return;
  throw new GuidelineError(
    file,
    1,
    `the file name \`${basename(file)}\` is neither <slug>.md (the current version) nor <slug>@<label>.md (another version)`,
    { hint: 'write the label after a single @ (telemark@2024.md), or remove the @' },
  );
}

/**
 * A version other than the current one has a change page, /retningslinjer/<slug>/endringer/<address>/,
 * its address made from the version (`1.0` → `1-0`). Two versions with the same address (`1.0` and
 * `1/0`) would both be written to one page, and one committee would read the other version's
 * changes; a version with no letter or digit has no address at all.
 */
function checkVersionAddress<Meta extends { slug: string; version: string }>(
  guideline: Guideline<Meta>,
  earlier: ReadonlyMap<string, Guideline<Meta>> | undefined,
  files: ReadonlyArray<{ file: string; source: string }>,
): void {
  const { slug, version } = guideline.meta;
  const address = versionSlug(version);
  const line = lineOfKey(files, guideline.file, 'version');
  if (address === '') {
    throw new GuidelineError(
      guideline.file,
      line,
      `version \`${version}\` has no letter a–z or digit to make the address of its change page from (${changeListUrl(slug)}…/)`,
      { hint: 'write the version as the source names it with digits, e.g. 1.1 or 2024-06' },
    );
  }
  for (const other of earlier?.values() ?? []) {
    if (other.current || versionSlug(other.meta.version) !== address) continue;
    throw new GuidelineError(
      guideline.file,
      line,
      `version \`${version}\` makes the same address as version \`${other.meta.version}\` in ${other.file} (${changesUrl(slug, version)}), so one change page would show the other version's changes`,
      { hint: 'write the versions so that their letters and digits differ' },
    );
  }
}

/**
 * Two guidelines with the same short name cannot be told apart in lists and comparisons ("Telemark og
 * Telemark sammenlignet"); nor can two of one region with the same title. (Guidelines of different
 * regions may share a title: many are called "Retningslinje for IKT-samarbeid".)
 */
function checkNames<Meta extends { title: string; shortTitle: string; region?: unknown }>(
  current: ReadonlyArray<Guideline<Meta>>,
  files: ReadonlyArray<{ file: string; source: string }>,
): void {
  // Letter case, spacing and compatibility forms (ﬁ, full-width letters) do not make a name another.
  const same = (text: string) => text.normalize('NFKC').toLocaleLowerCase('nb').replace(/\s+/g, ' ');
  const keys = {
    shortTitle: (meta: Meta) => same(meta.shortTitle),
    title: (meta: Meta) => `${same(meta.title)}\u0000${same(String(meta.region ?? ''))}`,
  };
  for (const [key, name] of Object.entries(keys) as Array<[keyof typeof keys, (meta: Meta) => string]>) {
    const seen = new Map<string, Guideline<Meta>>();
    for (const guideline of current) {
      const earlier = seen.get(name(guideline.meta));
      if (earlier) {
        throw new GuidelineError(
          guideline.file,
          lineOfKey(files, guideline.file, key),
          `${key} \`${guideline.meta[key]}\` is already used by ${earlier.file}${key === 'title' ? ' for the same region' : ''}`,
          { hint: `each guideline needs its own ${key}, or lists and comparisons cannot tell them apart` },
        );
      }
      seen.set(name(guideline.meta), guideline);
    }
  }
}

/**
 * A link to a site page (`/retningslinjer/unn/#punkt-4-1`, `/tema/nedetid/`) must lead to a page the
 * site publishes, and on a guideline's reading page to one of its clauses: the addresses come from
 * the routes module, made from this set of guidelines, the topics and the parties. Every version's
 * links are checked, since the change pages publish old versions' text too. (Links to a clause of the
 * same guideline, `#punkt-4-1`, are checked against their own version by the parser.)
 */
function checkSiteLinks<Meta extends { slug: string; version: string; agreement?: string }>(
  guidelines: ReadonlyArray<Guideline<Meta>>,
  topics: KnownTopics,
): void {
  let addresses: Map<string, ReadonlySet<string> | null> | undefined;
  const site = () => (addresses ??= siteAddresses(siteContents(guidelines, topics)));
  for (const guideline of guidelines) {
    for (const clause of guideline.clauses) {
      // Written inline, [x](/tema/…), or as a definition, [x]: /tema/….
      visit({ type: 'root', children: clause.body } as Root, ['link', 'definition'], (link) => {
        if (!('url' in link) || !link.url.startsWith('/')) return;
        const problem = siteLinkProblem(link.url, site());
        if (problem === undefined) return;
        const { line = clause.line, column } = link.position?.start ?? {};
        throw new GuidelineError(guideline.file, line, `link to ${link.url}: ${problem.detail}`, {
          column,
          hint: problem.hint,
        });
      });
    }
  }
}

/** What the routes module needs to list the site's addresses, from a loaded set of guidelines (`current` set). */
export function siteContents<Meta extends { slug: string; version: string; agreement?: string; source?: string }>(
  guidelines: ReadonlyArray<Guideline<Meta>>,
  topics: Iterable<string>,
): SiteContents {
  return {
    guidelines: guidelines
      .filter((guideline) => guideline.current)
      .map((guideline) => ({
        slug: guideline.meta.slug,
        agreement: guideline.meta.agreement ?? '',
        clauses: guideline.clauses,
        version: guideline.meta.version,
        versions: guidelines
          .filter((other) => !other.current && other.meta.slug === guideline.meta.slug)
          .map((other) => other.meta.version),
      })),
    topics: [...topics],
    parties: Object.keys(PARTIES),
    sources: [...new Set(guidelines.flatMap((guideline) => guideline.meta.source ?? []))],
  };
}

// The reading pages' addresses, /retningslinjer/<slug>/, as the routes module makes them.
const GUIDELINE_PAGE = new RegExp(`^${guidelineUrl('\u0000').replace('\u0000/', '([^/]+)/')}`);

/** What is wrong with a link to a site path, or undefined when it leads to a page (and fragment) the site has. */
export function siteLinkProblem(
  url: string,
  addresses: ReadonlyMap<string, ReadonlySet<string> | null>,
): { detail: string; hint: string } | undefined {
  const [, written = '', fragment] = /^([^?#]*)(?:\?[^#]*)?(?:#(.*))?$/.exec(url) ?? [];
  // A folder's address may be written without its closing slash: a web server adds it.
  const path = addresses.has(written) || written.endsWith('/') ? written : `${written}/`;
  const fragments = addresses.get(path);
  const slug = GUIDELINE_PAGE.exec(path)?.[1];
  if (fragments === undefined) {
    if (slug !== undefined && !addresses.has(guidelineUrl(slug))) {
      const slugs = [...addresses.keys()].flatMap((address) => GUIDELINE_PAGE.exec(address)?.[1] ?? []);
      const near = nearest(slug, new Set(slugs), Math.max(2, Math.floor(slug.length / 3)));
      return {
        detail: `there is no guideline with slug \`${slug}\``,
        hint:
          near === undefined
            ? "a guideline's slug is its file name in content/guidelines"
            : `did you mean ${guidelineUrl(near)}?`,
      };
    }
    const near = nearest(written, addresses.keys(), Math.max(2, Math.floor(written.length / 6)));
    return {
      detail: `the site has no page ${path}`,
      hint:
        near === undefined
          ? `link to a page the site publishes (a topic is ${topicUrl('<topic id>')}, with an id from content/topics.yaml)`
          : `did you mean ${near}?`,
    };
  }
  if (!fragment || fragments === null) return undefined;
  const id = decodeURIComponent(fragment);
  if (fragments.has(id)) return undefined;
  const near = nearest(id, fragments, Math.max(2, Math.floor(id.length / 3)));
  const reading = path === guidelineUrl(slug ?? '');
  const what = reading ? `${slug} has no clause \`${id}\`` : `the page ${path} has no section \`${id}\``;
  if (near !== undefined) return { detail: what, hint: `did you mean #${near}?` };
  return {
    detail: what,
    hint: reading
      ? 'link to one of its clause ids (punkt-4-1, punkt-3-1-felles-ansvar), or to the page without the #…'
      : 'link to the page without the #…',
  };
}
