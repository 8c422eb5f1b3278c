import { isAbsolute, resolve } from 'node:path';
import { GuidelineError } from '../lib/model/errors.ts';

// On the dev server a content error must not stop the server (the editor is mid-edit): the loader
// stores the error in place of the collection's entries, and the queries throw it when a page asks,
// so Astro's error overlay shows `file:line: message` with the lines around it. The production build
// has no watcher and throws at once, as before.

/** The id of the entry that stands for a failed load; no guideline or topic id can start with `!`. */
const LOAD_ERROR_ID = '!load-error';

/** What a failed load keeps of its error: what GuidelineError needs, and where the file is. */
interface LoadErrorData {
  loadError: { message: string; file?: string; absolute?: string; line?: number; column?: number; detail?: string; hint?: string };
}

/** The store entry that stands for a failed load of `root`'s content (the file made absolute for the overlay's code frame). */
export function loadErrorEntry(error: unknown, root: string): { id: string; data: Record<string, unknown> } {
  const data: LoadErrorData['loadError'] =
    error instanceof GuidelineError
      ? {
          message: error.message,
          file: error.file,
          absolute: isAbsolute(error.file) ? error.file : resolve(root, error.file),
          line: error.line,
          column: error.column,
          detail: error.detail,
          hint: error.hint,
        }
      : { message: error instanceof Error ? error.message : String(error) };
  return { id: LOAD_ERROR_ID, data: { loadError: data } satisfies LoadErrorData };
}

/** Throws the error a loader stored in place of a collection's entries, if it did: a GuidelineError with Astro's `loc`. */
export function throwLoadError(entries: ReadonlyArray<{ id: string; data: unknown }>): void {
  const entry = entries.find((candidate) => candidate.id === LOAD_ERROR_ID);
  if (!entry) return;
  const { loadError: stored } = entry.data as LoadErrorData;
  if (stored.file === undefined || stored.line === undefined || stored.detail === undefined) throw new Error(stored.message);
  const error = new GuidelineError(stored.file, stored.line, stored.detail, { column: stored.column, hint: stored.hint });
  // Astro's overlay reads `loc` for the code frame around the line at fault.
  throw Object.assign(error, { loc: { file: stored.absolute, line: stored.line, column: stored.column ?? 1 } });
}
