import { basename, extname } from 'node:path';
import { describe, expect, test } from 'vitest';
import { draftSlug, fileParts } from '../../../src/lib/import/import-bytes.ts';

// The import's pipeline names files without node:path, since the import page runs it too: its
// reading of a path must be node:path's, or the page's draft (slug, `source:`) would differ from
// the command line's.
describe('fileParts reads a path as node:path does', () => {
  test.each([
    'retningslinje.pdf',
    'mappe/Retningslinje 7.DOCX',
    '/tmp/a.b/avtale.txt',
    '.skjult',
    'uten-ending',
    'punktum.',
    'to.punktum.txt',
    'mappe/',
  ])('%s', (path) => {
    const { name, base, extension } = fileParts(path);
    expect(name).toBe(basename(path));
    expect(extension).toBe(extname(path).toLowerCase());
    expect(base).toBe(basename(path, extname(path)));
  });
});

test.each([
  ['Retningslinje 7 Agder.pdf', undefined, 'retningslinje-7-agder'],
  ['mappe/Tjenesteavtale nr. 9.docx', undefined, 'tjenesteavtale-nr-9'],
  ['avtale.txt', 'agder', 'agder'],
])('the draft of %s is called %s → %s', (path, slug, expected) => {
  expect(draftSlug(path, slug)).toBe(expected);
});
