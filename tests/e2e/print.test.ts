import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './harness.ts';
import { shortFingerprint } from '../../src/lib/print/verify.ts';
import type { PublishedGuideline } from '../../src/lib/model/published.ts';
import { readPdf, squeeze } from './pdf-text.ts';

const site = useSite();
const slugs = ['st-olav', 'telemark', 'unn', 'innlandet', 'more-og-romsdal'];
const DOTS = '……………………';
// The guidelines whose municipal party is many municipalities, each signing for itself ("Kommunene i
// Telemark"); St. Olav's is the one municipality whose name is left blank.
const SIGNED_BY_EACH = ['telemark', 'unn', 'innlandet', 'more-og-romsdal'];

type Exported = Pick<PublishedGuideline, 'title' | 'version' | 'status' | 'fingerprint' | 'signatories'>;
const exported = async (slug: string): Promise<Exported> => (await fetch(`${site.origin}/data/${slug}.json`)).json();

// What a printed page would show of the screen chrome: anything of these that is visible is a failure.
const CHROME = [
  '.site-header',
  '.site-footer',
  '.skip-link',
  'nav[aria-label="Hovedmeny"]',
  '.clause-tools',
  'button',
  'input',
  '.print-links',
  '.compare-with',
  '.fill-form',
  '.print-back',
  '.footnote-back',
];
/** The text a locator prints: without the words only screen readers get (.visually-hidden), whitespace collapsed. */
const printedText = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const hidden of copy.querySelectorAll('.visually-hidden, [hidden]')) hidden.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
const visibleChrome = (page: Page) =>
  page.evaluate(
    (selectors) =>
      selectors.flatMap((selector) =>
        [...document.querySelectorAll<HTMLElement>(selector)]
          .filter((element) => element.checkVisibility())
          .map((element) => `${selector}: ${element.textContent?.trim().slice(0, 30)}`),
      ),
    CHROME,
  );

describe.each(slugs)('printing %s', (slug) => {
  test('the reading page prints without screen chrome, with its running header and footer', async () => {
    const data = await exported(slug);
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(`/retningslinjer/${slug}/`);
    expect((await visibleChrome(page)).length).toBeGreaterThan(0); // on screen the chrome is there
    expect(await page.getByRole('link', { name: 'Utskriftsversjon med signaturside' }).getAttribute('href')).toBe(
      `/retningslinjer/${slug}/utskrift/`,
    );
    // This build has no PDFs (npm run pdf makes them), so the PDF link stays hidden.
    expect(await page.locator('[data-pdf-link]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleChrome(page)).toEqual([]);
    expect(await page.locator('section.clause').first().isVisible()).toBe(true);
    const margins = await page.locator('style[data-page-margins]').textContent();
    expect(margins).toContain(`Versjon ${data.version}`);
    expect(margins).toContain(`Fingeravtrykk ${shortFingerprint(data.fingerprint)}`);
    expect(margins).toContain('counter(pages)');
    await context.close();
  });

  test('the print version has the title block, the text and a signature block per party, and prints without chrome', async () => {
    const data = await exported(slug);
    const context = await site.context();
    const page = await context.newPage();
    await page.goto(`/retningslinjer/${slug}/utskrift/`);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleChrome(page)).toEqual([]);
    const reading = await (await fetch(`${site.origin}/retningslinjer/${slug}/`)).text();
    const readingIds = [...reading.matchAll(/<section class="clause[^"]*" id="([^"]+)"/g)].map((match) => match[1]);
    expect(
      await page.locator('section.clause').evaluateAll((sections) => sections.map((section) => section.id)),
    ).toEqual(readingIds);
    expect(await page.locator('.title-block').textContent()).toContain(shortFingerprint(data.fingerprint));

    const signaturePage = page.locator('.signature-page');
    expect(await signaturePage.isVisible()).toBe(true);
    expect(await signaturePage.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
    const blocks = signaturePage.locator('.signature-block');
    expect(await blocks.count()).toBe(data.signatories.length);
    for (const [index, party] of data.signatories.entries()) {
      const block = blocks.nth(index);
      expect(await printedText(block.locator('.signature-organisation'))).toBe(party.name);
      expect(await block.locator('dt').allTextContents()).toEqual([
        ...(party.role === 'kommune' && SIGNED_BY_EACH.includes(slug) ? ['Kommune'] : []),
        'Sted og dato',
        'Underskrift',
        'Navn med blokkbokstaver',
        'Tittel',
      ]);
      // Lines to write on: empty, with a rule under them.
      for (const line of await block.locator('dd').all()) {
        expect(await line.textContent()).toBe('');
        expect(await line.evaluate((element) => getComputedStyle(element).borderBottomStyle)).toBe('solid');
      }
    }

    const stamp = page.locator('.draft-stamp');
    if (data.status === 'utkast') {
      expect(await stamp.isVisible()).toBe(true);
      expect(await stamp.evaluate((element) => [getComputedStyle(element).position, element.textContent])).toEqual([
        'fixed',
        'UTKAST',
      ]);
      expect(await page.locator('style[data-page-margins]').textContent()).toContain(
        '@top-center { content: "UTKAST"; }',
      );
    } else {
      expect(await stamp.count()).toBe(0);
    }
    await context.close();
  });
});

// Regression: the printed checklist had no running header or footer, so a loose page said
// neither which text nor which version it was checked against.
test.each(slugs)('the checklist of %s prints the running header and footer on every page', async (slug) => {
  const data = await exported(slug);
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/retningslinjer/${slug}/plikter/`);
  const { pages } = await readPdf(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((text, index) => {
    const flat = squeeze(text);
    expect(flat, `page ${index + 1}`).toContain(squeeze(data.title));
    expect(flat, `page ${index + 1}`).toContain(squeeze(`Versjon ${data.version}`));
    expect(flat, `page ${index + 1}`).toContain(squeeze(`Fingeravtrykk ${shortFingerprint(data.fingerprint)}`));
    expect(flat, `page ${index + 1}`).toContain(squeeze(`Side ${index + 1} av ${pages.length}`));
  });
  await context.close();
});

test('filling in St. Olav prints the municipality’s name for every blank and the signatories’ lines, without a single request', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/retningslinjer/st-olav/utskrift/');
  await page.waitForLoadState('networkidle');
  const blanks = await page.locator('.plassholder[data-plassholder="kommune"]').count();
  expect(blanks).toBeGreaterThanOrEqual(3); // clause 1.1, the title, the party (twice: title block and signature page)

  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Rewriting the running header's <style> must not trip the Content Security Policy.
  await page.evaluate(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective}`)),
  );
  page.on('websocket', (socket) => requests.push(`websocket ${socket.url()}`));
  const form = page.locator('.fill-form');
  expect(await form.isVisible()).toBe(true);
  await form.getByLabel('Kommunens navn').fill('Malvik');
  await page.locator('#kommune-sted').fill('Hommelvik');
  await page.locator('#kommune-dato').fill('2025-03-03');
  await page.locator('#kommune-navn').fill('Kari Nordmann');
  await page.locator('#kommune-tittel').fill('Ordfører');
  await page.locator('#helseforetak-navn').fill('Ola Nordmann');
  await page.locator('#helseforetak-tittel').press('Enter'); // nothing to submit
  await page.emulateMedia({ media: 'print' });

  const printed = await printedText(page.locator('article'));
  expect(printed).not.toContain(DOTS);
  expect(printed).toContain('Avtalen er inngått mellom Malvik kommune, benevnt som kommunen');
  expect(printed).toContain('RETNINGSLINJE FOR SAMARBEID MELLOM Malvik KOMMUNE OG ST. OLAVS HOSPITAL');
  expect(await page.locator('.plassholder.filled').count()).toBe(blanks);
  expect(await page.locator('style[data-page-margins]').textContent()).toContain('MELLOM Malvik KOMMUNE');

  const kommune = page.locator('.signature-block[data-party="kommune"]');
  expect(await printedText(kommune.locator('.signature-organisation'))).toBe('Malvik kommune');
  expect(await kommune.locator('dd').allTextContents()).toEqual([
    'Hommelvik, 3. mars 2025',
    '',
    'Kari Nordmann',
    'Ordfører',
  ]);
  expect(await page.locator('.signature-block[data-party="helseforetak"] dd').allTextContents()).toEqual([
    '',
    '',
    'Ola Nordmann',
    '',
  ]);

  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
  expect(page.url()).toBe(`${site.origin}/retningslinjer/st-olav/utskrift/`);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  await context.close();
});

// String.prototype.replaceAll reads $' $& $` $$ in a replacement string as patterns; the name must
// reach the running header as typed.
test('a municipality’s name with $ patterns reaches the running header as typed', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/retningslinjer/st-olav/utskrift/');
  const name = "A$'B$&C$$D$`E";
  await page.locator('.fill-form').getByLabel('Kommunens navn').fill(name);
  const margins = (await page.locator('style[data-page-margins]').textContent()) ?? '';
  expect(margins).toContain(`MELLOM ${name} KOMMUNE`);
  // As the browser reads the style sheet: the margin box's content string holds the name.
  const rules = await page.evaluate(() =>
    [...(document.querySelector<HTMLStyleElement>('style[data-page-margins]')?.sheet?.cssRules ?? [])]
      .map((rule) => rule.cssText)
      .join('\n'),
  );
  expect(rules).toContain(`MELLOM ${name} KOMMUNE`);
  await page.locator('.fill-form').getByLabel('Kommunens navn').fill('');
  expect(await page.locator('style[data-page-margins]').textContent()).not.toContain(name);
  await context.close();
});

// Regression (issue 33): a name ending in a right-to-left override (U+202E) reversed the rest of
// the printed title. The controls are taken out, and the blank is isolated from the text around it.
test('a municipality’s name with a right-to-left override does not turn the printed title around', async () => {
  const context = await site.context();
  const page = await context.newPage();
  await page.goto('/retningslinjer/st-olav/utskrift/');
  await page.locator('.fill-form').getByLabel('Kommunens navn').fill('Malvik\u202e');
  await page.emulateMedia({ media: 'print' });
  const printed = await printedText(page.locator('article'));
  expect(printed).toContain('RETNINGSLINJE FOR SAMARBEID MELLOM Malvik KOMMUNE OG ST. OLAVS HOSPITAL');
  expect(printed).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  expect(await page.locator('style[data-page-margins]').textContent()).not.toMatch(/[\u202a-\u202e]/);
  const isolation = await page
    .locator('.plassholder.filled .plassholder-prikker')
    .first()
    .evaluate((element) => getComputedStyle(element).unicodeBidi);
  expect(isolation).toBe('isolate');
  await context.close();
});

// Regression: the form's text fields were shorter than its date fields (padding of the site's own
// over Designsystemet's field, whose date height is fixed).
test.each([320, 390, 1280])(
  'at %i px the fill-in form’s fields, text and date, are one height and one style',
  async (width) => {
    const context = await site.context({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto('/retningslinjer/st-olav/utskrift/');
    await page.locator('.fill-form').waitFor();
    const fields = await page.locator('.fill-form input').evaluateAll((inputs) =>
      inputs.map((input) => {
        const style = getComputedStyle(input);
        return {
          type: (input as HTMLInputElement).type,
          height: input.getBoundingClientRect().height,
          look: [style.borderTopWidth, style.borderTopStyle, style.borderRadius, style.fontSize, style.paddingLeft],
        };
      }),
    );
    expect(new Set(fields.map((field) => field.type))).toEqual(new Set(['text', 'date']));
    expect(new Set(fields.map((field) => field.height)).size, JSON.stringify(fields)).toBe(1);
    expect(new Set(fields.map((field) => field.look.join(' '))).size, JSON.stringify(fields)).toBe(1);
    // Designsystemet's own size: a tap target well above 24 px.
    expect(fields[0]!.height).toBeGreaterThanOrEqual(40);
    await context.close();
  },
);

test('without JavaScript the print version prints blank lines and the dotted blank, and no form', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/st-olav/utskrift/');
  expect(await page.locator('.fill-form').isVisible()).toBe(false);
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.signature-page dd').allTextContents()).toEqual(Array(8).fill(''));
  expect(await printedText(page.locator('#punkt-1-1'))).toContain(`mellom ${DOTS} kommune`);
  await context.close();
});

test('Innlandet’s checklist prints as a form: lines for the header fields, a box to tick for each of the 20 cases', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/innlandet/utskrift/');
  await page.emulateMedia({ media: 'print' });
  const appendix = page.locator('section.clause').last();
  expect(await appendix.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
  const boxes = await appendix.locator('td.avkrysning').evaluateAll((cells) =>
    cells.map((cell) => {
      const box = getComputedStyle(cell, '::before');
      return {
        row: cell.parentElement!.firstElementChild!.textContent,
        border: box.borderTopStyle,
        width: parseFloat(box.width),
      };
    }),
  );
  expect(boxes.map((box) => box.row)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  for (const box of boxes) {
    expect(box.border).toBe('solid');
    expect(box.width).toBeGreaterThan(10);
  }
  const fields = await appendix
    .locator('td.felt')
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().height));
  expect(fields).toHaveLength(11);
  for (const height of fields) expect(height).toBeGreaterThan(25);
  // On screen the boxes are not drawn.
  await page.emulateMedia({ media: 'screen' });
  expect(
    await appendix
      .locator('td.avkrysning')
      .first()
      .evaluate((cell) => getComputedStyle(cell, '::before').content),
  ).toBe('none');
  await context.close();
});

test('external links print their address after them, once', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/telemark/');
  const after = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((link) => getComputedStyle(link, '::after').content);
  const link = page.locator('#punkt-8 a[href^="http"]').first();
  const bare = page.locator('a.bare-url').first();
  expect(await after(link)).toBe('none');
  await page.emulateMedia({ media: 'print' });
  expect(await after(link)).toBe(`" (${await link.getAttribute('href')})"`);
  // A link whose text is its address is not printed twice.
  expect(await bare.textContent()).toBe(await bare.getAttribute('href'));
  expect(await after(bare)).toBe('none');
  await context.close();
});

test('the print version of a Nynorsk guideline is a Nynorsk document, with the site’s own words marked Bokmål', async () => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/retningslinjer/more-og-romsdal/utskrift/');
  // <html lang> is what the PDF's Language is taken from.
  expect(await page.locator('html').getAttribute('lang')).toBe('nn');
  for (const selector of [
    '.site-header',
    '.site-footer',
    '.fill-form',
    '.title-facts',
    'nav.toc',
    '.signature-page',
    '.status-banner',
  ]) {
    expect(
      await page.locator(selector).evaluate((element) => element.closest('[lang]')?.getAttribute('lang')),
      selector,
    ).toBe('nb');
  }
  expect(
    await page
      .locator('section.clause')
      .first()
      .evaluate((element) => element.closest('[lang]')?.getAttribute('lang')),
  ).toBe('nn');
  await context.close();
});

// Regression: with the dark colour scheme the theme's light text printed on white paper, nearly invisible.
test('a reader whose screen is dark still prints dark text on light paper', async () => {
  const context = await site.context({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/retningslinjer/telemark/');
  const colours = () =>
    page.evaluate(() => {
      const luminance = (colour: string) =>
        colour
          .match(/\d+/g)!
          .slice(0, 3)
          .map(Number)
          .reduce((sum, channel) => sum + channel, 0) / 3;
      return {
        text: luminance(getComputedStyle(document.querySelector('.clause-body p')!).color),
        paper: luminance(getComputedStyle(document.body).backgroundColor),
      };
    });
  const screen = await colours();
  expect(screen.text).toBeGreaterThan(screen.paper);
  await page.emulateMedia({ media: 'print' });
  const paper = await colours();
  expect(paper.text).toBeLessThan(80);
  expect(paper.paper).toBe(255);
  await context.close();
});
