import { describe, expect, test } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();
const slugs = ['innlandet', 'more-og-romsdal', 'st-olav', 'telemark', 'unn'];

test('every ordered pair of guidelines has a comparison page and its JSON', async () => {
  for (const a of slugs) {
    for (const b of slugs.filter((slug) => slug !== a)) {
      expect((await fetch(`${site.origin}/sammenlign/${a}/${b}/`)).status, `${a}/${b}`).toBe(200);
      const json = await (await fetch(`${site.origin}/data/sammenlign/${a}/${b}.json`)).json();
      expect(Object.keys(json).sort()).toEqual(['a', 'b', 'onlyA', 'onlyB', 'pairs']);
      expect(json.a).toBe(a);
      for (const pair of json.pairs) {
        expect(pair.score).toBeGreaterThanOrEqual(0);
        expect(pair.score).toBeLessThanOrEqual(1);
        expect(['tagged', 'automatic']).toContain(pair.source);
      }
    }
  }
});

describe.each([true, false])('Telemark against UNN, JavaScript %s', (javaScriptEnabled) => {
  test('pairs the message-exchange clauses side by side with a word diff that does not rely on colour', async () => {
    const context = await site.context({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/sammenlign/telemark/unn/');
    const pair = page
      .locator('.pair', { has: page.locator('a[href="/retningslinjer/telemark/#punkt-4"]') })
      .filter({ has: page.locator('a[href="/retningslinjer/unn/#punkt-4-1"]') });
    await expect.poll(() => pair.count()).toBe(1);
    expect(await pair.locator('.pair-meta').textContent()).toContain('Samme tema');
    // "Helsedirektoratet" (Telemark) became "Direktoratet for e-helse" (UNN).
    expect(await pair.locator('del', { hasText: 'Helsedirektoratet' }).count()).toBe(1);
    expect(await pair.locator('ins', { hasText: 'Direktoratet for e-helse' }).count()).toBe(1);
    const del = pair.locator('del').first();
    expect(await del.evaluate((element) => getComputedStyle(element).textDecorationLine)).toContain('line-through');
    expect(await del.locator('.visually-hidden').first().textContent()).toBe('[Fjernet: ');
    expect(
      await pair
        .locator('ins')
        .first()
        .evaluate((element) => getComputedStyle(element).textDecorationLine),
    ).toContain('underline');
    // The legal-basis clauses are the same text.
    const same = page
      .locator('.pair', { has: page.locator('a[href="/retningslinjer/telemark/#punkt-7"]') })
      .filter({ has: page.locator('a[href="/retningslinjer/unn/#punkt-3"]') });
    expect(await same.getAttribute('data-identical')).toBe('true');
    expect(await same.locator('del, ins').count()).toBe(0);
    // Swap sides.
    await page.getByRole('link', { name: /Bytt side/ }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/sammenlign/unn/telemark/');
    await context.close();
  });
});

test('with JavaScript, the topic filter and "show only differences" narrow the rows', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/sammenlign/telemark/unn/');
  const visible = () => page.locator('.pair:visible').count();
  const all = await visible();
  await page.getByLabel('Vis tema').selectOption('meldingsutveksling');
  expect(await visible()).toBe(1);
  expect(await page.locator('.topic-group:visible h2').allTextContents()).toEqual(['Elektronisk meldingsutveksling']);
  await page.getByLabel('Vis tema').selectOption('');
  expect(await visible()).toBe(all);
  await page.getByLabel('Vis bare forskjeller').check();
  expect(await visible()).toBe(all - (await page.locator('.pair[data-identical="true"]').count()));
  expect(await page.locator('.pair[data-identical="true"]:visible').count()).toBe(0);
  await context.close();
});

test('without JavaScript the filters stay out of the way and every row is shown', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sammenlign/telemark/unn/');
  expect(await page.locator('[data-compare-controls]').isVisible()).toBe(false);
  expect(await page.locator('.pair:visible').count()).toBe(await page.locator('.pair').count());
  // The topic summary links to each group.
  await page.locator('.topic-summary a', { hasText: 'Elektronisk meldingsutveksling' }).click();
  expect(await page.evaluate(() => location.hash)).toBe('#tema-meldingsutveksling');
  await context.close();
});

test('choosing two guidelines: the form with JavaScript, the table of pairs without', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/sammenlign/');
  await page.getByLabel('Retningslinje A').selectOption('unn');
  await page.getByLabel('Retningslinje B').selectOption('unn');
  await page.getByRole('button', { name: 'Sammenlign' }).click();
  expect(await page.getByRole('alert').textContent()).toContain('to forskjellige');
  await page.getByLabel('Retningslinje B').selectOption('more-og-romsdal');
  await page.getByRole('button', { name: 'Sammenlign' }).click();
  await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/sammenlign/unn/more-og-romsdal/');
  await context.close();

  const plain = await site.context({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto('/sammenlign/');
  expect(await noScript.locator('form[data-compare-form]').isVisible()).toBe(false);
  await noScript.getByRole('link', { name: /sammenlign Telemark med UNN/ }).click();
  expect(new URL(noScript.url()).pathname).toBe('/sammenlign/telemark/unn/');
  await plain.close();
});

test('the similarity matrix prints its numbers, so it does not rely on colour', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sammenlign/');
  const cells = await page.locator('.similarity-matrix td a').allTextContents();
  expect(cells).toHaveLength(20);
  for (const cell of cells) expect(cell).toMatch(/^\d{1,3} %/);
  await context.close();
});

describe.each([true, false])('topic pages, JavaScript %s', (javaScriptEnabled) => {
  test('the matrix links each guideline’s clauses on a topic, or says plainly it is silent', async () => {
    const context = await site.context({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/tema/');
    const row = page.locator('tr', { has: page.locator('th a[href="/tema/brukermedvirkning/"]') });
    const cells = row.locator('td');
    expect(await cells.count()).toBe(5);
    const texts = await cells.allTextContents();
    expect(texts.filter((text) => text.includes('Ikke omtalt'))).toHaveLength(3);
    expect(await row.locator('a[href="/retningslinjer/unn/#punkt-6"]').count()).toBe(1);
    await context.close();
  });

  test('one topic across all guidelines, diffed against the baseline the reader chooses', async () => {
    const context = await site.context({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/tema/meldingsutveksling/');
    expect(await page.locator('.topic-column').count()).toBe(5);
    expect(await page.locator('.topic-column ins, .topic-column del').count()).toBe(0);
    await page.getByRole('navigation', { name: 'Sammenlign mot' }).getByRole('link', { name: 'Telemark' }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/tema/meldingsutveksling/telemark/');
    expect(await page.locator('#kolonne-telemark').textContent()).toContain('(utgangspunkt)');
    // UNN words its message exchange like Telemark: its column is a diff against Telemark.
    const unn = page.locator('.topic-column', { has: page.locator('#kolonne-unn') });
    expect(await unn.locator('ins').count()).toBeGreaterThan(0);
    expect(await unn.locator('ins', { hasText: 'Direktoratet for e-helse' }).count()).toBe(1);
    // Nynorsk keeps its lang.
    expect(
      await page.locator('.topic-column', { has: page.locator('#kolonne-more-og-romsdal') }).getAttribute('lang'),
    ).toBe('nn');
    await context.close();
  });
});
