import type { APIRoute, GetStaticPaths } from 'astro';
import { getComparison, getPairs } from '../../../../data/compare.ts';
import type { SiteGuideline } from '../../../../data/guidelines.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getPairs()).map(({ a, b }) => ({ params: { a: a.meta.slug, b: `${b.meta.slug}` }, props: { a, b } }));

export const GET: APIRoute = async ({ props }) => {
  const { a, b } = props as { a: SiteGuideline; b: SiteGuideline };
  return Response.json((await getComparison(a, b)).alignment);
};
