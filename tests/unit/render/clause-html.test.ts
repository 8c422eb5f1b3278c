import { describe, expect, test } from 'vitest';
import { guidelineSchema } from '../../../src/lib/model/schema.ts';
import { parseGuideline } from '../../../src/lib/parse/guideline.ts';
import { MARK_CLASS, MARK_LABEL_CLASS, renderHtml, renderMarkedHtml } from '../../../src/lib/render/clause-html.ts';
import type { PhrasingContent } from 'mdast';
import { readFileSync } from 'node:fs';
import { fixtures, topicIds } from '../helpers/index.ts';

// A clause is rendered once, its obligations' marks an input (renderMarkedHtml): the HTML without the
// marks must be the HTML of the unmarked body, rendered on its own, byte for byte. Bodies written for
// this test, with what the walk could get wrong: a mark cut across a soft line break, formatting, a
// footnote call inside and after a mark, a table with empty cells, a bare address.
const frontMatter = readFileSync(`${fixtures}/parse/numbered-clauses/input.md`, 'utf8').split('\n## ')[0];
const parse = (body: string) =>
  parseGuideline(`${frontMatter}\n${body}`, { file: 'input.md', schema: guidelineSchema, topics: topicIds() });

describe('the marked render and the plain render agree', () => {
  test.each([
    {
      name: 'a soft line break inside the marked words',
      body: '## 1 Ansvar\n\nKommunen skal melde  \nfra om nedetid\ntil foretaket. Det er alt.\n',
    },
    { name: 'formatting inside the mark', body: '## 1 Ansvar\n\nPartene *skal* avtale **faste** kontaktpunkter.\n' },
    {
      name: 'footnote calls in and after marks',
      body: '## 1 Ansvar\n\nKommunen skal varsle[^a] om feil. Foretaket skal svare[^a].\n\n## 2 Mer\n\nPartene må møtes[^b].\n\n[^a]: Se avtalen.\n[^b]: Årlig.\n',
    },
    {
      name: 'a checklist and a table of fields to fill in (their classes given once)',
      body: '## 1 Test\n\nKommunen skal fylle ut skjemaet.\n\n| Felt | Verdi |\n| --- | --- |\n| Dato | |\n\n| Nr | Test | Resultat |\n| --- | --- | --- |\n| 1 | Sende melding | |\n| 2 | Motta svar | |\n',
    },
    {
      name: 'an action table with empty cells',
      body: '## 1 Handlingsplan\n\n| Aksjonspunkt | Ansvar | Frist |\n| --- | --- | --- |\n| Lage rutine for avvik | Kommunen | |\n| Teste meldinger | Foretaket | Innen mars |\n',
    },
    {
      name: 'a bare address in a marked sentence',
      body: '## 1 Lenker\n\nKommunen skal bruke <https://www.nhn.no/> ved feil.\n',
    },
    {
      name: 'a list under a lead-in',
      body: '## 1 Plikter\n\nKommunen skal:\n\n- melde avvik\n- holde registeret oppdatert\n',
    },
  ])('$name', ({ body }) => {
    const guideline = parse(body);
    expect(guideline.obligations.length, 'the case has obligations to mark').toBeGreaterThan(0);
    expect(guideline.clauses.some((clause) => clause.markedHtml.includes('class="plikt plikt-'))).toBe(true);
    // The body rendered alone, footnote calls counted across the text in the same order.
    const render = {
      footnoteNumbers: new Map(
        guideline.clauses.flatMap((clause) => clause.footnotes.map((f) => [f.label.toLowerCase(), f.number] as const)),
      ),
      referenceCounts: new Map<string, number>(),
    };
    for (const clause of guideline.clauses) expect(clause.html, clause.id).toBe(renderHtml(clause.body, render));
    // And the marked HTML is that HTML with marks and labels added, nothing else.
    const unmarked = (html: string) =>
      html
        .replace(/<span class="plikt-etikett">[^<]*<\/span>/g, '')
        .replace(/<span class="plikt plikt-\w+" data-part="\w+" data-plikt="[\w-]+">([^<]*)<\/span>/g, '$1');
    for (const clause of guideline.clauses) expect(unmarked(clause.markedHtml), clause.id).toBe(clause.html);
  });
});

// A mark whose words end just before a line end leaves a space that toHast keeps in the piece but
// trims in the whole text: taking the mark out joins the pieces and trims them as the whole.
test('a mark that ends before a soft line break: the plain HTML is the unmarked paragraph', () => {
  const mark = (children: PhrasingContent[]) =>
    ({
      type: 'merke',
      data: { hName: 'span', hProperties: { className: [MARK_CLASS] } },
      children,
    }) as unknown as PhrasingContent;
  const label = {
    type: 'etikett',
    data: {
      hName: 'span',
      hProperties: { className: [MARK_LABEL_CLASS] },
      hChildren: [{ type: 'text', value: '[x] ' }],
    },
  } as unknown as PhrasingContent;
  const options = { footnoteNumbers: new Map() };
  const { html, marked } = renderMarkedHtml(
    [
      {
        type: 'paragraph',
        children: [label, mark([{ type: 'text', value: 'Kommunen skal melde ' }]), { type: 'text', value: '\n  fra.' }],
      },
    ],
    options,
  );
  expect(marked).toContain(`<span class="${MARK_LABEL_CLASS}">[x] </span>`);
  expect(html).toBe(
    renderHtml([{ type: 'paragraph', children: [{ type: 'text', value: 'Kommunen skal melde \n  fra.' }] }], options),
  );
});
