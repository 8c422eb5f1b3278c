import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Clause, Guideline } from '../lib/model/types.ts';

// The clauses' bodies (their Markdown syntax trees) are read after loading only by the Word files,
// the print pages and the import page's data, yet as plain objects they were a third of the content
// store, which Astro keeps in memory, serialises into the build's bundle and reads back for the
// pages. So the store keeps each guideline's bodies packed, one deflated JSON string (under half
// their size there), and a body is unpacked when a page reads `clause.body`.

/** A guideline as the content store keeps it: each clause's body left out (null keeps the key's place) and all of them packed in `bodies`. */
export type StoredGuideline<Meta> = Omit<Guideline<Meta>, 'clauses'> & {
  clauses: Array<Omit<Clause, 'body'> & { body: null }>;
  bodies: string;
};

/** What the store keeps of a parsed guideline: its clauses without their bodies' source positions (the parser's errors are behind us), the bodies packed. */
export function storedGuideline<Meta>(guideline: Guideline<Meta>): StoredGuideline<Meta> {
  for (const clause of guideline.clauses)
    visit({ type: 'root', children: clause.body } as Root, (node) => void delete node.position);
  return {
    ...guideline,
    clauses: guideline.clauses.map((clause) => ({ ...clause, body: null })),
    bodies: deflateRawSync(JSON.stringify(guideline.clauses.map((clause) => clause.body))).toString('base64'),
  };
}

/**
 * The guideline again from what the store keeps: each clause's `body` a getter in the key's own
 * place (a clause written out as JSON is as the parser made it, less the positions), which unpacks
 * the guideline's bodies when one is read.
 */
export function siteGuideline<Meta>(stored: StoredGuideline<Meta>): Guideline<Meta> {
  const { bodies: packed, ...guideline } = stored;
  stored.clauses.forEach((clause, index) =>
    Object.defineProperty(clause, 'body', {
      get: () => unpacked(packed)[index]!,
      enumerable: true,
      configurable: true,
    }),
  );
  return guideline as unknown as Guideline<Meta>;
}

// The last few guidelines' unpacked bodies: a Word file reads every clause's body of one guideline
// (a revision, of two) one after another; older ones are let go, so the build never holds every
// guideline's trees at once. Unpacking one guideline's takes a fraction of a millisecond.
const recent = new Map<string, RootContent[][]>();
const RECENT = 4;

function unpacked(packed: string): RootContent[][] {
  let bodies = recent.get(packed);
  if (bodies) {
    recent.delete(packed);
  } else {
    bodies = JSON.parse(inflateRawSync(Buffer.from(packed, 'base64')).toString('utf8')) as RootContent[][];
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  }
  recent.set(packed, bodies);
  return bodies;
}
