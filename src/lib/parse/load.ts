import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { GuidelineError } from '../model/errors.ts';
import { parseGuideline } from './guideline.ts';
import { changeListUrl, changesUrl, versionSlug } from '../model/routes.ts';
import type { Guideline, MetaSchema } from '../model/types.ts';

/**
 * Parses a set of guideline files and checks what only the whole set can show: slugs, versions and
 * links between guidelines. `<slug>.md` is a guideline's current version; `<slug>@<label>.md` files
 * are its other versions (earlier ones, or a draft of the next).
 */
export function loadGuidelines<Meta extends { slug: string; version: string; title: string; shortTitle: string }>(
  files: ReadonlyArray<{ file: string; source: string }>,
  schema: MetaSchema<Meta>,
  topics: ReadonlySet<string> = new Set(),
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
  // Links from one guideline to another: /retningslinjer/<slug>/ or /retningslinjer/<slug>/#<clause id>.
  for (const guideline of guidelines.filter((g) => g.current)) {
    for (const clause of guideline.clauses) {
      visit({ type: 'root', children: clause.body } as Root, 'link', (link) => {
        const match = /^\/retningslinjer\/([^/#?]+)\/?(?:#(.*))?$/.exec(link.url);
        if (!match) return;
        const [, slug, id] = match;
        const target = bySlug.get(slug!);
        const line = link.position?.start.line ?? clause.line;
        if (!target)
          throw new GuidelineError(
            guideline.file,
            line,
            `link to ${link.url}: there is no guideline with slug \`${slug}\``,
          );
        if (id && !target.clauses.some((other) => other.id === decodeURIComponent(id))) {
          throw new GuidelineError(guideline.file, line, `link to ${link.url}: ${slug} has no clause \`${id}\``);
        }
      });
    }
  }
  return guidelines;
}

function lineOfKey(files: ReadonlyArray<{ file: string; source: string }>, file: string, key: string): number {
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
    `the file name \`${basename(file)}\` is neither <slug>.md (the current version) nor <slug>@<label>.md (another version): write the label after a single @ (telemark@2024.md), or remove the @`,
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
      `version \`${version}\` has no letter a–z or digit to make the address of its change page from (${changeListUrl(slug)}…/): write the version as the source names it with digits, e.g. 1.1 or 2024-06`,
    );
  }
  for (const other of earlier?.values() ?? []) {
    if (other.current || versionSlug(other.meta.version) !== address) continue;
    throw new GuidelineError(
      guideline.file,
      line,
      `version \`${version}\` makes the same address as version \`${other.meta.version}\` in ${other.file} (${changesUrl(slug, version)}), so one change page would show the other version's changes: write the versions so that their letters and digits differ`,
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
          `${key} \`${guideline.meta[key]}\` is already used by ${earlier.file}${key === 'title' ? ' for the same region' : ''}: each guideline needs its own ${key}, or lists and comparisons cannot tell them apart`,
        );
      }
      seen.set(name(guideline.meta), guideline);
    }
  }
}
