import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Clause, Guideline } from '../lib/model/types.ts';

// Astro serialises the content store into the build's bundle, and while the bundle is made V8 holds
// a score of copies of that string until its next full collection: at national size (247 texts)
// that was the build's peak memory. So the store keeps each guideline packed, as deflated JSON in
// base64, a third of its size as plain data and all ASCII (one character outside Latin-1 anywhere
// in the store makes V8 hold every copy at two bytes a character). The clauses' bodies (their
// Markdown syntax trees), which only the Word files, the print pages and the import page's data
// read, are packed apart and unpacked only when a page reads `clause.body`, so the build never holds
// every guideline's trees at once.

/** A guideline as the content store keeps it: the guideline with its clause bodies left out, packed in `model`; the bodies in `bodies`. */
export interface StoredGuideline {
  model: string;
  bodies: string;
}

/** The guideline as packed: each clause body null, which keeps the key's place. */
type Model<Meta> = Omit<Guideline<Meta>, 'clauses'> & { clauses: Array<Omit<Clause, 'body'> & { body: null }> };

const pack = (value: unknown) => deflateRawSync(JSON.stringify(value)).toString('base64');
const unpack = <T>(packed: string) => JSON.parse(inflateRawSync(Buffer.from(packed, 'base64')).toString('utf8')) as T;

/** What the store keeps of a parsed guideline; the bodies lose their source positions, which were for the parser's errors. */
export function storedGuideline<Meta>(guideline: Guideline<Meta>): StoredGuideline {
  for (const clause of guideline.clauses)
    visit({ type: 'root', children: clause.body } as Root, (node) => void delete node.position);
  const model: Model<Meta> = { ...guideline, clauses: guideline.clauses.map((clause) => ({ ...clause, body: null })) };
  return { model: pack(model), bodies: pack(guideline.clauses.map((clause) => clause.body)) };
}

/**
 * The guideline again from what the store keeps, as the parser made it (less the bodies' source
 * positions); each clause's `body` is a getter in the key's own place (the import page's data writes
 * the guidelines out as JSON), which unpacks the guideline's bodies when one is read.
 */
export function siteGuideline<Meta>(stored: StoredGuideline): Guideline<Meta> {
  const guideline = unpack<Model<Meta>>(stored.model);
  guideline.clauses.forEach((clause, index) =>
    Object.defineProperty(clause, 'body', {
      get: () => unpackedBodies(stored.bodies)[index]!,
      enumerable: true,
      configurable: true,
    }),
  );
  return guideline as unknown as Guideline<Meta>;
}

// The last few guidelines' unpacked bodies: a Word file reads every clause's body of one guideline
// (a revision, of two) one after another; older ones are let go. Unpacking one guideline's bodies
// takes a fraction of a millisecond.
const recent = new Map<string, RootContent[][]>();
const RECENT = 4;

function unpackedBodies(packed: string): RootContent[][] {
  let bodies = recent.get(packed);
  if (bodies) {
    recent.delete(packed);
  } else {
    bodies = unpack<RootContent[][]>(packed);
    if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  }
  recent.set(packed, bodies);
  return bodies;
}
