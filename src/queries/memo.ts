import { getCollection } from 'astro:content';
import { throwLoadError } from '../content/load-error.ts';

/** Every entry of a collection; on the dev server, throws the content error its loader stored instead, if any. */
export async function readCollection<Name extends 'guidelines' | 'topics'>(name: Name) {
  const entries = await getCollection(name);
  throwLoadError(entries);
  return entries;
}

/**
 * The revision of the content: constant in a production build (the content cannot change under it);
 * on the dev server every entry's id and digest, which the loaders set from the parsed model, so a
 * saved edit is a new revision.
 */
async function revision(): Promise<string> {
  if (import.meta.env.PROD) return 'build';
  const entries = [...(await getCollection('guidelines')), ...(await getCollection('topics'))];
  return entries.map((entry) => `${entry.id}\u0000${entry.digest ?? ''}`).join('\n');
}

let cache: { revision: string | undefined; values: Map<string, Promise<unknown>> } = {
  revision: undefined,
  values: new Map(),
};

/**
 * `compute()`, worked out once per key: once for the whole production build (every page that asks
 * shares the answer), and on the dev server once per revision of the content, so an edit shows on
 * the next reload without recomputing everything for every page.
 */
export async function memo<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const current = await revision();
  if (current !== cache.revision) cache = { revision: current, values: new Map() };
  let value = cache.values.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    cache.values.set(key, value);
  }
  return value;
}
