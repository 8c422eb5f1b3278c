import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers/index.ts';

// Every path a file of the project names (in code, comments, messages an editor reads, tests and the
// manual) must exist. A restructuring that moves a file leaves such mentions behind: an error message
// that sends an editor to a section that moved, a comment that cites a module by its old name.

/** Where the mentions are read. Fixtures are data, not references, and are left out. */
const searched = ['src', 'scripts', 'tests', 'docs'];
const searchedFiles = ['README.md', 'eslint.config.mjs', 'astro.config.mjs', '.ci/run'];
const readable = /\.(?:ts|mjs|js|md|astro|css|yaml)$/;

/** A path: folders, then a file with one of the project's extensions. */
const pathPattern =
  /(?<![\w@/.:-])((?:\.{1,2}\/)*(?:[\w.-]+\/)+[\w.-]+\.(?:ts|mjs|js|md|astro|css|json|yaml|txt|docx|pdf|csv))(?![\w/])/g;

/** Folders a bare path may be written relative to (`parse/frontmatter.ts` means src/lib/parse/frontmatter.ts). */
const bases = ['', 'src', 'src/lib', 'tests', 'tests/unit', 'tests/fixtures', 'scripts', 'node_modules'];

/** Paths that name something the project makes or an example, not a file it holds: each with its reason. */
const notFiles: { pattern: RegExp; why: string }[] = [
  { pattern: /^(?:dist|bench|screenshots)\//, why: 'made by the build, the bench or the screenshots script' },
  { pattern: /^(?:data|pagefind)\//, why: 'a file of the built site, relative to dist/' },
  { pattern: /^content\/guidelines\/(?:x|a|b|agder)\.md$/, why: 'an example file name in a test or the manual' },
];

function* files(folder: string): Generator<string> {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures' && entry.name !== 'node_modules') yield* files(path);
    } else if (readable.test(entry.name)) yield path;
  }
}

/** A link of the manual to another page of it: `[the editor's guide](editing.md#front-matter)`. */
const linkPattern = /\]\((?!https?:|mailto:|#)([^)#\s]+\.md)(?:#[^)]*)?\)/g;

/** Each path named in a file, with its line; a Markdown file's links are read as relative to it. */
function mentions(file: string): { line: number; path: string }[] {
  const patterns = file.endsWith('.md') ? [pathPattern, linkPattern] : [pathPattern];
  return readFileSync(join(root, file), 'utf8')
    .split('\n')
    .flatMap((text, index) =>
      patterns.flatMap((pattern) =>
        [...text.matchAll(pattern)].map(([, path = '']) => ({
          line: index + 1,
          path: pattern === linkPattern && !path.startsWith('.') ? `./${path}` : path,
        })),
      ),
    );
}

/** Whether a named path exists: `./` and `../` from the file (or, in a shell line, the root); bare paths from a base. */
function exists(file: string, path: string): boolean {
  const from = path.startsWith('.') ? [dirname(file), ''] : [dirname(file), ...bases];
  // A type import names a package's `.js` whose declarations sit beside it as `.d.ts`.
  const forms = [path, path.replace(/\.js$/, '.d.ts')];
  return from.some((base) => forms.some((form) => existsSync(join(root, base, form))));
}

const allFiles = [...searched.flatMap((folder) => [...files(folder)]), ...searchedFiles];
const named = allFiles.flatMap((file) => mentions(file).map((mention) => ({ file, ...mention })));

describe('paths named in the project', () => {
  test('are read from every part of the tree', () => {
    // A pattern that matched nothing would pass the test below without checking anything.
    expect(named.length).toBeGreaterThan(500);
    expect(new Set(named.map(({ file }) => file.split('/')[0])).size).toBeGreaterThanOrEqual(4);
  });

  test('each exists, or is declared as made by a tool or as an example', () => {
    const missing = named
      .filter(({ path }) => !notFiles.some(({ pattern }) => pattern.test(path)))
      .filter(({ file, path }) => !exists(file, path))
      .map(({ file, line, path }) => `${relative(root, join(root, file))}:${line}: ${path}`);
    expect(missing).toEqual([]);
  });

  test.each(notFiles)('the exception $pattern is still needed ($why)', ({ pattern }) => {
    expect(named.some(({ path }) => pattern.test(path))).toBe(true);
  });
});
