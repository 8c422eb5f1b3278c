import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root, useFixtureSite } from './fixture-site.ts';

// Issue 12: a guideline saved with a byte order mark or with CRLF line ends (as Windows editors
// save it) must build and publish the same words as the clean file. The three fixtures are built
// as one site (GUIDELINES_DIR), byte for byte but for their slug, short title and region.
const fixtures = join(root, 'tests/fixtures');
/** Text as the UTF-8 file's bytes read one to one (latin1), to replace inside such a string. */
const asLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
const SAVED = { ren: 'safety/line-ends', bom: 'safety/bom', crlf: 'safety/crlf' } as const;

const site = useFixtureSite('line-ends', (dir) => {
  for (const [slug, fixture] of Object.entries(SAVED)) {
    const bytes = readFileSync(join(fixtures, fixture, 'input.md'));
    // latin1 maps bytes to characters one to one, so the BOM and every \r survive the slug's replacement.
    writeFileSync(
      join(dir, `${slug}.md`),
      // Each copy has its own short title and region too: the build refuses two guidelines with one short
      // title, or one title in one region.
      Buffer.from(
        bytes
          .toString('latin1')
          .replace('slug: input', `slug: ${slug}`)
          .replace(asLatin1('shortTitle: Prøve'), asLatin1(`shortTitle: Prøve ${slug}`))
          .replace(asLatin1('region: Prøveland'), asLatin1(`region: Prøveland ${slug}`)),
        'latin1',
      ),
    );
  }
});

test('the fixtures really are saved differently', () => {
  const saved = (slug: string) => readFileSync(join(site.guidelines, `${slug}.md`));
  expect([...saved('bom').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(saved('crlf').includes('\r\n')).toBe(true);
  expect(saved('ren').includes('\r')).toBe(false);
  expect([...saved('ren').subarray(0, 3)]).toEqual([...Buffer.from('---')]);
});

test('a BOM or CRLF file publishes the same words, HTML and fingerprint as the clean file', async () => {
  const context = await site.context();
  const page = await context.newPage();
  const published: Record<string, { text: string; html: string; json: unknown }> = {};
  for (const slug of Object.keys(SAVED)) {
    await page.goto(`/retningslinjer/${slug}/`);
    const clauses = page.locator('.clause');
    expect(await clauses.count()).toBe(3);
    const exported = await (await context.request.get(`/data/${slug}.json`)).json();
    const {
      slug: _slug,
      shortTitle: _shortTitle,
      region: _region,
      label: _label,
      url: _url,
      json: _json,
      ...meta
    } = exported;
    published[slug] = {
      text: (await clauses.allTextContents()).join('\n\n'),
      html: (await clauses.evaluateAll((elements) => elements.map((element) => element.innerHTML)))
        .join('\n')
        .replaceAll(`/retningslinjer/${slug}/`, '/retningslinjer/x/'),
      json: {
        ...meta,
        clauses: meta.clauses.map(({ url, ...clause }: { url: string }) => ({
          ...clause,
          url: url.replace(slug, 'x'),
        })),
        obligations: meta.obligations.map(({ url, ...obligation }: { url: string }) => ({
          ...obligation,
          url: url.replace(slug, 'x'),
        })),
      },
    };
  }
  expect(published.ren!.text).toContain('Partene skal sørge for sikker\nog effektiv samhandling.');
  // The obligation register reads a wrapped sentence whole, not up to the line end.
  expect((published.ren!.json as { obligations: Array<{ text: string }> }).obligations[0]!.text).toBe(
    'Partene skal sørge for sikker\nog effektiv samhandling.',
  );
  for (const slug of ['bom', 'crlf']) {
    expect(published[slug]!.text).toBe(published.ren!.text);
    expect(published[slug]!.html).toBe(published.ren!.html);
    expect(published[slug]!.json).toEqual(published.ren!.json);
    expect(published[slug]!.html).not.toMatch(/[\r\uFEFF]/);
  }
  await context.close();
});
