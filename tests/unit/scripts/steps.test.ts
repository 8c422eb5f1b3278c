import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSteps } from '../../../scripts/bench/steps.ts';
import { root } from '../helpers/index.ts';

// Lines as `astro build` prints them (NO_COLOR), with the time each arrived.
const log = [
  [0, ''],
  [5300, '08:16:39 [content] Syncing content'],
  [6900, '08:16:40 [content] Synced content'],
  [6900, '08:16:40 [build] ✓ Completed in 4.28s.'],
  [6900, '08:16:40 [build] Building static entrypoints...'],
  [9000, ' generating static routes '],
  [9200, '08:16:43   ├─ /404.html (+45ms) '],
  [9300, '08:16:43   ├─ /data/sammenlign/innlandet/unn.json (+68ms) '],
  [9400, '08:16:43   ├─ /data/sammenlign/unn/innlandet.json (+2ms) '],
  [9500, '08:16:43   ├─ /tema/video/unn/index.html (+1.50s) '],
  [9600, '08:16:43   ├─ /tema/video/index.html (+3ms) '],
  [9700, '08:16:43   └─ /index.html (+2ms) '],
  [9700, '08:16:43 ✓ Completed in 0.98s.'],
  [12000, '08:16:46 [build] Complete!'],
].map(([ms, text]) => ({ ms: ms as number, text: text as string }));

test('the phases run from the line that opens each to the next', () => {
  const { phases, firstPageMs } = buildSteps(log, 12_500, join(root, 'src/pages'));
  expect(phases.map((phase) => [phase.name, phase.ms])).toEqual([
    ['start: config, integrations, Vite', 5300],
    ['content: loaders (parse, store)', 1600],
    ['types, build info', 0],
    ['bundle (Vite)', 2100],
    ['getStaticPaths, first page', 200],
    ['pages', 500],
    ['after the pages: Pagefind, …', 2800],
  ]);
  expect(firstPageMs).toBe(9200);
});

test.each([
  { route: '/tema/[topic]/[baseline]/', pages: 1, ms: 1500 },
  { route: '/data/sammenlign/[a]/[b].json', pages: 2, ms: 70 },
  { route: '/404.html', pages: 1, ms: 45 },
  { route: '/tema/[topic]/', pages: 1, ms: 3 },
  { route: '/', pages: 1, ms: 2 },
])("each page's time counts for its route in src/pages: $route", ({ route, pages, ms }) => {
  const { routes } = buildSteps(log, 12_500, join(root, 'src/pages'));
  expect(routes).toContainEqual({ route, pages, ms });
});
