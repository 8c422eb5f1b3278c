// What the import page says when a file cannot be read: one Norwegian sentence for each of the
// import's refusals (ImportError, whose words are the command line's English); a new refusal is one
// more row. The limits are the command line's (input-checks.ts, pdf-streams.ts), but for the size of
// the file itself: a page holds the whole file in memory, and a guideline is a few megabytes.
import { ImportError } from '../../lib/model/errors.ts';

/** The largest file the page reads, in bytes (the command line reads up to 100 MB). */
export const PAGE_MAX_BYTES = 20 * 1024 * 1024;

const SENTENCES: Array<[RegExp, string]> = [
  [
    /encrypted/,
    'PDF-en er passordbeskyttet, så teksten kan ikke leses: lagre en kopi uten passord, eller bruk Word-filen.',
  ],
  [
    /no text layer/,
    'PDF-en har ingen tekst, bare bilder av sidene (en skannet fil): kjør den gjennom tekstgjenkjenning (OCR) først, eller bruk Word-filen.',
  ],
  [
    /unpacks to|unpack to|LZW encoding/,
    'Filen pakker seg ut til langt mer enn et vanlig dokument gjør, og leses derfor ikke: lagre eller skriv den ut til PDF på nytt.',
  ],
  [
    /pages, more than|longer than the/,
    'Filen er mye lengre enn en retningslinje: velg retningslinjen alene, ikke en samling dokumenter.',
  ],
  [/not a readable PDF|cannot read the PDF/, 'Filen kan ikke leses som PDF: den er skadet, eller er ikke en PDF.'],
  [
    /not a readable Word document/,
    'Filen kan ikke leses som Word-dokument (.docx): er det en eldre .doc-fil med nytt navn, så åpne den i Word og lagre den som .docx.',
  ],
  [/RTF document/, 'Filen er et RTF-dokument med .txt-navn: lagre den som ren tekst (UTF-8) eller som .docx.'],
  [/UTF-16/, 'Tekstfilen er lagret som UTF-16 («Unicode»): lagre den som UTF-8.'],
  [/^line \d+:/, 'Tekstfilen er ikke lagret som UTF-8: lagre den som UTF-8 og prøv igjen.'],
  [/unknown file type/, 'Siden leser PDF, Word (.docx) og ren tekst (.txt), og denne filen er ingen av dem.'],
  [/the file is empty/, 'Filen er tom.'],
  [
    /no text for the draft|would have no text|has no text/,
    'Fant ingen tekst i filen som kan bli en retningslinje: er det riktig fil?',
  ],
];

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The page's sentence for a failure (a RangeError carries the size of a file over PAGE_MAX_BYTES). */
export function norwegian(error: unknown): string {
  if (error instanceof RangeError)
    return `Filen er ${megabytes(Number(error.message))}, og siden leser filer på opptil ${megabytes(PAGE_MAX_BYTES)}: en retningslinje er sjelden mer enn noen få MB.`;
  if (error instanceof ImportError)
    for (const [pattern, sentence] of SENTENCES) if (pattern.test(error.detail)) return sentence;
  return 'Filen kunne ikke leses som en retningslinje.';
}
