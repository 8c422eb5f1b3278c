import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CONTENT_FOLDERS } from '../content/folders.ts';
import { getAllVersions } from './guidelines.ts';

/** The source documents the guidelines name (`source` in front matter), every version's, each once. */
export async function getSourceNames(): Promise<string[]> {
  return [...new Set((await getAllVersions()).map((guideline) => guideline.meta.source))].sort();
}

// A host serves a .txt file as text/plain, mostly without a charset, and a browser then reads UTF-8
// as Windows-1252 (ø as Ã¸). A byte order mark in front makes every browser read it as UTF-8.
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * A source document as the site publishes it: a text extraction (`.txt`) with a UTF-8 byte order
 * mark in front of its bytes, any other document as it is. The guideline loader has checked that
 * each named file is a regular file in the folder; Astro builds in the project's root (the loader's
 * `config.root`), so the folder is found from there.
 */
export async function readSource(name: string): Promise<Buffer> {
  const bytes = await readFile(resolve(CONTENT_FOLDERS.sources, name));
  return name.endsWith('.txt') && !bytes.subarray(0, 3).equals(UTF8_BOM) ? Buffer.concat([UTF8_BOM, bytes]) : bytes;
}
