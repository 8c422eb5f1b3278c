// Ids end up in URLs that people paste into e-mails and minutes, so they are kept to ASCII:
// Norwegian letters are transliterated the way Norwegian URLs usually do it (æ → ae, ø → o, å → a).
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

/** Turns a heading into an ASCII slug: `Kommunen sitt ansvar` → `kommunen-sitt-ansvar`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
