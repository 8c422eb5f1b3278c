import { getPairs } from './comparisons.ts';
import { getGuidelines } from './guidelines.ts';
import { getVersionPairs } from './version-pairs.ts';

// The getStaticPaths of the pages that repeat over the same things, written once. A page says
// `export const getStaticPaths = pathsBySlug;` and reads the props these give.

/** One page per current guideline: `params.slug`, `props.guideline`. */
export async function pathsBySlug() {
  return (await getGuidelines()).map((guideline) => ({ params: { slug: guideline.meta.slug }, props: { guideline } }));
}

/** One page per ordered pair of guidelines the site compares: `params.a`, `params.b`, `props.a`, `props.b`. */
export async function pathsByPair() {
  return (await getPairs()).map(({ a, b }) => ({ params: { a: a.meta.slug, b: b.meta.slug }, props: { a, b } }));
}

/** One page per current guideline and other version of it: `params.slug`, `params.version`, `props.pair`. */
export async function pathsByVersionPair() {
  return (await getVersionPairs()).map((pair) => ({
    params: { slug: pair.current.meta.slug, version: pair.version },
    props: { pair },
  }));
}
