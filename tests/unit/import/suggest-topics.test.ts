import { describe, expect, test } from 'vitest';
import { suggestTopics } from '../../../src/lib/import/draft.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import type { MetaSchema } from '../../../src/lib/model/types.ts';
import { loadSite, loadTopics } from '../helpers/index.ts';

// A draft's introduction has no heading line to carry `{tema=…}`: the import suggests it no topic (a tag
// written after its first line would stand in its text), though the comparison suggests one from its
// text (src/lib/compare/similarity.ts). Sentences of this test's own.
const site = loadSite();
const vocabulary = loadTopics();
const anyMeta: MetaSchema<Record<string, unknown>> = {
  safeParse: (data) => ({ success: true, data: data as Record<string, unknown> }),
};
const draft = (body: string) =>
  parseGuideline(`---\nslug: ny\n---\n\n${body}`, {
    file: 'ny.md',
    schema: anyMeta,
    topics: new Set(vocabulary.map((topic) => topic.id)),
  }).clauses;

describe('the topics the import suggests for a draft', () => {
  test.each([
    {
      what: 'an introduction of its own text gets none, a clause with a heading its own',
      body: 'Denne delavtalen hører til samarbeidsavtalen som kommunene og helseforetaket har inngått. Den gjentar ikke det som står i samarbeidsavtalen.\n\n## 1 Varighet og oppsigelse\n\nAvtalen gjelder til den blir sagt opp, og revideres ved behov. Oppsigelse følger samarbeidsavtalen.\n',
      suggested: ['punkt-1 varighet'],
    },
  ])('$what', ({ body, suggested }) => {
    const got = suggestTopics(draft(body), site, vocabulary);
    expect(got.map((s) => `${s.id} ${s.topics.join(',')}`)).toEqual(suggested);
  });
});
