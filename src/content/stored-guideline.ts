import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Clause, Guideline, Obligation } from '../lib/model/types.ts';

// Astro serialises the content store into the build's bundle, and while the bundle is made V8 holds
// a score of copies of that string until its next full collection: at national size (247 texts)
// that was the build's peak memory. So the store keeps each guideline's clause model packed, as
// deflated JSON, a third of its size as plain data; the front matter stays as it is. The clauses'
// bodies (their Markdown syntax trees), which only the Word files, the print pages and the import
// page's data read, are packed apart and unpacked only when a page reads `clause.body`, so the
// build never holds every guideline's trees at once.

/** A guideline as the content store keeps it: its clauses (bodies left out) and obligations packed in `model`, the clause bodies in `bodies`. */
export type StoredGuideline<Meta> = Pick<Guideline<Meta>, 'meta' | 'file' | 'fingerprint' | 'current'> & {
  model: string;
  bodies: string;
};

/** The clauses and obligations as packed: each body null, which keeps the key's place. */
interface Model {
  clauses: Array<Omit<Clause, 'body'> & { body: null }>;
  obligations: Obligation[];
}

const pack = (value: unknown) => deflateRawSync(JSON.stringify(value)).toString('base64');
const unpack = <T>(packed: string) => JSON.parse(inflateRawSync(Buffer.from(packed, 'base64')).toString('utf8')) as T;

/** What the store keeps of a parsed guideline; the bodies lose their source positions, which were for the parser's errors. */
export function storedGuideline<Meta>(guideline: Guideline<Meta>): StoredGuideline<Meta> {
  const { meta, file, clauses, obligations, fingerprint, current } = guideline;
  for (const clause of clauses)
    visit({ type: 'root', children: clause.body } as Root, (node) => void delete node.position);
  const model: Model = { clauses: clauses.map((clause) => ({ ...clause, body: null })), obligations };
  return { meta, file, fingerprint, current, model: pack(model), bodies: pack(clauses.map((clause) => clause.body)) };
}

/**
 * The guideline again from what the store keeps, its keys in the parser's order (the import page's
 * data writes it out as JSON); each clause's `body` is a getter in the key's own place, which
 * unpacks the guideline's bodies when one is read.
 */
export function siteGuideline<Meta>(stored: StoredGuideline<Meta>): Guideline<Meta> {
  const { meta, file, fingerprint, current, model, bodies } = stored;
  const { clauses, obligations } = unpack<Model>(model);
  clauses.forEach((clause, index) =>
    Object.defineProperty(clause, 'body', {
      get: () => unpackedBodies(bodies)[index]!,
      enumerable: true,
      configurable: true,
    }),
  );
  return { meta, file, clauses: clauses as unknown as Clause[], obligations, fingerprint, current };
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
