import { namedParties, partyOf } from './parties.ts';
import { readSentence, type Reading, type ReadingContext } from './reading.ts';

// Two main clauses in one sentence, each with a party of its own as subject, put a duty on each:
// "Sykehuset stiller med rom, og kommunane sørgjer for utstyr", "Kommunen sender meldinga; sykehuset
// svarer innen en dag", "Sykehuset drifter tenaren, medan kommunane betaler lisensane". Read whole, the sentence would name both parties and bind them jointly
// (felles), which neither clause says. Where the clauses share a subject ("Avtalen gjelder …, og skal
// revideres …") or a later one does not open with its party, the sentence is read whole, as before.

// What joins two main clauses. A new conjunction is one more row.
const JOINS = [',\\s+og', ',\\s+men', ',\\s+samtidig\\s+som', ',\\s+mens', ',\\s+medan', ';'];
const JOIN = new RegExp(`(?:${JOINS.join('|')})\\s+`, 'giu');

/** The sentence cut at each join, the join kept with the clause before it. */
function clauses(sentence: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const match of sentence.matchAll(JOIN)) {
    out.push(sentence.slice(start, match.index + match[0].length));
    start = match.index + match[0].length;
  }
  out.push(sentence.slice(start));
  return out;
}

/** Whether a clause opens with the party its reading names: a subject of its own. */
const opensWithActor = (clause: string, reading: Reading) =>
  reading.actor !== null &&
  clause.trimStart().toLocaleLowerCase('nb').startsWith(reading.actor.toLocaleLowerCase('nb'));

// A share of a task or a cost given to a second party with the verb left out: "… ber sjukehuset
// halvparten av kostnadene og kommunane resten", "… dekker kommunen 40 prosent og helseforetaket
// resten". Only a share: "… varslar sjukehuset fastlegen og kommunane om feilen" names whom it tells.
const SHARE =
  /^(?:resten|restan|resterande|resterende|halvparten|(?:den\s+)?andre\s+halvparten|(?:ein|en|to|tre)\s+(?:tredjedel|tredel|fjerdedel|firedel)\p{L}*|\d+\s*(?:%|prosent))(?![\p{L}])/iu;

/** The other party that a sentence gives a share with the verb left out ("… og kommunane resten"), as a reading of its own. */
function sharedWith(sentence: string, reading: Reading, patterns: ReadingContext['patterns']): Reading | null {
  for (const match of sentence.matchAll(/\s(?:og|mens|medan)\s+/gu)) {
    const rest = sentence.slice(match.index + match[0].length);
    const named = namedParties(rest, patterns);
    if (!named || named.start !== 0) continue;
    const party = partyOf(named.parties);
    if (party !== reading.party && party !== 'felles' && SHARE.test(rest.slice(named.end).trimStart()))
      return { actor: rest.slice(0, named.end), party, modality: reading.modality };
  }
  return null;
}

/** Reads one sentence as its duties: one reading per party where its main clauses bind different parties, else the sentence's one reading. */
export function readDuties(sentence: string, context: ReadingContext): Reading[] {
  const whole = readSentence(sentence, context);
  const share = whole?.party && whole.party !== 'felles' ? sharedWith(sentence, whole, context.patterns) : null;
  if (whole && share) return [whole, share];
  const parts = clauses(sentence);
  if (parts.length < 2) return whole ? [whole] : [];
  const readings: Reading[] = [];
  let before = context.before;
  for (const [index, part] of parts.entries()) {
    const reading = readSentence(part, { ...context, before });
    // A clause that describes ("Helseforetaket eier løsningen, og …") puts no duty on anyone.
    if (!reading) continue;
    // A duty must be a party's, and after the first clause, of a party named as the clause's own subject:
    // otherwise the clauses share a subject and the sentence is read whole.
    if (!reading.party || (index > 0 && !opensWithActor(part, reading))) return whole ? [whole] : [];
    before = reading;
    if (!readings.some((r) => r.party === reading.party && r.modality === reading.modality)) readings.push(reading);
  }
  // Two parties: a duty each. One, where the whole sentence reads as none: the clause that is a duty.
  if (readings.length > 1 || (readings.length === 1 && !whole)) return readings;
  return whole ? [whole] : [];
}
