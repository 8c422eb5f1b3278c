// What a kept result was made from, as one hash: the build keeps work whose inputs have not changed
// (cached-worker.ts: the import page's worker; src/content/loader.ts: the parsed guidelines).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The packages installed: a new or updated package changes them. */
export const LOCK_FILES = ['package.json', 'package-lock.json', 'node_modules/.package-lock.json'];

/**
 * The hash of `settings` and of every file at `paths` (a folder: every file in it, at any depth), its
 * path from `root` and its bytes; a path that does not exist counts as absent, so its coming changes the hash.
 */
export function hashInputs(root: string, paths: readonly string[], settings: object = {}): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  const files = paths
    .map((path) => join(root, path))
    .flatMap((path) =>
      !existsSync(path)
        ? []
        : statSync(path).isDirectory()
          ? readdirSync(path, { recursive: true, withFileTypes: true })
              .filter((entry) => entry.isFile())
              .map((entry) => join(entry.parentPath, entry.name))
          : [path],
    )
    .sort();
  for (const file of files) hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest('hex').slice(0, 20);
}
