// The front matter read from a title block and the text: an organisation's line above the title is the
// subtitle, never the title's; names are read whole (issue 28: «Helsefellesskapet Vestfjell» was glued
// into the title, and region, shortTitle and municipalities were cut to «Helsefellesskapet»).
import { expect, test } from 'vitest';
import { findMeta, organisationRegion } from '../../../src/lib/import/meta.ts';
import { plainLine, type SourceLine } from '../../../src/lib/import/source-line.ts';

const lines = (texts: string[]): SourceLine[] => texts.map(plainLine);

test.each([
  {
    title: ['Helsefellesskapet Vestfjell', 'Samarbeid om IKT-løsninger'],
    body: 'Avtalen gjelder kommunene i Helsefellesskapet Vestfjell og Vestfjell sykehus HF.',
    expected: {
      title: 'Samarbeid om IKT-løsninger',
      subtitle: 'Helsefellesskapet Vestfjell',
      region: 'Vestfjell',
      municipalities: 'Kommunene i Helsefellesskapet Vestfjell',
      hospital: 'Vestfjell sykehus HF',
    },
  },
  {
    title: ['Helsefellesskapet Indre Fjordane', 'Tenesteavtale 9 om IKT'],
    body: 'Avtala gjeld kommunane i Indre Fjordane og Fjordane sjukehus HF.',
    expected: {
      title: 'Tenesteavtale 9 om IKT',
      subtitle: 'Helsefellesskapet Indre Fjordane',
      region: 'Indre Fjordane',
      municipalities: 'Kommunane i Indre Fjordane',
      hospital: 'Fjordane sjukehus HF',
    },
  },
  {
    title: ['Retningslinje 7 Samarbeid om IKT'],
    body: 'mellom kommunene i Møre og Romsdal og Helse Møre og Romsdal HF',
    expected: {
      title: 'Retningslinje 7 Samarbeid om IKT',
      subtitle: null,
      region: 'Møre og Romsdal',
      municipalities: 'Kommunene i Møre og Romsdal',
      hospital: 'Helse Møre og Romsdal HF',
    },
  },
  {
    // The hospital trust's abbreviation after `og` is no part of the name; a line break may fall inside `kommunene i`.
    title: ['Retningslinje 7'],
    body: 'samarbeid mellom kommunene i\nTelemark og Sykehuset Telemark HF (STHF). Kommunene i Telemark og STHF skal',
    expected: {
      title: 'Retningslinje 7',
      subtitle: null,
      region: 'Telemark',
      municipalities: 'Kommunene i Telemark',
      hospital: 'Sykehuset Telemark HF (STHF)',
    },
  },
  {
    // A capitalised word on the next line is no part of the name.
    title: ['Retningslinje 7'],
    body: 'Avtalen gjelder kommunene i Telemark\nSykehuset Telemark HF har ansvar.',
    expected: {
      title: 'Retningslinje 7',
      subtitle: null,
      region: 'Telemark',
      municipalities: 'Kommunene i Telemark',
      hospital: 'Sykehuset Telemark HF',
    },
  },
  {
    // A line placing the text in its agreement over the title is the subtitle, with the list of names it
    // carries on to on the next line; the title is the line after it, and the number and kind are read from it.
    title: [
      'Helsefellesskapet Ytre Lia',
      'Tenesteavtale 6 til samarbeidsavtalen mellom Lia sjukehus HF og kommunane',
      'Brekke, Ås og Storvoll',
      'Samarbeid om digitale tenester',
    ],
    body: 'Partane skal nytte Norsk helsenett.',
    expected: {
      title: 'Samarbeid om digitale tenester',
      subtitle:
        'Helsefellesskapet Ytre Lia Tenesteavtale 6 til samarbeidsavtalen mellom Lia sjukehus HF og kommunane Brekke, Ås og Storvoll',
      region: 'Ytre Lia',
      municipalities: null,
      hospital: 'Lia sjukehus HF',
    },
  },
  {
    // A place line with nothing after it is the title itself.
    title: ['Delavtale 2 til samarbeidsavtalen mellom kommunene og Lia sykehus HF'],
    body: 'Partene skal bruke Norsk helsenett.',
    expected: {
      title: 'Delavtale 2 til samarbeidsavtalen mellom kommunene og Lia sykehus HF',
      subtitle: null,
      region: null,
      municipalities: null,
      hospital: 'Lia sykehus HF',
    },
  },
])('reads $title with $body', ({ title, body, expected }) => {
  const meta = findMeta(lines(title), body);
  expect({
    title: meta.title,
    subtitle: meta.subtitle,
    region: meta.region,
    municipalities: meta.municipalities,
    hospital: meta.hospital,
  }).toEqual(expected);
});

test.each([
  { line: 'Helsefellesskapet Vestfjell', region: 'Vestfjell' },
  { line: 'Helsefellesskapet Møre og Romsdal', region: 'Møre og Romsdal' },
  { line: 'Helsefellesskapet skal sikre samarbeid', region: null },
  { line: 'Retningslinje 7', region: null },
])('$line names the region $region', ({ line, region }) => {
  expect(organisationRegion(line)).toBe(region);
});

// Who approved the text and when, in Bokmål and Nynorsk (issue 28's Nynorsk agreements: «Vedteken i …» was not read),
// and the source's own words before the body where they are not «Godkjent i», which the page shows as written.
test.each([
  {
    line: 'Godkjent av strategisk samarbeidsutvalg 24. april 2026.',
    approved: { date: '2026-04-24', by: 'strategisk samarbeidsutvalg', verb: 'Godkjent av' },
  },
  {
    line: 'Vedteken i strategisk samarbeidsutval 12. mars 2026',
    approved: { date: '2026-03-12', by: 'strategisk samarbeidsutval', verb: 'Vedteken i' },
  },
  {
    line: 'Vedteken i partnarskapsmøtet 14. oktober 2026.',
    approved: { date: '2026-10-14', by: 'partnarskapsmøtet', verb: 'Vedteken i' },
  },
  { line: 'Vedtatt i SSU 01.06.2023', approved: { date: '2023-06-01', by: 'SSU', verb: 'Vedtatt i' } },
  {
    line: 'Vedteke i samarbeidsutvalet 3. mai 2025',
    approved: { date: '2025-05-03', by: 'samarbeidsutvalet', verb: 'Vedteke i' },
  },
  {
    line: 'Godkjende av helsefellesskapet 02.02.2024',
    approved: { date: '2024-02-02', by: 'helsefellesskapet', verb: 'Godkjende av' },
  },
  { line: 'Godkjend OSU 20.11.16', approved: { date: '2016-11-20', by: 'OSU', verb: 'Godkjend' } },
  { line: 'godkjent i OSU 01.06.2023', approved: { date: '2023-06-01', by: 'OSU' } },
  { line: 'Vedtatt overordnet samarbeidsavtale mellom partene, er styrende for denne avtalen.', approved: null },
  { line: 'Retningslinja gjeld frå ho er vedteken i strategisk samarbeidsutval.', approved: null },
])('$line: approved $approved', ({ line, approved }) => {
  expect(findMeta(lines(['Retningslinje 7']), line).approved).toEqual(approved);
});
