import type { Debris, SourceLine } from './source-line.ts';
import { PLACEHOLDER_DOTS } from '../render/placeholder.ts';
import { MUNICIPALITY_BLANK } from './placeholders.ts';

// The lines a signature block is made of: place and date, rules to sign on, the parties' names.
const PLACE_DATE = /^(?:sted|stad|dato|sted og dato|stad og dato|sted\/dato|stad\/dato)\b.*$/i;
const RULE = /^[\s_.…-]{5,}$/;
const FOR_PARTY = /^for\s+\S/i;
const HOSPITAL = /\b(?:HF|helseforetak|helseføretak|sykehus|sjukehus|hospital|DPS)\b/i;
const MUNICIPALITY = /kommun/i;

/** The signature block at the end of a text: its lines, and what it says of the parties. */
export interface SignatureBlock {
  lines: Set<number>;
  /** The parties it names, in its order; the municipality's blank as the print page's dotted blank. */
  parties: Array<{ role: 'kommune' | 'helseforetak'; name: string }>;
  /** What it held that the front matter has no field for, or could not read: for the report. */
  unread: string[];
}

/**
 * The signature block: the last lines of the text, each of them place and date, a rule of
 * underscores or dots, or the parties (`for X kommune   for Y HF`, side by side). Found only with a
 * rule or a place and date among them, so that a text's last sentence is never taken for one.
 */
export function signatureBlock(lines: ReadonlyArray<SourceLine>, debris: Debris[]): SignatureBlock | null {
  let start = lines.length;
  const partyLine = (text: string) =>
    FOR_PARTY.test(text) || (MUNICIPALITY.test(text) && HOSPITAL.test(text) && text.split(/\s+/).length <= 12);
  while (start > 0) {
    const text = lines[start - 1]!.text;
    if (!(PLACE_DATE.test(text) || RULE.test(text) || (partyLine(text) && !/[.!?]$/.test(text)))) break;
    start--;
  }
  const block = lines.slice(start);
  if (block.length < 2 || !block.some((line) => RULE.test(line.text) || PLACE_DATE.test(line.text))) return null;
  const parties: SignatureBlock['parties'] = [];
  const unread: string[] = [];
  for (const line of block) {
    if (PLACE_DATE.test(line.text)) {
      unread.push(`line ${line.line}: place and date (${line.text}): the print page asks for them`);
      continue;
    }
    if (RULE.test(line.text) || !partyLine(line.text)) continue;
    // `for X kommune for Y HF`: each `for` starts a party; without `for`, the municipality is named first.
    const names = FOR_PARTY.test(line.text)
      ? line.text
          .split(/(?:^|\s+)for\s+/i)
          .map((name) => name.trim())
          .filter(Boolean)
      : (/^(.*?\bkommun\p{L}*)\s+(.+)$/iu.exec(line.text)?.slice(1) ?? [line.text]);
    for (const name of names) {
      const role = MUNICIPALITY.test(name) ? 'kommune' : HOSPITAL.test(name) ? 'helseforetak' : null;
      if (!role) {
        unread.push(`line ${line.line}: «${name}» is neither a municipality nor a hospital trust: name the party`);
        continue;
      }
      // A blank (`XX kommune`), or the municipality named only as such (`for kommunen`), is the one that signs: the print page's blank.
      const blank = new RegExp(MUNICIPALITY_BLANK.source, 'u');
      parties.push({
        role,
        name: blank.test(name)
          ? `${PLACEHOLDER_DOTS} ${name.replace(blank, '').trim()}`
          : /^kommunen?$/i.test(name)
            ? `${PLACEHOLDER_DOTS} kommune`
            : name,
      });
    }
  }
  const indexes = new Set<number>();
  block.forEach((line, k) => {
    indexes.add(start + k);
    debris.push({ kind: 'signature block', text: line.text, page: line.page, line: line.line });
  });
  return { lines: indexes, parties, unread };
}
