// Runs in the browser too (/verifiser/ and the print page): no Node modules here.
import { changesUrl } from '../model/routes.ts';
import type { PublishedGuidelineMeta, PublishedVersion } from '../model/published.ts';

/** How many hex digits of the SHA-256 fingerprint a printed page carries. */
export const SHORT_LENGTH = 12;

/** The fingerprint as printed on paper: its first 12 hex digits in groups of four, `3f2a 9c1b 07de`. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint
    .slice(0, SHORT_LENGTH)
    .match(/.{1,4}/g)!
    .join(' ');
}

/** The word the printed footer and title block put before the code (print/margins.ts, TitleBlock). */
const PRINTED_LABEL = /fingeravtrykk\s*:?\s*([0-9a-f][0-9a-f\s-]*)/i;

/**
 * A typed code as it can be looked up (12 or 64 hex digits; spaces, hyphens and case ignored), or
 * null. A line copied from the paper is read too: «Versjon 1 · gjeldende · Fingeravtrykk 9d88 65d9
 * 3c03» gives the digits after «Fingeravtrykk».
 */
export function readCode(input: string): string | null {
  const printed = PRINTED_LABEL.exec(input)?.[1];
  const code = (printed ?? input).replace(/[\s-]+/g, '').toLowerCase();
  if (!/^[0-9a-f]+$/.test(code)) return null;
  return code.length === SHORT_LENGTH || code.length === 64 ? code : null;
}

/** What /verifiser/ needs of a guideline version. */
export interface VerifyEntry {
  slug: string;
  title: string;
  /** The language of the title (nb, nn). */
  language: string;
  region: string;
  version: string;
  status: string;
  fingerprint: string;
  /** Whether this is the version in force (`<slug>.md`; other versions are `<slug>@<label>.md`). */
  current: boolean;
  /** The guideline's reading page (its current version). */
  url: string;
  /** For a version that is not current: its page of changes up to the current version. */
  changesUrl: string | null;
}

/** The parts of /data/index.json that verifying reads: every version's fingerprint, and each guideline's names. */
export interface IndexData {
  guidelines: ReadonlyArray<Pick<PublishedGuidelineMeta, 'slug' | 'title' | 'language' | 'region' | 'url'>>;
  versions: ReadonlyArray<Pick<PublishedVersion, 'slug' | 'version' | 'status' | 'fingerprint' | 'current'>>;
}

/** Every published version as /verifiser/ looks codes up in it, named by its guideline. */
export function verifyEntries({ guidelines, versions }: IndexData): VerifyEntry[] {
  return versions.flatMap((version) => {
    const guideline = guidelines.find((candidate) => candidate.slug === version.slug);
    if (!guideline) return [];
    const { title, language, region, url } = guideline;
    // The same address as the reading page's "Andre versjoner" links.
    const changes = version.current ? null : changesUrl(version.slug, version.version);
    return [
      {
        slug: version.slug,
        title,
        language,
        region,
        version: version.version,
        status: version.status,
        fingerprint: version.fingerprint,
        current: version.current,
        url,
        changesUrl: changes,
      },
    ];
  });
}

/** One version whose fingerprint matches a code. */
export interface Match<Entry extends VerifyEntry> {
  entry: Entry;
  /** Whether the matching version is the one in force. */
  current: boolean;
  /** The version in force of the same guideline when the match is not it (null if there is none). */
  currentEntry: Entry | null;
}

/** The answer to a code: not a code at all, no version has it, or the versions that have it. */
export type Verdict<Entry extends VerifyEntry> =
  { kind: 'invalid' } | { kind: 'unknown'; code: string } | { kind: 'match'; code: string; matches: Match<Entry>[] };

/** Looks a typed code up among the published versions. Two versions with the same text share a fingerprint, so a code can match several. */
export function verifyCode<Entry extends VerifyEntry>(input: string, entries: ReadonlyArray<Entry>): Verdict<Entry> {
  const code = readCode(input);
  if (code === null) return { kind: 'invalid' };
  const matches = entries
    .filter((entry) => entry.fingerprint.startsWith(code))
    .map((entry) => {
      const currentEntry = entry.current
        ? entry
        : (entries.find((other) => other.slug === entry.slug && other.current) ?? null);
      return { entry, current: entry.current, currentEntry };
    });
  return matches.length === 0 ? { kind: 'unknown', code } : { kind: 'match', code, matches };
}

/** What /verifiser/ says about one answer: how it reads (tone), a headline, and lines with an optional link. */
export interface VerdictMessage {
  tone: 'gyldig' | 'advarsel' | 'ukjent';
  title: string;
  lines: Array<{ text: string; link?: { href: string; label: string } }>;
}

// What a matching version means, by whether it is in force and its status; a new status is one more row.
const CURRENT_NOTES: Record<string, { tone: VerdictMessage['tone']; text: string }> = {
  gjeldende: { tone: 'gyldig', text: 'Dette er gjeldende versjon.' },
  utkast: { tone: 'advarsel', text: 'Dette er den nyeste versjonen, men den er et utkast og er ikke godkjent.' },
};
const OTHER_NOTES: Record<string, string> = {
  utkast: 'Dette er et utkast, ikke den gjeldende versjonen.',
  gjeldende: 'Denne versjonen gjelder ikke lenger.',
  erstattet: 'Denne versjonen gjelder ikke lenger.',
};

/** The messages /verifiser/ shows for a verdict: one per matching version, or one saying why nothing matched. */
export function describeVerdict<Entry extends VerifyEntry>(verdict: Verdict<Entry>): VerdictMessage[] {
  if (verdict.kind === 'invalid') {
    return [
      {
        tone: 'ukjent',
        title: 'Dette er ikke en kode fra en utskrift',
        lines: [
          {
            text: `Koden står nederst på hver utskrevne side, etter «Fingeravtrykk»: ${SHORT_LENGTH} tegn, tallene 0–9 og bokstavene a–f, for eksempel 3f2a 9c1b 07de.`,
          },
        ],
      },
    ];
  }
  if (verdict.kind === 'unknown') {
    return [
      {
        tone: 'ukjent',
        title: `Ingen publisert versjon har koden ${shortFingerprint(verdict.code)}`,
        lines: [
          {
            text: 'Sjekk at koden er skrevet av riktig. Stemmer den, er teksten på papiret ikke en versjon som er publisert her: den kan være endret.',
          },
        ],
      },
    ];
  }
  return verdict.matches.map(({ entry, current, currentEntry }) => {
    const title = `Koden hører til ${entry.title} (${entry.region}), versjon ${entry.version}`;
    if (current) {
      const note = CURRENT_NOTES[entry.status] ?? { tone: 'advarsel', text: 'Dette er den nyeste versjonen.' };
      return { tone: note.tone, title, lines: [{ text: note.text, link: { href: entry.url, label: 'Les teksten' } }] };
    }
    return {
      tone: 'advarsel',
      title,
      lines: [
        {
          text: OTHER_NOTES[entry.status] ?? OTHER_NOTES.erstattet!,
          ...(entry.changesUrl && { link: { href: entry.changesUrl, label: 'Se hva som er endret' } }),
        },
        currentEntry
          ? {
              text: `Gjeldende versjon er ${currentEntry.version}.`,
              link: { href: currentEntry.url, label: 'Les gjeldende versjon' },
            }
          : { text: 'Ingen versjon av denne teksten gjelder nå.' },
      ],
    };
  });
}
