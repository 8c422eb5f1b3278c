// Stand-in for Astro's virtual module in unit tests (see tests/vitest.config.ts).
export const defineCollection = <T>(collection: T): T => collection;
