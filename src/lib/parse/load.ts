import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { GuidelineError } from '../model/errors.ts';
import { parseGuideline } from './guideline.ts';
import type { Guideline, MetaSchema } from '../model/types.ts';

/**
 * Parses a set of guideline files and checks what only the whole set can show: slugs, versions and
 * links between guidelines. `<slug>.md` is a guideline's current version; `<slug>@<label>.md` files
 * are its other versions (earlier ones, or a draft of the next).
 */
export function loadGuidelines<Meta extends { slug: string; version: string }>(
  files: ReadonlyArray<{ file: string; source: string }>,
  schema: MetaSchema<Meta>,
  topics: ReadonlySet<string> = new Set(),
): Guideline<Meta>[] {
  const guidelines = files.map(({ file, source }) => parseGuideline(source, { file, schema, topics }));
  const bySlug = new Map<string, Guideline<Meta>>();
  const versions = new Map<string, Map<string, Guideline<Meta>>>();
  for (const guideline of guidelines) {
    const { slug, version } = guideline.meta;
    const [, expected = '', label] = /^([^@]*)(?:@(.+))?\.md$/.exec(basename(guideline.file)) ?? [];
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
