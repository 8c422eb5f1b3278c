import { basename } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { GuidelineError } from './errors.ts';
import { parseGuideline } from './parse.ts';
import type { Guideline, MetaSchema } from './types.ts';

/** Parses a set of guideline files and checks what only the whole set can show: slugs and links between guidelines. */
export function loadGuidelines<Meta extends { slug: string }>(
  files: ReadonlyArray<{ file: string; source: string }>,
  schema: MetaSchema<Meta>,
  topics: ReadonlySet<string> = new Set(),
): Guideline<Meta>[] {
  const guidelines = files.map(({ file, source }) => parseGuideline(source, { file, schema, topics }));
  const bySlug = new Map<string, Guideline<Meta>>();
  for (const guideline of guidelines) {
    const { slug } = guideline.meta;
    const expected = basename(guideline.file).replace(/\.md$/, '');
    if (slug !== expected) {
      throw new GuidelineError(guideline.file, lineOfKey(files, guideline.file, 'slug'), `slug \`${slug}\` does not match the file name: rename the file to ${slug}.md or set slug: ${expected}`);
    }
    bySlug.set(slug, guideline);
  }
  // Links from one guideline to another: /retningslinjer/<slug>/ or /retningslinjer/<slug>/#<clause id>.
  for (const guideline of guidelines) {
    for (const clause of guideline.clauses) {
      visit({ type: 'root', children: clause.body } as Root, 'link', (link) => {
        const match = /^\/retningslinjer\/([^/#?]+)\/?(?:#(.*))?$/.exec(link.url);
        if (!match) return;
        const [, slug, id] = match;
        const target = bySlug.get(slug!);
        const line = link.position?.start.line ?? clause.line;
        if (!target) throw new GuidelineError(guideline.file, line, `link to ${link.url}: there is no guideline with slug \`${slug}\``);
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
