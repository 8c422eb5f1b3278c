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

const latest = new Map<string, string>();

/**
 * memo that keeps only the latest key of a `family`: for what a run of consecutive pages shares and
 * no later page asks for again (the pages of one topic, which the build renders one after the
 * other), so that the build does not hold every topic's work at once.
 */
export function memoLatest<T>(family: string, key: string, compute: () => Promise<T>): Promise<T> {
  const full = `${family}\u0000${key}`;
  const previous = latest.get(family);
  if (previous !== undefined && previous !== full) cache.values.delete(previous);
  latest.set(family, full);
  return memo(full, compute);
}
