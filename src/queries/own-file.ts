import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { readGuidelineFolder } from '../lib/parse/files.ts';
import type { OwnFileData } from '../lib/import/import-bytes.ts';

// The site's own folders, as src/content.config.ts names them (GUIDELINES_DIR for tests and the bench),
// from the project's root, where the build runs (this module is bundled elsewhere, so not import.meta.url).
const root = process.cwd();
const folders = {
  guidelines: process.env.GUIDELINES_DIR ?? 'content/guidelines',
  topics: 'content/topics.yaml',
};

/**
 * What the import page's worker needs from the site, read as `npm run import` reads it: the topic
 * vocabulary's text and every guideline file's Markdown (earlier versions are left out when parsed).
 */
export async function getOwnFileData(): Promise<OwnFileData> {
  const guidelines = resolve(root, folders.guidelines);
  return {
    topics: { file: folders.topics, source: await readFile(join(root, folders.topics), 'utf8') },
    guidelines: await readGuidelineFolder(guidelines, relative(root, guidelines) || '.'),
  };
}
