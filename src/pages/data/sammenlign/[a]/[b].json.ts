import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparisonOutline, getPairs } from '../../../../queries/comparisons.ts';
import type { SiteGuideline } from '../../../../queries/guidelines.ts';
import { comparisonJson } from '../../../../lib/compare/alignment-json.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getPairs()).map(({ a, b }) => ({ params: { a: a.meta.slug, b: b.meta.slug }, props: { a, b } }));

/** The alignment behind the comparison page, with its groups and where their duties differ, as the page shows them. */
export const GET: APIRoute = async ({ props }) => {
  const { a, b } = props as { a: SiteGuideline; b: SiteGuideline };
  return Response.json(comparisonJson(await getComparisonOutline(a, b)));
};
