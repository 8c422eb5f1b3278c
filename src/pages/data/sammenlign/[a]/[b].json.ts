import type { APIRoute, GetStaticPaths } from 'astro';
import { getAlignment, getPairs } from '../../../../queries/comparisons.ts';
import type { SiteGuideline } from '../../../../queries/guidelines.ts';
import { dutyDifferences } from '../../../../lib/obligations/duty-diff.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getPairs()).map(({ a, b }) => ({ params: { a: a.meta.slug, b: b.meta.slug }, props: { a, b } }));

/** The alignment behind the comparison page; each pair also says where its clauses' duties differ, as the page does. */
export const GET: APIRoute = async ({ props }) => {
  const { a, b } = props as { a: SiteGuideline; b: SiteGuideline };
  const alignment = await getAlignment(a, b);
  const of = (guideline: SiteGuideline, clause: string) => guideline.obligations.filter((o) => o.clause === clause);
  return Response.json({
    ...alignment,
    pairs: alignment.pairs.map((pair) => ({ ...pair, duties: dutyDifferences(of(a, pair.a), of(b, pair.b)) })),
  });
};
