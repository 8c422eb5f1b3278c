import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { GuidelineError } from '../model/errors.ts';
import type { Guideline } from '../model/types.ts';
import { readContentFile } from './files.ts';
import { lineOfKey } from './load.ts';
import { nearest } from '../text/nearest.ts';

/** The folder of source documents: where it is, and the name errors give it (`content/sources`). */
export interface SourcesFolder {
  absolute: string;
  folder: string;
}

/**
 * Every guideline's `source` must be a file in the sources folder, since the site publishes it
 * beside the text as the evidence for the wording: a regular file (a link would publish a file
 * nobody put in the folder), and a text extraction (`.txt`) valid UTF-8, as the site reads its content.
 */
export async function checkSources(
  guidelines: ReadonlyArray<Guideline<{ source: string }>>,
  files: ReadonlyArray<{ file: string; source: string }>,
  { absolute, folder }: SourcesFolder,
): Promise<void> {
  const present = new Set(await readdir(absolute).catch(() => []));
  for (const guideline of guidelines) {
    const name = guideline.meta.source;
    if (!present.has(name)) {
      const near = nearest(name, present, Math.max(2, Math.floor(name.length / 4)));
      throw new GuidelineError(
        guideline.file,
        lineOfKey(files, guideline.file, 'source'),
        `source \`${name}\` is not in ${folder}/`,
        {
          hint:
            near === undefined
              ? `put the file the text was transcribed or imported from in ${folder}/ under that name (see ${folder}/README.md)`
              : `did you mean ${near}?`,
        },
      );
    }
    const file = `${folder}/${name}`;
    if (name.endsWith('.txt')) await readContentFile(join(absolute, name), file);
    else if (!(await lstat(join(absolute, name))).isFile()) {
      throw new GuidelineError(
        file,
        1,
        'is not a regular file: put the source document itself here, not a link or a folder',
      );
    }
  }
}
