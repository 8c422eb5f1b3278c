// Runs in the browser too (/verifiser/ and the print page): no Node modules here.

/** How many hex digits of the SHA-256 fingerprint a printed page carries. */
export const SHORT_LENGTH = 12;

/** The fingerprint as printed on paper: its first 12 hex digits in groups of four, `3f2a 9c1b 07de`. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, SHORT_LENGTH).match(/.{1,4}/g)!.join(' ');
}

/** A typed code as it can be looked up (12 or 64 hex digits; spaces, hyphens and case ignored), or null. */
export function readCode(input: string): string | null {
  const code = input.replace(/[\s-]+/g, '').toLowerCase();
  if (!/^[0-9a-f]+$/.test(code)) return null;
  return code.length === SHORT_LENGTH || code.length === 64 ? code : null;
}

/** What /verifiser/ needs of a guideline version: the fields of /data/index.json it reads. */
export interface VerifyEntry {
  slug: string;
  title: string;
  region: string;
  version: string;
  status: string;
  fingerprint: string;
  url: string;
  /** Whether this is the version in force; absent until the export names versions, see isCurrent. */
  current?: boolean;
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
  | { kind: 'invalid' }
  | { kind: 'unknown'; code: string }
  | { kind: 'match'; code: string; matches: Match<Entry>[] };

/**
 * Whether a version is the one in force. The export will flag it (`current`) once a guideline can
 * have several versions; until then each guideline is its own current version unless replaced.
 */
export function isCurrent(entry: VerifyEntry): boolean {
  return entry.current ?? entry.status !== 'erstattet';
}

/** Looks a typed code up among the published versions. Two versions with the same text share a fingerprint, so a code can match several. */
export function verifyCode<Entry extends VerifyEntry>(input: string, entries: ReadonlyArray<Entry>): Verdict<Entry> {
  const code = readCode(input);
  if (code === null) return { kind: 'invalid' };
  const matches = entries
    .filter((entry) => entry.fingerprint.startsWith(code))
    .map((entry) => {
      const current = isCurrent(entry);
      const currentEntry = current ? entry : (entries.find((other) => other.slug === entry.slug && isCurrent(other)) ?? null);
      return { entry, current, currentEntry };
    });
  return matches.length === 0 ? { kind: 'unknown', code } : { kind: 'match', code, matches };
}

/** What /verifiser/ says about one answer: how it reads (tone), a headline, and lines with an optional link. */
export interface VerdictMessage {
  tone: 'gyldig' | 'advarsel' | 'ukjent';
  title: string;
  lines: Array<{ text: string; link?: { href: string; label: string } }>;
}

// What a matching version in force means, by its status; a new status is one more row.
const CURRENT_NOTES: Record<string, { tone: VerdictMessage['tone']; text: string }> = {
  gjeldende: { tone: 'gyldig', text: 'Dette er gjeldende versjon.' },
  utkast: { tone: 'advarsel', text: 'Dette er den nyeste versjonen, men den er et utkast og er ikke godkjent.' },
};

/** The messages /verifiser/ shows for a verdict: one per matching version, or one saying why nothing matched. */
export function describeVerdict<Entry extends VerifyEntry>(verdict: Verdict<Entry>): VerdictMessage[] {
  if (verdict.kind === 'invalid') {
    return [{
      tone: 'ukjent',
      title: 'Dette er ikke en kode fra en utskrift',
      lines: [{ text: `Koden står nederst på hver utskrevne side, etter «Fingeravtrykk»: ${SHORT_LENGTH} tegn, tallene 0–9 og bokstavene a–f, for eksempel 3f2a 9c1b 07de.` }],
    }];
  }
  if (verdict.kind === 'unknown') {
    return [{
      tone: 'ukjent',
      title: `Ingen publisert versjon har koden ${shortFingerprint(verdict.code)}`,
      lines: [{ text: 'Sjekk at koden er skrevet av riktig. Stemmer den, er teksten på papiret ikke en versjon som er publisert her: den kan være endret.' }],
    }];
  }
  return verdict.matches.map(({ entry, current, currentEntry }) => {
    const title = `Koden hører til ${entry.title} (${entry.region}), versjon ${entry.version}`;
    const link = { href: entry.url, label: 'Les teksten' };
    if (current) {
      const note = CURRENT_NOTES[entry.status] ?? CURRENT_NOTES.gjeldende!;
      return { tone: note.tone, title, lines: [{ text: note.text, link }] };
    }
    return {
      tone: 'advarsel',
      title,
      lines: [
        { text: 'Denne versjonen gjelder ikke lenger.' },
        currentEntry
          ? { text: `Gjeldende versjon er ${currentEntry.version}.`, link: { href: currentEntry.url, label: 'Les gjeldende versjon' } }
          : { text: 'Ingen versjon av denne teksten gjelder nå.' },
      ],
    };
  });
}
