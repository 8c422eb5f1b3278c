import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  byHealthRegion,
  decisionText,
  guidelineLabel,
  HEALTH_REGIONS,
  LANGUAGES,
  MODALITIES,
  PARTIES,
  STATUSES,
} from '../../../src/lib/model/vocabulary.ts';
import { loadSite } from '../helpers/index.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const VOCABULARY_MODULE = 'src/lib/model/vocabulary.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|astro|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every `file:line: text` that writes one of `words` out as a whole string or element text
 * (`'Felles for begge parter'`, `>Gjeldende<`) instead of taking it from the vocabulary. Comments are
 * not code and are skipped.
 */
export function findWrittenWords(file: string, source: string, words: readonly string[]): string[] {
  const pattern = new RegExp(`['"\`>](?:${words.map(escape).join('|')})['"\`<]`);
  return source.split('\n').flatMap((line, index) => {
    const trimmed = line.trim();
    if (/^(?:\/\/|\/\*|\*|\{\s*\/\*)/.test(trimmed)) return [];
    const code = line.replace(/\s\/\/\s.*$/, '');
    return pattern.test(code) ? [`${file}:${index + 1}: ${trimmed}`] : [];
  });
}

// How the site names parties, modalities, statuses and languages: said in vocabulary.ts and nowhere else.
const LABELS = [
  ...Object.values(PARTIES).flatMap((party) => [party.label, party.tag]),
  ...Object.values(MODALITIES).map((modality) => modality.label),
  ...Object.values(STATUSES).map((status) => status.label),
  ...Object.values(LANGUAGES),
  // The shared party's former name on the search filters; a heading in the texts, never a label.
  'Felles ansvar',
];

// Regions and short titles are content: they come from the front matter, never from code.
const CONTENT_NAMES = loadSite().flatMap(({ meta }) => [meta.region, meta.shortTitle]);

describe('vocabulary', () => {
  it('names a guideline with its region once, the same way on every page', () => {
    expect(guidelineLabel({ shortTitle: 'UNN', region: 'Troms og Ofoten' })).toBe('UNN – Troms og Ofoten');
    expect(guidelineLabel({ shortTitle: 'Telemark', region: 'Telemark' })).toBe('Telemark');
    expect(guidelineLabel({ shortTitle: 'St. Olav', region: 'Midt-Norge (Trøndelag)' })).toBe(
      'St. Olav – Midt-Norge (Trøndelag)',
    );
  });

  it('finds a label written out by hand (the check below can fail)', () => {
    expect(findWrittenWords('x.astro', `<span class="tag">Felles</span>`, LABELS)).toEqual([
      'x.astro:1: <span class="tag">Felles</span>',
    ]);
    expect(findWrittenWords('x.ts', `  label: 'Felles ansvar',`, LABELS)).toHaveLength(1);
    expect(findWrittenWords('x.ts', `// 'Felles ansvar' is a heading`, LABELS)).toEqual([]);
  });

  it('is the only place that names parties, modalities, statuses and languages, and no code names a region', () => {
    const found = [...sourceFiles('src'), ...sourceFiles('scripts')]
      .filter((file) => file !== VOCABULARY_MODULE)
      .flatMap((file) =>
        findWrittenWords(file, readFileSync(join(root, file), 'utf8'), [...new Set([...LABELS, ...CONTENT_NAMES])]),
      );
    expect(found, 'take these names from src/lib/model/vocabulary.ts (or the front matter)').toEqual([]);
  });
});

describe('byHealthRegion', () => {
  const regions = [
    { name: 'Telemark', health: 'sor-ost' as const },
    { name: 'UNN', health: 'nord' as const },
    { name: 'Region 1', health: null },
    { name: 'Innlandet', health: 'sor-ost' as const },
  ];
  it('groups north to south, keeps each group in the order given, puts the regions without one last and leaves out empty groups', () => {
    expect(
      byHealthRegion(regions, (region) => region.health).map(({ name, items }) => [
        name,
        items.map((item) => item.name),
      ]),
    ).toEqual([
      [HEALTH_REGIONS.nord, ['UNN']],
      [HEALTH_REGIONS['sor-ost'], ['Telemark', 'Innlandet']],
      ['Andre', ['Region 1']],
    ]);
  });
});

describe('decisionText', () => {
  it.each([
    {
      decision: { date: '2026-01-19', by: 'partnarskapsmøtet', verb: 'Vedteke i' },
      text: 'Vedteke i partnarskapsmøtet 19. januar 2026',
    },
    { decision: { date: '2016-11-20', by: 'OSU', verb: 'godkjent' }, text: 'Godkjent OSU 20. november 2016' },
    {
      decision: { date: '2023-06-01', by: 'Strategisk samarbeidsutvalg' },
      text: 'Godkjent i Strategisk samarbeidsutvalg 1. juni 2023',
    },
  ])("$text: the source's own words before the body, «Godkjent i» where none are kept", ({ decision, text }) => {
    expect(decisionText(decision)).toBe(text);
  });
});
