import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root, useFixtureSite } from './fixture-site.ts';

// Issue 28: `## Punkt 2 Grunnlag` with `### 2.1` under it did not build; the clause is 2 and its
// heading is shown as written. Issue 33: headings «Innhold» and «Fotnoter» took the ids the page uses
// itself (the skip link's target, the footnotes), and «Tittel» under clause 1 took clause 1's heading
// id: every id of a reading page is there once, and the contents links reach their clauses.
const site = useFixtureSite('clause-numbers', (dir) => {
  copyFileSync(join(root, 'tests/fixtures/parse/labelled-numbers/input.md'), join(dir, 'input.md'));
  const valid = readFileSync(join(root, 'tests/fixtures/parse/numbered-clauses/input.md'), 'utf8');
  const front = valid.slice(0, valid.indexOf('\n---\n') + 5);
  writeFileSync(
    join(dir, 'sider.md'),
    `${front
      .replace('slug: input', 'slug: sider')
      .replace('title: Retningslinje for prøving', 'title: Retningslinje med sidens egne navn')
      .replace('shortTitle: Prøve', 'shortTitle: Sider')}
## Innhold

Partene skal bruke elektroniske meldinger.[^1]

## 1 Formål

### Tittel

Kommunen skal melde avvik.

## Fotnoter

Helseforetaket skal varsle nedetid.

## Søk topp

Partene kan bruke video.

[^1]: En fotnote.
`,
  );
});

describe('the reading pages of a fixture site', () => {
  test('labelled numbers are shown as written, in the contents and the headings, with the ids of their numbers', async () => {
    const context = await site.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/retningslinjer/input/');
    expect(await page.locator('#punkt-2 > .clause-head h2').innerText()).toBe('Punkt 2 Grunnlag');
    expect(await page.locator('#punkt-2-1 h3').first().innerText()).toBe('2.1 Lover');
    expect(await page.locator('#punkt-2-2 h3').first().innerText()).toBe('Punkt 2.2 Avtaler');
    expect(await page.locator('#punkt-3 h2').first().innerText()).toBe('§ 3 Ansvar');
    expect(await page.locator('#punkt-5 h2').first().innerText()).toBe('Artikkel 5 Tvister');
    // The contents: the number as written in its own span (set apart by the stylesheet), then the heading.
    const contents = page.locator('nav.toc a[href="#punkt-2"]');
    expect(await contents.locator('.clause-nr').textContent()).toBe('Punkt 2');
    expect(await contents.textContent()).toBe('Punkt 2Grunnlag');
    await context.close();
  });

  test.each(['/retningslinjer/input/', '/retningslinjer/sider/', '/retningslinjer/sider/utskrift/'])(
    '%s has each id once, and the headings «Innhold», «Fotnoter», «Søk topp» and «Tittel» ids of their own',
    async (path) => {
      const context = await site.context({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      if (path === '/retningslinjer/sider/') {
        expect(await page.locator('main#innhold').count()).toBe(1);
        for (const [id, heading] of [
          ['innhold-avsnitt', 'Innhold'],
          ['fotnoter-avsnitt', 'Fotnoter'],
          ['sok-topp-avsnitt', 'Søk topp'],
          ['punkt-1-tittel-avsnitt', 'Tittel'],
        ])
          expect(await page.locator(`#${id} h2, #${id} h3`).first().innerText()).toBe(heading);
      }
      await context.close();
    },
  );
});
