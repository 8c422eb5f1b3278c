import { describe, expect, test } from 'vitest';
import {
  describeVerdict,
  readCode,
  shortFingerprint,
  verifyCode,
  verifyEntries,
  type VerifyEntry,
} from '../../../src/lib/print/verify.ts';
import { exportIndex } from '../../../src/lib/publish/export.ts';
import { loadSite } from '../helpers/index.ts';

const hex = (seed: string) => seed.repeat(64).slice(0, 64);
const entry = (fields: Partial<VerifyEntry> & Pick<VerifyEntry, 'slug' | 'fingerprint'>): VerifyEntry => ({
  title: `Retningslinje ${fields.slug}`,
  language: 'nb',
  region: 'Prøveland',
  version: '1',
  status: 'gjeldende',
  current: true,
  url: `/retningslinjer/${fields.slug}/`,
  changesUrl: null,
  ...fields,
});

describe('shortFingerprint', () => {
  test('prints the first twelve hex digits in groups of four', () => {
    expect(shortFingerprint('3f2a9c1b07de55aa' + '0'.repeat(48))).toBe('3f2a 9c1b 07de');
  });

  test('differs for every published guideline', () => {
    const codes = loadSite().map((guideline) => shortFingerprint(guideline.fingerprint));
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('readCode', () => {
  test.each([
    { input: '3f2a 9c1b 07de', expected: '3f2a9c1b07de' },
    { input: '  3F2A-9C1B-07DE ', expected: '3f2a9c1b07de' },
    { input: hex('ab'), expected: hex('ab') },
    { input: '3f2a 9c1b 07d', expected: null },
    { input: '3f2a 9c1b 07de 5', expected: null },
    { input: '3f2a 9c1b 07dg', expected: null },
    { input: '', expected: null },
    // What a reader copies from the paper (issue 33): the footer line, or its end, as printed.
    { input: 'Fingeravtrykk 9d88 65d9 3c03', expected: '9d8865d93c03' },
    { input: 'Versjon 1 · gjeldende · Fingeravtrykk 9d88 65d9 3c03', expected: '9d8865d93c03' },
    { input: 'fingeravtrykk: 9D88\u00a065D9\u20093C03', expected: '9d8865d93c03' },
    { input: `Fingeravtrykk\n${hex('cd')}`, expected: hex('cd') },
    { input: 'Fingeravtrykk 9d88 65d9', expected: null },
    { input: 'Versjon 1 · gjeldende', expected: null },
  ])('reads "$input" as $expected', ({ input, expected }) => {
    expect(readCode(input)).toBe(expected);
  });
});

describe('verifyCode', () => {
  const telemark = entry({ slug: 'telemark', fingerprint: hex('a1') });
  const stOlav = entry({ slug: 'st-olav', fingerprint: hex('b2'), status: 'utkast' });
  const entries = [telemark, stOlav];

  test('finds the version a printed code belongs to, and that it is current', () => {
    expect(verifyCode(shortFingerprint(telemark.fingerprint), entries)).toEqual({
      kind: 'match',
      code: hex('a1').slice(0, 12),
      matches: [{ entry: telemark, current: true, currentEntry: telemark }],
    });
  });

  test('takes the whole fingerprint too', () => {
    expect(verifyCode(stOlav.fingerprint.toUpperCase(), entries)).toMatchObject({
      kind: 'match',
      matches: [{ entry: stOlav }],
    });
  });

  test('a code no version has is unknown; something that is not a code is invalid', () => {
    expect(verifyCode('0000 0000 0000', entries)).toEqual({ kind: 'unknown', code: '000000000000' });
    expect(verifyCode('telemark', entries)).toEqual({ kind: 'invalid' });
  });

  test('an old version points at the current one', () => {
    const old = entry({
      slug: 'telemark',
      version: '1',
      fingerprint: hex('c3'),
      status: 'erstattet',
      current: false,
      changesUrl: '/retningslinjer/telemark/endringer/1/',
    });
    const now = entry({ slug: 'telemark', version: '2', fingerprint: hex('d4') });
    expect(verifyCode(hex('c3'), [old, now, stOlav])).toMatchObject({
      kind: 'match',
      matches: [{ entry: old, current: false, currentEntry: now }],
    });
  });

  test('two versions with the same text both answer', () => {
    const one = entry({ slug: 'unn', version: '1', fingerprint: hex('e5'), current: false });
    const two = entry({ slug: 'unn', version: '2', fingerprint: hex('e5') });
    const verdict = verifyCode(hex('e5').slice(0, 12), [one, two]);
    expect(verdict.kind === 'match' && verdict.matches.map((match) => [match.entry.version, match.current])).toEqual([
      ['1', false],
      ['2', true],
    ]);
  });
});

describe('verifyEntries', () => {
  test('names every version of /data/index.json by its guideline, and links an older one to its changes', () => {
    const site = loadSite();
    const index = exportIndex(site, []);
    const entries = verifyEntries(index);
    expect(entries.map((e) => [e.slug, e.version, e.fingerprint, e.current])).toEqual(
      site.map((g) => [g.meta.slug, g.meta.version, g.fingerprint, true]),
    );
    expect(entries.find((e) => e.slug === 'more-og-romsdal')).toMatchObject({
      title: 'Handlingsplan for digital samhandling i Møre og Romsdal',
      language: 'nn',
      url: '/retningslinjer/more-og-romsdal/',
      changesUrl: null,
    });
    const [older] = verifyEntries({
      ...index,
      versions: [{ slug: 'unn', version: '2021-03-01', status: 'erstattet', fingerprint: hex('0'), current: false }],
    });
    expect(older).toMatchObject({
      title: 'RETNINGSLINJE nr. 7: Samarbeid om IKT-løsninger lokalt',
      current: false,
      changesUrl: '/retningslinjer/unn/endringer/2021-03-01/',
    });
  });
});

describe('describeVerdict', () => {
  const telemark = entry({ slug: 'telemark', title: 'Retningslinje 7', region: 'Telemark', fingerprint: hex('a1') });
  const say = (code: string, entries: VerifyEntry[]) =>
    describeVerdict(verifyCode(code, entries)).map(
      (message) =>
        `${message.tone}: ${message.title}. ${message.lines.map((line) => line.text + (line.link ? ` [${line.link.label} → ${line.link.href}]` : '')).join(' ')}`,
    );

  test.each([
    {
      case: 'the current version',
      code: hex('a1').slice(0, 12),
      entries: [telemark],
      expected:
        'gyldig: Koden hører til Retningslinje 7 (Telemark), versjon 1. Dette er gjeldende versjon. [Les teksten → /retningslinjer/telemark/]',
    },
    {
      case: 'a draft',
      code: hex('a1').slice(0, 12),
      entries: [{ ...telemark, status: 'utkast' }],
      expected:
        'advarsel: Koden hører til Retningslinje 7 (Telemark), versjon 1. Dette er den nyeste versjonen, men den er et utkast og er ikke godkjent. [Les teksten → /retningslinjer/telemark/]',
    },
    {
      case: 'a replaced version',
      code: hex('c3').slice(0, 12),
      entries: [
        {
          ...telemark,
          fingerprint: hex('c3'),
          status: 'erstattet',
          current: false,
          changesUrl: '/retningslinjer/telemark/endringer/1/',
        },
        { ...telemark, version: '2' },
      ],
      expected:
        'advarsel: Koden hører til Retningslinje 7 (Telemark), versjon 1. Denne versjonen gjelder ikke lenger. [Se hva som er endret → /retningslinjer/telemark/endringer/1/] Gjeldende versjon er 2. [Les gjeldende versjon → /retningslinjer/telemark/]',
    },
    {
      case: 'a draft of the next version',
      code: hex('c3').slice(0, 12),
      entries: [
        {
          ...telemark,
          version: '2-utkast',
          fingerprint: hex('c3'),
          status: 'utkast',
          current: false,
          changesUrl: '/retningslinjer/telemark/endringer/2-utkast/',
        },
        telemark,
      ],
      expected:
        'advarsel: Koden hører til Retningslinje 7 (Telemark), versjon 2-utkast. Dette er et utkast, ikke den gjeldende versjonen. [Se hva som er endret → /retningslinjer/telemark/endringer/2-utkast/] Gjeldende versjon er 1. [Les gjeldende versjon → /retningslinjer/telemark/]',
    },
    {
      case: 'an unknown code',
      code: '0000 0000 0000',
      entries: [telemark],
      expected:
        'ukjent: Ingen publisert versjon har koden 0000 0000 0000. Sjekk at koden er skrevet av riktig. Stemmer den, er teksten på papiret ikke en versjon som er publisert her: den kan være endret.',
    },
  ])('says plainly what $case is', ({ code, entries, expected }) => {
    expect(say(code, entries)).toEqual([expected]);
  });
});
