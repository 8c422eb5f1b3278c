import type { Modality, Party } from '../model/types.ts';
import { isActorNoun, isRoleNoun, isSharedBody, namedParties, partyOf, type PartyPatterns } from './parties.ts';
import { byRule, habit, neededFirst, pastAdjectives, possibilityOrHabit, regulates, writerOf } from './procedures.ts';
import {
  ACTION_PHRASES,
  ADVERBIAL_START,
  ADVERBIAL_WINDOW,
  ADVERBS,
  AGENT,
  ARRANGEMENTS,
  AUTOMATIC,
  A_PARTICIPLE,
  BETWEEN_AUXILIARY,
  CONDITION_START,
  CONTENT_VERB,
  COORDINATED,
  DESCRIBING_PASSIVES,
  DESCRIBING_QUANTIFIERS,
  DESCRIBING_VERBS,
  DISPUTE_SUBJECT,
  DISTRIBUTIVE,
  DOCUMENT_SUBJECT,
  EXPLETIVE,
  HAR_WORDS,
  INDEFINITE_HAVE,
  INVERTED_RELATIVE_WORDS,
  INVERTED_SUBJECT_WORDS,
  LAW_SAYS,
  LAW_SUBJECT,
  MODALITY,
  MODAL_PATTERN,
  NOT_KEPT,
  NO_PARTY,
  ONLY_ON_CONDITION,
  NOT_PASSIVE,
  NOT_VERBS,
  OBJECT_END,
  OBJECT_WORDS,
  PARTICIPLE,
  PASSIVE_AUXILIARY,
  PASSIVE_FORM,
  PASSIVE_PARTICIPLE,
  PAST_TENSE,
  STRONG_PARTICIPLE,
  PASSIVE_VERB,
  PLACE_START,
  PRESENT_VERB,
  PRONOUN,
  PURPOSE_VERB,
  RECIPROCAL,
  RESPONSIBILITY_OF,
  RESPONSIBILITY_OF_PARTY,
  ROLE_SUBJECT,
  ROLE_NOUN_SUBJECT,
  ROLE_OF,
  ROLE_LIST_COMMAS,
  INVERTED_ACTION,
  THING_UNIT,
  UNIT_OF,
  SHORT_PASSIVES,
  SITUATION_START,
  SUBJECT_WINDOW,
  SUBORDINATE_AT,
  SUBORDINATE_BEFORE,
  SUBORDINATORS,
  SUPPLEMENT,
  THIRD_PARTY,
  THIRD_PARTY_AGENT,
  THIRD_PARTY_PLAN,
  TOLD_BY,
  UPKEEP_NOUN,
  UPKEEP_STEM,
  VERB_FIRST,
  procedure,
  told,
} from './reading-words.ts';

// How the register reads one sentence: who it obliges and how, or that it obliges no one. Pure
// rules over words, table-driven: a new way of writing a duty is one more row in a table below,
// never a rule for one guideline. Three ways an agreement states a duty, tried in this order:
//
// 1. a modal expression ("skal", "må", "forplikter seg til", "det forutsettes at", "bør", "kan");
// 2. the present tense with a party as subject ("Partene følger …", "Ved nedetid varsler den parten …");
// 3. a present passive ("Avvik registreres …", "Opplæring vert gitt …") in a clause that binds a party,
//    with a party as its agent ("… godkjennes av begge parter"), after an opening phrase of time or
//    circumstance ("Medan stansen varer, blir …"), or where it says when, how, by whom or to whom the
//    thing is done: a procedure the agreement lays down (procedures.ts).
//
// A sentence that describes the world ("Meldingsutvekslingen foregår kryptert", "Fagrådet har møte
// kvar tredje veke") has no such reading and is not a duty. The party words are in parties.ts, the
// deadlines in deadlines.ts, the sentence splitting in sentences.ts, a sentence of two main clauses
// with a party each in conjuncts.ts, and the word lists and patterns the rules below read with in
// reading-words.ts.

/** Whether a distributive party subject «har» an indefinite thing it keeps ("Hver part har en kontaktperson …"). */
function keepsOne(subject: string, rest: string): boolean {
  const object = DISTRIBUTIVE.test(subject) ? INDEFINITE_HAVE.exec(rest)?.[1] : undefined;
  if (!object) return false;
  const list = bareWords(words(object));
  const end = list.findIndex((word) => OBJECT_END.test(word));
  const head = list.slice(0, Math.min(OBJECT_WORDS, end < 0 ? list.length : end));
  return head.length > 0 && !head.some((word) => NOT_KEPT.test(word));
}

/** An actor cut inside parentheses ("samarbeidsutvalg (ASU") takes the closing one that follows. */
const closeParens = (actor: string, rest: string) =>
  (actor.match(/\(/g)?.length ?? 0) > (actor.match(/\)/g)?.length ?? 0) && rest.startsWith(')') ? `${actor})` : actor;

/** Who a sentence obliges and how. */
export interface Reading {
  actor: string | null;
  /** The party the actor names, or null when it names none (the clause's party decides). */
  party: Party | null;
  modality: Modality;
}

/** What a sentence is read with besides its words. */
export interface ReadingContext {
  patterns: PartyPatterns;
  /** Whether the clause binds a party (its heading, or an enclosing one, names it): a passive there is its duty. */
  bound: boolean;
  /** The reading of the sentence before, in the same paragraph or item: a pronoun takes its actor. */
  before: Reading | null;
}

/** Reads one sentence: who it obliges and how, or null when it obliges no one. */
export function readSentence(sentence: string, context: ReadingContext): Reading | null {
  if (/\?\s*$/.test(sentence)) return null;
  // What a law lays on the parties, the law as subject: the law's duty, not this agreement's.
  if (LAW_SUBJECT.test(sentence)) return null;
  const responsibility = readResponsibility(sentence, context);
  if (responsibility) return responsibility;
  // A sentence whose only modals stand in a relative or "at"-clause ("Kvar part har ein vakt som kan
  // nåast …") is read by its own verb.
  const modal = readModal(sentence, context);
  const reading = modal !== undefined ? modal : (readPresent(sentence, context) ?? readPassive(sentence, context));
  // A document whose writer is known: "Epikrisen skal foreligge hos fastlegen …" is the hospital trust's.
  const writer = reading && reading.party === null && reading.actor === null ? writerOf(sentence) : null;
  return writer && reading ? { ...reading, party: writer } : reading;
}

/** "Det er sjukehuset sitt ansvar å …", "… er kommunens ansvar", "Ansvaret … ligg hjå …": the one obliged is named. */
function readResponsibility(sentence: string, { patterns }: ReadingContext): Reading | null {
  for (const pattern of RESPONSIBILITY_OF) {
    const who = pattern.exec(sentence)?.groups?.who;
    if (!who) continue;
    const named = namedParties(who, patterns);
    if (named) return { actor: who.slice(named.start, named.end), party: partyOf(named.parties), modality: 'plikt' };
    return { actor: isActorNoun(who) ? who : null, party: null, modality: 'plikt' };
  }
  for (const pattern of RESPONSIBILITY_OF_PARTY) {
    const who = pattern.exec(sentence)?.groups?.who;
    const named = who ? namedParties(who, patterns) : null;
    if (who && named)
      return { actor: who.slice(named.start, named.end), party: partyOf(named.parties), modality: 'plikt' };
  }
  return null;
}

/** The words a sentence's subject starts after: an opening condition up to its comma ("Om …, må …"), or nothing. */
function mainClause(text: string): { adverbial: boolean; subject: string } {
  const adverbial = ADVERBIAL_START.test(text.trim());
  return { adverbial, subject: adverbial ? text.replace(/^[^,]*,\s*/u, '').trim() : text.trim() };
}

/** The actor a pronoun subject stands for: the sentence before's, when it named a party. */
const antecedent = (subject: string, { before }: ReadingContext) =>
  PRONOUN.test(subject) && before?.party ? before : null;

/**
 * Whether the words before a modal are a main clause whose verb is «er» with nothing joined to it ("Nedetid
 * er tida ei løysing ikkje verkar som ho "): the modal is then in a clause of the predicate, not the
 * sentence's own, and with no party in that clause it obliges no one. Not after «og», «men» or a comma
 * ("Avtalen er gjeldande og skal …"), nor where «er» stands in a subordinate clause of the subject
 * ("Kommunen som er vert, skal …"), nor with a party as the clause's subject ("Dette er eit tiltak
 * partane skal gjennomføre …" is theirs).
 */
function predicateClause(subject: string, patterns: PartyPatterns): boolean {
  const clause = /^((?:[\p{L}\p{N}-]+\s+){1,4}?)(?:er|var)\s+([^,;:]*)$/iu.exec(subject);
  return (
    !!clause && !SUBORDINATORS.test(clause[1]!) && !COORDINATED.test(clause[2]!) && !namedParties(clause[2]!, patterns)
  );
}

/**
 * The parties a subject names in its head, not in its relative clause: "Lista over meldingar som går
 * mellom partane" names none, "Kommunen som sender til sjukehuset" only the municipality.
 */
function headParties(subject: string, patterns: PartyPatterns) {
  const relative = /\s(?:som|der)\s/iu.exec(subject);
  return namedParties(relative ? subject.slice(0, relative.index) : subject, patterns);
}

/**
 * The one who must tell, where the party after the modal is the one told ("… skal kommunen få beskjed"):
 * the other party the sentence names ("Når sjukehuset følgjer opp …, skal kommunen få beskjed": the
 * hospital's), else the receiver's counterpart; both where the receiver is both.
 */
function teller(receiver: Reading, sentence: string, patterns: PartyPatterns): Reading {
  // Told by someone who is no party ("… få melding frå fastlegen"): the sentence is read as before.
  const source = TOLD_BY.exec(sentence)?.[1];
  if (source && !namedParties(source, patterns)) return receiver;
  const others = [...(namedParties(sentence, patterns)?.parties ?? [])].filter(
    (party) => party !== 'felles' && party !== receiver.party,
  );
  const counterpart: Party =
    receiver.party === 'kommune' ? 'helseforetak' : receiver.party === 'helseforetak' ? 'kommune' : 'felles';
  const party = others.length === 1 ? others[0]! : others.length > 1 ? 'felles' : counterpart;
  const name = patterns
    .filter(([which]) => which === party && others.length === 1)
    .flatMap(([, pattern]) => [...sentence.matchAll(pattern)])
    .sort((a, b) => a.index - b.index)[0]?.[0];
  return { actor: name ?? null, party, modality: receiver.modality };
}

// A subject with a relative clause closed by its comma right before the modal ("Feilsendingar som kan ha
// ført til at …, skal meldast …"): an «at» in it is the relative clause's, not the sentence's.
const CLOSED_RELATIVE = /^((?:[\p{L}\p{N}-]+\s+){1,6}?)(?:som|der)\s[^,]*,\s*$/iu;

/**
 * The words before a modal that are the sentence's own clause: past an opening phrase up to its comma
 * ("For at meldingane skal kome fram, må …"), or a subject's head where its relative clause closes at
 * the comma before the modal. An «at» there makes the modal a subordinate clause's ("Målet er at …").
 */
function ownClause(before: string): string {
  const closed = CLOSED_RELATIVE.exec(before);
  return closed && !SUBORDINATORS.test(closed[1]!) ? closed[1]! : mainClause(before).subject;
}

// Words that open a clause inside a subject: a relative clause or an indirect question ("Kravene til
// hvilke standarder partene må bruke, står …", "Meldingar som kommunane skal sende, er lista i …").
const EMBEDDED_OPENER =
  /(?<![\p{L}])(?:som|der|hvilke|hvilken|hvilket|kva|kven|hva|hvem|hvor|hvordan|korleis|om|når)(?![\p{L}])/iu;
// … of them, those that open an indirect question: "Partene avtaler hvilke meldinger kommunene må …".
const QUESTION_WORD = /^(?:hvilke|hvilken|hvilket|kva|kven|hva|hvem|hvordan|korleis)$/iu;
// The sentence's own verb after such a clause: a modal, a verb in the present or the passive, or one of
// these that say where a thing is found ("… , finnes i vedlegg 3").
const FINITE_MODALS = new Set('skal må kan bør vil'.split(' '));
const WHERE_VERBS = new Set('finnes finst fins'.split(' '));

/** Whether a word after a clause's comma is the sentence's own verb: in the present, the passive, or a modal. */
const finiteVerb = (word: string) =>
  FINITE_MODALS.has(word) ||
  WHERE_VERBS.has(word) ||
  DESCRIBING_VERBS.has(word) ||
  (PASSIVE_FORM.test(word) && !NOT_PASSIVE.has(word)) ||
  (PRESENT_VERB.test(word) && !NOT_VERBS.has(word));

/**
 * Whether a modal stands in a clause embedded in the sentence, not its own: in the subject, closing at a
 * comma before the sentence's own verb ("Kravene til hvilke standarder partene må bruke, står i
 * forskriften": the verb is «står», the modal binds no one; "Meldingar som kommunane skal sende, er lista
 * i vedlegget"), or in an indirect question after a party's own verb ("Partene avtaler hvilke meldinger
 * kommunene må kunne ta imot": the parties' present tense is the duty). Not where the subject's head
 * names a party and the verb is the modal's ("Sykehuset, som kommunen skal varsle, sender …"), nor in
 * the sentence's opening clause ("Når partane skal …, varslar …").
 */
function embeddedInSubject(sentence: string, before: string, after: string, patterns: PartyPatterns): boolean {
  if (CONDITION_START.test(sentence.trim())) return false;
  const stretch = before.slice(before.lastIndexOf(',') + 1);
  const opener = EMBEDDED_OPENER.exec(stretch);
  if (!opener) return false;
  const head = before.slice(0, before.length - stretch.length + opener.index);
  if (head.trim() === '') return false;
  if (namedParties(head, patterns)) {
    const subject = QUESTION_WORD.test(opener[0]) ? partySubject(head, patterns) : null;
    return !!subject && acts(head.slice(subject.end));
  }
  if (askedBy(stretch, before, patterns)) return true;
  const next = /^[^,.;:!?]*,\s*(\p{L}+)/u.exec(after)?.[1];
  return !!next && finiteVerb(next.toLocaleLowerCase('nb'));
}

// The words that open an indirect question, anywhere in a stretch ("… forskrift om X set krav til kva …").
const QUESTION_OPENER = /(?<![\p{L}])(?:hvilke|hvilken|hvilket|kva|kven|hva|hvem|hvordan|korleis)(?![\p{L}])/giu;

/**
 * Whether the last stretch before a modal is an indirect question after a verb of its own, with no party
 * before it ("Lova set krav til korleis opplysningane skal behandlast", "Rutinen beskriv kva mottakaren
 * må gjere"): what a law or a text says, no one's duty.
 */
function askedBy(stretch: string, before: string, patterns: PartyPatterns): boolean {
  const question = [...stretch.matchAll(QUESTION_OPENER)].at(-1);
  if (!question) return false;
  const head = before.slice(0, before.length - stretch.length + question.index);
  if (head.trim() === '' || namedParties(head, patterns)) return false;
  return bareWords(words(head)).some((word) => !FINITE_MODALS.has(word) && finiteVerb(word));
}

/** A sentence with a modal expression ("Partene skal …", "Det påligger kommunen å …"); undefined when it has no modal of its own. */
function readModal(sentence: string, context: ReadingContext): Reading | null | undefined {
  const { patterns } = context;
  // A condition with its verb first ("Endrar lovene seg slik at …, kan kvar part …") is an opening: the
  // sentence's own clause starts after its comma, and an «at» inside it is the condition's.
  const lead = verbFirstCondition(sentence.trim(), patterns) ? (/^[^,]*,\s*/u.exec(sentence)?.[0].length ?? 0) : 0;
  for (const match of sentence.matchAll(MODAL_PATTERN)) {
    const before = sentence.slice(0, match.index);
    const opened = lead > 0 && match.index >= lead ? sentence.slice(lead, match.index) : null;
    if (SUBORDINATE_BEFORE.test(before) || SUBORDINATE_AT.test(opened ?? ownClause(before))) continue;
    const after = sentence.slice(match.index + match[0].length);
    if (embeddedInSubject(sentence, before, after, patterns)) continue;
    const inside = match.slice(1).find(Boolean);
    const modality = MODALITY.get(
      match[0]
        .replace(inside ? `${inside} ` : '', '')
        .toLocaleLowerCase('nb')
        .replace(/\s+/g, ' '),
    )!;
    // A sentence that opens with a condition or an adverbial ("Om pasienten ikke tilhører kommunen, må …")
    // has its subject after the comma: parties named in the condition are not who is obliged.
    const { adverbial, subject } = opened !== null ? { adverbial: true, subject: opened.trim() } : mainClause(before);
    // The sentence's own verb is «er», and the modal stands in a clause of what it is: "Nedetid er tida ei
    // løysing ikkje verkar som ho skal" defines; "Avtalen er gjeldande og skal …" goes on to a duty.
    if (!adverbial && predicateClause(subject, patterns)) continue;
    // "Etter lova § 6-2 skal kommunane …" reports the law.
    if (LAW_SAYS.test(before)) return null;
    const impersonal = /^det\s/iu.test(match[0]);
    if (impersonal) return readImpersonal(after, modality, patterns);
    const named = headParties(subject, patterns);
    if (named) {
      const receiver = {
        actor: closeParens(subject.slice(named.start, named.end), subject.slice(named.end)),
        party: partyOf(named.parties),
        modality,
      };
      if (bodyMayIfNeeded(receiver, before, after)) return null;
      return told(after) ? teller(receiver, sentence, patterns) : receiver;
    }
    const pronoun = antecedent(subject, context);
    if (pronoun) return { ...pronoun, modality };
    const role = adverbial ? null : ROLE_SUBJECT.exec(subject);
    if (role) return { actor: role[0].trim(), party: 'felles', modality };
    if (THIRD_PARTY.test(subject) || THIRD_PARTY_AGENT.test(after)) return null;
    if (procedure(after, modality)) return { actor: null, party: null, modality };
    // A document the parties are to make under this one: what it must follow or say is theirs to write in.
    if (SUPPLEMENT.test(subject) && CONTENT_VERB.test(after)) return { actor: null, party: null, modality };
    if (DOCUMENT_SUBJECT.test(subject)) return null;
    // Inverted word order: "Dessuten skal foretaket ha …", "kan administrativt samarbeidsutvalg (ASU) opprette …".
    const between = inside ? namedParties(inside, patterns) : null;
    if (inside && between) return { actor: inside, party: partyOf(between.parties), modality };
    const next = /^\s*(?:\S+\s+){0,3}/u.exec(after)?.[0] ?? '';
    const inverted = subject === '' || adverbial || EXPLETIVE.test(subject) ? namedParties(next, patterns) : null;
    if (inverted) {
      const receiver = {
        actor: closeParens(after.slice(inverted.start, inverted.end).trim(), after.slice(inverted.end)),
        party: partyOf(inverted.parties),
        modality,
      };
      if (bodyMayIfNeeded(receiver, before, after.slice(inverted.end))) return null;
      return told(after.slice(inverted.end)) ? teller(receiver, sentence, patterns) : receiver;
    }
    // After an opening condition the subject follows the modal: "Om meldinga ikkje kjem fram, må avsendar ringje".
    const behind = subject === '' || adverbial ? /^\s*(\p{L}+)/u.exec(after)?.[1] : undefined;
    if (behind && isActorNoun(behind)) return { actor: behind, party: null, modality };
    if (PURPOSE_VERB.test(after)) return null;
    // A permission needs someone it is given to; "Tilbudet kan omfatte …" describes.
    if (modality === 'adgang') return null;
    // The subject as written, up to a relative clause, after a label ("Nødrutine: Tidskritisk informasjon"),
    // when it names a person or a body; none for a thing ("Varslingen skal skje …"), the passive voice
    // ("skal vedtas", "må forankrast") or an expletive ("Det må …").
    const head = subject
      .split(/\s+som\s|,/u)[0]!
      .replace(/^.*:\s*/u, '')
      .trim();
    const passive = PASSIVE_VERB.test(after) || /s$/u.test(match[0]);
    const actor =
      head !== '' && !adverbial && !passive && head.split(/\s+/).length <= 5 && isActorNoun(head) ? head : null;
    return { actor, party: null, modality };
  }
  return undefined;
}

/**
 * Whether a «kan» gives a shared body a possibility, not a right: the need stands in front of its verb
 * ("Fagrådet kan ved behov kalle inn leverandørane", "Ved behov kan utvalet setje ned ei arbeidsgruppe"), as
 * "Leverandørane blir kalla inn ved behov" is no one's duty. A body is no party: a right given to it binds
 * neither. A party's «kan ved behov» is its right ("Kommunen kan ved behov be om …"), and a body's «kan»
 * with the need after its object ("… kan opprette faglige samarbeidsutvalg etter behov") stays one.
 */
const bodyMayIfNeeded = (reading: Reading, before: string, after: string) =>
  reading.modality === 'adgang' && !!reading.actor && isSharedBody(reading.actor) && neededFirst(before, after);

/**
 * An impersonal duty verb ("Det påligger kommunen å …", "det forutsettes derfor at dette detaljeres
 * … mellom kommunen og foretaket"): the one obliged follows it, never what stands before it.
 */
function readImpersonal(after: string, modality: Modality, patterns: PartyPatterns): Reading {
  const next = /^\s*(?:\S+\s+){0,3}/u.exec(after)?.[0] ?? '';
  const close = namedParties(next, patterns);
  if (close)
    return {
      actor: closeParens(after.slice(close.start, close.end).trim(), after.slice(close.end)),
      party: partyOf(close.parties),
      modality,
    };
  const anywhere = namedParties(after, patterns);
  return { actor: null, party: anywhere ? partyOf(anywhere.parties) : null, modality };
}

/** The words of a text with their offsets. */
const words = (text: string) => [...text.matchAll(/[^\s]+/gu)].map((m) => ({ word: m[0], at: m.index }));
const bare = (word: string) => word.replace(/[.,;:!?»”")]+$/u, '').toLocaleLowerCase('nb');
const bareWords = (list: ReadonlyArray<{ word: string }>) => list.map((w) => bare(w.word));

/** Whether a word is a present-tense verb that says what someone does (with the words after it, for "har"). */
function doingVerb(word: string, after: ReadonlyArray<string>): boolean {
  if (word === 'har') {
    const next = after[0];
    if (next !== undefined && PARTICIPLE.test(next) && !NOT_VERBS.has(next)) return true;
    const phrase = after.slice(0, HAR_WORDS);
    const noun = phrase.findIndex((word) => ARRANGEMENTS.some((arrangement) => arrangement.test(word)));
    return noun >= 0 && !phrase.slice(0, noun).some((word) => DESCRIBING_QUANTIFIERS.has(word));
  }
  // With an inverted subject between them: "… tek parten kontakt med …".
  const phrase = after.slice(0, 4).join(' ');
  if (ACTION_PHRASES.some(([verb, words]) => verb.test(word) && words.test(phrase))) return true;
  return PRESENT_VERB.test(word) && !DESCRIBING_VERBS.has(word) && !NOT_VERBS.has(word) && !PAST_TENSE.has(word);
}

const DETERMINER =
  /^(?:(?:hver|hvert|kvar|kvart|begge|alle|den|de)\s+(?:(?:enkelt|enkelte|einskild|einskilde)\s+)?(?:av\s+)?)?/iu;

/** The actor and party of a subject that starts with a party name (after a determiner), or null. */
function partySubject(text: string, patterns: PartyPatterns): { actor: string; party: Party; end: number } | null {
  const named = namedParties(text, patterns);
  if (!named || (named.start !== 0 && named.start !== DETERMINER.exec(text)![0].length)) return null;
  // A genitive is no subject: "Partnernes forpliktelser omfatter …".
  const name = text.slice(named.start, named.start + firstNameEnd(text.slice(named.start), patterns));
  if (/s$/u.test(name) && namedParties(name.slice(0, -1), patterns)) return null;
  const end = subjectEnd(text, named.start, patterns);
  const actor = text.slice(0, end).trim();
  return { actor, party: partyOf(namedParties(actor, patterns)!.parties), end };
}

/** The first word after a subject, past adverbs ("Partene også følger …"), and the words after it. */
function verbAfter(text: string): [string, string[]] | null {
  // After a relative clause the verb follows its comma: "Den parten som har feilen, varslar …".
  const list = bareWords(words(text.replace(/^\s*,/u, '')));
  let i = 0;
  while (i < list.length && ADVERBS.has(list[i]!)) i += 1;
  return list[i] ? [list[i]!, list.slice(i + 1)] : null;
}

// The subject before a verb that says how a thing is done (procedures.ts: "følger", "skjer" …).
const RULE_SUBJECT = /^(?:\S+\s+){1,6}?(?=(?:følger|følgjer|skjer|foregår|går\s+føre\s+seg)\s)/iu;
// A party's unit always at hand: "Sykehusets IKT-avdeling er tilgjengelig hele døgnet", "Kommunen er
// bemanna i arbeidstida" (with a when, procedures.ts), a promise as "har ein vakttelefon" is.
const AVAILABLE =
  /^((?:\S+\s+){1,4}?)(?:er|vil\s+være|vil\s+vere)\s+(?:\p{L}+\s+)?(?:tilgjengelig|tilgjengeleg|bemannet|bemanna|betjent|betent|åpen|open)(?![\p{L}])/iu;
// A party that decides for itself whether to do a thing has a right: "Kommunen vurderer selv om …".
const CHOOSES =
  /^\s*(?:vurderer|vurderar|avgjør|avgjer|bestemmer|bestemmer|velger|vel)\s+(?:selv|sjølv|sjølve)\s+(?:om|hvorvidt|kva|hva|korleis|hvordan|når)(?![\p{L}])/iu;
// A verb of meeting says what is, as "har møte" does; a body's list of tasks may start with it:
// "Fagrådet møtest kvar månad, følgjer med på avvika og rapporterer …".
const MEETING = /^(?:møtes|møtest|møtast|samles|samlast|samlest)$/u;
// … and so does «har møte», «har faste møter».
const MEETING_NOUN = /^møt(?:e|er|a|ene)$/u;
const meets = (verb: string, after: ReadonlyArray<string>) =>
  MEETING.test(verb) || (verb === 'har' && after.slice(0, 2).some((word) => MEETING_NOUN.test(word)));
// A subject's complement ("Fagrådet for e-helse", "Sekretariatet for helsefellesskapet") is up to three words.
const COMPLEMENT_WORDS = 3;

/** Whether the words after a subject say what it does: its verb, after a complement ("for e-helse går …"), or a later verb of its list. */
function acts(text: string): boolean {
  const verb = verbAfter(text);
  if (!verb) return false;
  if (doingVerb(...verb)) return true;
  let [first, rest] = verb;
  // "Fagrådet for e-helse går …", "Sekretariatet i helsefellesskapet oppdaterer …".
  if (/^(?:for|i|hos|hjå|ved)$/u.test(first))
    for (let n = 1; n <= COMPLEMENT_WORDS && n < rest.length; n += 1) {
      if (rest.slice(0, n).some((word) => SUBORDINATORS.test(word))) break;
      if (doingVerb(rest[n]!, rest.slice(n + 1))) return true;
      // The complement ends at the subject's verb; a word after it is no verb of the subject's
      // ("Fagrådet for e-helse har fire medlemer …": «medlemer» is a noun).
      if (rest[n] === 'har' || DESCRIBING_VERBS.has(rest[n]!) || MEETING.test(rest[n]!)) {
        [first, rest] = [rest[n]!, rest.slice(n + 1)];
        break;
      }
    }
  if (!meets(first, rest)) return false;
  // "… møtest minst fire gonger i året, følgjer med på avvika og rapporterer …": a later verb of the
  // list, after a comma or "og", with words of its own after it.
  const clause = text.split(/\s(?:som|at|når|dersom|fordi|mens|medan)\s/u)[0]!;
  const listed = (join: RegExp) =>
    [...clause.matchAll(join)].some(([, word, next]) => !/^(?:og|eller)$/u.test(next!) && doingVerb(word!, [next!]));
  return listed(/(?:,|\sog)\s+(\p{Ll}+)\s+(\p{L}+)/gu);
}

const PERSONAL = /^(?:den|han|ho|hun|de|dei)$/u;
const COPULA_FIRST = /^(?:er|var)$/u;

/** The present tense with a party as subject: "Partene følger …", "Etter avtalen dekker partnerne …", "De gir …". */
function readPresent(sentence: string, context: ReadingContext): Reading | null {
  const { patterns } = context;
  const text = sentence.trim();
  // What usually happens, or how much: "Kommunane og sjukehuset sender i dag fleire tusen meldingar" tells
  // how things are, with a party as subject too.
  if (habit(text)) return null;
  const condition = CONDITION_START.test(text) || verbFirstCondition(text, patterns);
  const main = condition ? text.replace(/^[^,]*,\s*/u, '') : text;
  // Subject first: "Kommunene i Agder utpeker …".
  const subject = partySubject(main, patterns);
  // A choice left to the party: "Kommunane vurderer sjølve om …" is a right, not a duty.
  if (subject && CHOOSES.test(main.slice(subject.end)))
    return { actor: subject.actor, party: subject.party, modality: 'adgang' };
  if (subject && (acts(main.slice(subject.end)) || keepsOne(subject.actor, main.slice(subject.end))))
    return { actor: subject.actor, party: subject.party, modality: 'plikt' };
  // A restriction on a person or a party: "Ansatte hos én part får bare lese … når …".
  const restricted = ONLY_ON_CONDITION.exec(main)?.groups?.who;
  if (restricted) {
    const head = restricted.split(/\s+/)[0]!;
    const named = namedParties(head, patterns);
    if (named) return { actor: restricted, party: partyOf(named.parties), modality: 'plikt' };
    // A person: the party named with it ("Tilsette i kommunen"), else the clause's, or both.
    const of = isActorNoun(head) ? namedParties(restricted, patterns) : null;
    if (isActorNoun(head)) return { actor: restricted, party: of ? partyOf(of.parties) : null, modality: 'plikt' };
  }
  // No party, with a verb that acts: a prohibition on each ("Ingen part sender …").
  const none = NO_PARTY.exec(main);
  if (none && acts(main.slice(none[0].length))) return { actor: none[0].trim(), party: 'felles', modality: 'plikt' };
  const list = words(main);
  const pronoun = list[0] && antecedent(bare(list[0].word), context);
  const pronounVerb = pronoun && verbAfter(main.slice(list[0]!.at + list[0]!.word.length));
  if (pronoun && pronounVerb && doingVerb(...pronounVerb)) return { ...pronoun, modality: 'plikt' };
  // A role up to its comma, then the verb: "Den som oppdagar feilen, melder han i eige system" (both parties).
  const role = condition ? null : roleSubject(main);
  if (role) return { actor: role, party: 'felles', modality: 'plikt' };
  // A role noun with a relative clause, then the verb: "En mottaker som får …, sender …" (the clause's
  // party, or both, as a role noun alone).
  const noun = condition ? undefined : ROLE_NOUN_SUBJECT.exec(main)?.[1];
  const nounRole = noun && isRoleNoun(noun) ? roleSubject(main, ROLE_NOUN_SUBJECT) : null;
  if (nounRole) return { actor: nounRole, party: null, modality: 'plikt' };
  // A role no party name says, as the subject: "Mottakaren stadfestar …", "Koordinatoren kallar inn …"
  // (the clause's party, or both). Only a role: with a thing or a body ("Prosjektet varer …",
  // "Nettverket dekker …") the present tense describes.
  // Not the first of a list of roles ("Avsender, mottaker og kontaktperson har …").
  // Also named by what it sends or receives: "Mottakaren av varselet stadfestar …" (`ROLE_OF`).
  const head = list[0] && !list[0].word.endsWith(',') && bare(list[0].word);
  const headEnd = list[0] ? list[0].at + list[0].word.length : 0;
  const of = head && isRoleNoun(head) ? (ROLE_OF.exec(main.slice(headEnd))?.[0] ?? '') : '';
  if (head && isRoleNoun(head) && acts(main.slice(headEnd + of.length)))
    return { actor: of ? `${list[0]!.word} ${of.trim()}` : list[0]!.word, party: null, modality: 'plikt' };
  // A thing done the way a rule says: "Testene følger sjekklisten", "Varslingen skjer etter rutinen" (procedures.ts).
  const thing = condition ? null : RULE_SUBJECT.exec(main)?.[0];
  if (
    thing &&
    !SUBORDINATORS.test(thing) &&
    !DOCUMENT_SUBJECT.test(thing) &&
    !THIRD_PARTY.test(thing) &&
    !possibilityOrHabit(main) &&
    byRule(main.slice(thing.length), patterns, DISPUTE_SUBJECT.test(thing) || UPKEEP_NOUN.test(thing))
  )
    return { actor: null, party: null, modality: 'plikt' };
  const available = condition ? null : AVAILABLE.exec(main);
  const keeper = available ? namedParties(available[1]!, patterns) : null;
  if (available && keeper && regulates(main, patterns))
    return { actor: available[1]!.trim(), party: partyOf(keeper.parties), modality: 'plikt' };
  // Verb first, after a condition or an adverbial: "Ved planlagt nedetid varsler den parten som …", "Dersom …, sender kommunen …".
  if (!condition && !ADVERBIAL_START.test(main)) return null;
  const clause = condition ? main : main.split(',')[0]!;
  const scan = words(clause);
  for (let i = condition ? 0 : 1; i < scan.length - 1; i += 1) {
    const word = bare(scan[i]!.word);
    if (SUBORDINATORS.test(word)) break;
    const keeps = word === 'har' ? invertedKeeper(main.slice(scan[i + 1]!.at), patterns) : null;
    if (keeps) return keeps;
    // "tek … imot" with the subject between: the phrase is read after the subject.
    const phrasal = ACTION_PHRASES.some(([verb]) => verb.test(word));
    const doing = doingVerb(word, bareWords(scan.slice(i + 1)));
    if (!doing && !phrasal) continue;
    // A noun in -er/-ar ("Ved utskriving av pasientar …") or a verb of the opening phrase ("Med mindre
    // annet følger av lov …, dekker partnerne …") comes first: read on to the main verb and its party.
    const inverted = invertedSubject(main.slice(scan[i + 1]!.at), patterns, doing ? null : word);
    if (inverted) return inverted;
    // A pronoun after the verb stands for the party of a condition with its verb first: "Får ein part ei
    // melding som ikkje er hans, ringjer han avsendaren".
    const opening = condition && PERSONAL.test(bare(scan[i + 1]!.word)) ? text.slice(0, text.length - main.length) : '';
    const named = opening ? namedParties(opening, patterns) : null;
    if (named)
      return { actor: opening.slice(named.start, named.end), party: partyOf(named.parties), modality: 'plikt' };
  }
  // An opening phrase with a clause of its own ends at its comma, and the verb comes first after it:
  // "Ved driftsstans som varer over ein time, varslar parten som har feilen …".
  const comma = condition ? -1 : main.indexOf(',');
  if (comma < 0) return null;
  const rest = main.slice(comma + 1).trimStart();
  const [first, second, ...more] = words(rest);
  if (first && second && bare(first.word) === 'har') return invertedKeeper(rest.slice(second.at), patterns);
  return first && second && doingVerb(bare(first.word), bareWords([second, ...more]))
    ? invertedSubject(rest.slice(second.at), patterns)
    : null;
}

/** After an inverted «har», a party taken one by one and what it keeps: "I tillegg har hver part en superbruker …". */
function invertedKeeper(text: string, patterns: PartyPatterns): Reading | null {
  const each = partySubject(text, patterns);
  return each && keepsOne(each.actor, `har ${text.slice(each.end)}`)
    ? { actor: each.actor, party: each.party, modality: 'plikt' }
    : null;
}

/**
 * The party or role subject right after an inverted verb, as a duty ("… ringjer avsendaren …": the
 * clause's party), or a party's unit ("… tek driftssenteret i Helse X HF imot …": that party's); null for
 * anything else. A verb that acts only with a phrase ("tek … imot") needs the phrase after the subject.
 */
function invertedSubject(text: string, patterns: PartyPatterns, phrasal: string | null = null): Reading | null {
  const acting = (end: number) =>
    !phrasal || doingVerb(phrasal, bareWords(words(text.slice(end)))) || INVERTED_ACTION.test(text.slice(end));
  const inverted = partySubject(text, patterns);
  if (inverted)
    return acting(inverted.end) ? { actor: inverted.actor, party: inverted.party, modality: 'plikt' } : null;
  const unit = UNIT_OF.exec(text);
  const owner = unit && !THING_UNIT.test(unit[1]!) ? partySubject(text.slice(unit[0].length), patterns) : null;
  if (unit && owner && !DETERMINER.exec(owner.actor)![0]) {
    const end = unit[0].length + owner.end;
    return acting(end) ? { actor: text.slice(0, end).trim(), party: owner.party, modality: 'plikt' } : null;
  }
  const first = /^\s*(\p{L}+)/u.exec(text)?.[1];
  const end = first ? text.indexOf(first) + first.length : 0;
  return first && isRoleNoun(first) && acting(end) ? { actor: first, party: null, modality: 'plikt' } : null;
}

/** A role as subject up to the comma before its verb, past a list in its relative clause ("Den som sender A, B eller C, kontrollerer …"); null where no verb of its own follows. */
function roleSubject(main: string, pattern: RegExp = ROLE_SUBJECT): string | null {
  const role = pattern.exec(main);
  if (!role) return null;
  let end = role[0].length;
  for (let n = 0; n <= ROLE_LIST_COMMAS && main[end] === ','; n += 1) {
    const verb = verbAfter(main.slice(end + 1));
    if (verb && doingVerb(...verb)) return main.slice(0, end).trim();
    const next = main.indexOf(',', end + 1);
    if (next < 0) return null;
    end = next;
  }
  return null;
}

/**
 * Whether a sentence opens with a condition whose verb comes first, up to its comma: "Uteblir
 * kvitteringen, kontakter …", "Manglar svaret etter ein dag, ringjer …". Not a subject that merely ends
 * in -er ("Avsender, mottaker og …", "Tjenester som …", "Fastleger og …", "Hver part …").
 */
function verbFirstCondition(text: string, patterns: PartyPatterns): boolean {
  const opening = /^(\p{L}+)\s+(\p{L}+)[^,]*,\s*\S/u.exec(text);
  if (!opening) return false;
  const [, first, second] = opening;
  const word = first!.toLocaleLowerCase('nb');
  return (
    VERB_FIRST.test(word) &&
    !NOT_VERBS.has(word) &&
    !/^(?:som|og|eller)$/iu.test(second!) &&
    !isActorNoun(word) &&
    !isRoleNoun(word) &&
    // «Er»/«Var» first is a condition whoever follows: "Er partane usamde …, …".
    (COPULA_FIRST.test(word) || !namedParties(`${first} ${second}`, patterns))
  );
}

/** Where a subject that starts with a party name ends: past names ("Kommunene i Agder", "UNN (HF)") and a relative clause («som», «der») up to its comma. */
function subjectEnd(text: string, start: number, patterns: PartyPatterns): number {
  let end = start + firstNameEnd(text.slice(start), patterns);
  const relative = /^\s+(?:som|der)\s[^,]*,/u.exec(text.slice(end));
  if (relative) return end + relative[0].length - 1;
  for (;;) {
    const next = /^\s+((?:i|og|på)\s+)?(\(?[^\s]+)/u.exec(text.slice(end));
    const word = next?.[2];
    // A party word in lower case joins the subject only after "og", "i" or "på": right after the
    // subject it is the object ("… varslar sjukehuset kommunane …").
    const joins = word && (/^[\p{Lu}(]/u.test(word) || (next[1] && namedParties(word, patterns)));
    if (!next || !word || !joins) return end;
    const trimmed = word.replace(/[,;:.]+$/u, '');
    end += next[0].length - (word.length - trimmed.length);
    if (trimmed !== word) return end;
  }
}

/** The end of the first party name in a text (the longest name where two start together). */
function firstNameEnd(text: string, patterns: PartyPatterns): number {
  let best: { start: number; end: number } | null = null;
  for (const [, pattern] of patterns)
    for (const match of text.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (!best || match.index < best.start || (match.index === best.start && end > best.end))
        best = { start: match.index, end };
    }
  return best?.end ?? 0;
}

/** Where a present passive stands in a clause: the verb's word, its offset, and how it is formed. */
interface Passive {
  word: string;
  at: number;
  inflected: boolean;
  periphrastic: boolean;
  /** The participle of "blir"/"vert", or the inflected verb. */
  verb: string;
}

/** The present passive that is a clause's own verb, before any subordinate clause; "stop" at one that comes first. */
function passiveIn(main: string, adverbial: boolean): Passive | 'stop' | null {
  const list = words(main);
  // After an opening phrase the verb may stand far in ("Frå 1. juli til 15. august og i romjula blir …").
  const window = adverbial ? ADVERBIAL_WINDOW : SUBJECT_WINDOW;
  for (let i = 0; i < Math.min(list.length, window); i += 1) {
    const word = bare(list[i]!.word);
    if (SUBORDINATORS.test(word) && i > 0) return 'stop';
    // A genitive plural ("partnernes", "brukernes") is no passive.
    const inflected =
      (PASSIVE_FORM.test(word) && !NOT_PASSIVE.has(word) && !/(?:enes|rnes|anes)$/u.test(word)) ||
      SHORT_PASSIVES.has(word);
    // "blir"/"vert" with its participle; after an opening phrase the subject may stand between them,
    // with a relative clause of its own ("… blir meldingar som har hopa seg opp sende på nytt").
    const following = bareWords(list.slice(i + 1)).filter((next) => !BETWEEN_AUXILIARY.has(next));
    const inverted = i === 0 || adverbial;
    const relative = following.slice(0, INVERTED_SUBJECT_WORDS).includes('som');
    const reach = inverted ? 1 + (relative ? INVERTED_RELATIVE_WORDS : INVERTED_SUBJECT_WORDS) : 1;
    // A strong participle in -e looks like an infinitive: not after «å» ("… vert det lettare å skrive …").
    const participle = PASSIVE_AUXILIARY.test(word)
      ? (following
          .slice(0, reach)
          .find(
            (next, n) => PASSIVE_PARTICIPLE.test(next) || (STRONG_PARTICIPLE.test(next) && following[n - 1] !== 'å'),
          ) ?? (A_PARTICIPLE.test(following[0] ?? '') ? following[0] : undefined))
      : undefined;
    if (!inflected && !participle) continue;
    return { word, at: list[i]!.at, inflected, periphrastic: !!participle, verb: participle ?? word };
  }
  return null;
}

/**
 * A passive right after a comma, where what stands before it is a subject with a relative clause
 * ("Alle avvik som gjeld samhandlinga, blir registrerte …") or a condition with its verb first
 * ("Mottar noen … en melding som ikke var ment for dem, returneres meldingen …"): the passive and its
 * subject, and whether the opening is a condition.
 */
function frontedPassive(main: string): { passive: Passive; subject: string; condition: boolean } | null {
  const comma = /^([^,]+),\s*/u.exec(main);
  if (!comma) return null;
  const before = comma[1]!.trim();
  const [first, second] = bareWords(words(before));
  const condition = !!first && !!second && second !== 'som' && VERB_FIRST.test(first);
  if (!condition && !SUBORDINATORS.test(before)) return null;
  const passive = passiveIn(main.slice(comma[0].length), false);
  if (!passive || passive === 'stop' || passive.at !== 0) return null;
  return { passive: { ...passive, at: passive.at + comma[0].length }, subject: before, condition };
}

/** A present passive as the sentence's own verb: "Avvik registreres …", "Ved endringer gjennomføres …", "Opplæring vert gitt …". */
function readPassive(sentence: string, context: ReadingContext): Reading | null {
  const text = sentence.trim();
  const { adverbial, subject: main } = mainClause(text);
  const situation = SITUATION_START.some((pattern) => pattern.test(text)) && !PLACE_START.test(text);
  const fronted = adverbial ? null : frontedPassive(main);
  const own = fronted ? null : passiveIn(main, adverbial);
  const passive = fronted?.passive ?? (own === 'stop' ? null : own);
  if (!passive) return null;
  const { word, inflected, verb } = passive;
  if (DESCRIBING_PASSIVES.has(word) || AUTOMATIC.test(main)) return null;
  const subject = fronted?.subject ?? main.slice(0, passive.at).trim();
  // The agreement revised or evaluated ("Avtalen revideres ved behov", "Retningslinja vert evaluert …")
  // is the parties' duty, as with a modal; anything else the document "does" describes it.
  const upkeep = DOCUMENT_SUBJECT.test(subject) && UPKEEP_STEM.test(verb);
  if ((DOCUMENT_SUBJECT.test(subject) && !upkeep) || THIRD_PARTY.test(subject)) return null;
  // "Dialogmøter holdes ved behov" allows, "I dag sendes de fleste …" reports: neither lays down a procedure.
  if (!upkeep && possibilityOrHabit(text)) return null;
  const rest = main.slice(passive.at);
  if (THIRD_PARTY_PLAN.test(rest)) return null;
  const agent = AGENT.exec(rest);
  if (agent && THIRD_PARTY.test(rest.slice(agent.index + agent[0].length))) return null;
  // The agent past an adjective before it: "… av strategisk samarbeidsutval".
  const agentParty = agent
    ? namedParties(
        pastAdjectives(rest.slice(agent.index + agent[0].length), context.patterns)
          .split(/\s+/, 3)
          .join(' '),
        context.patterns,
      )
    : null;
  if (agentParty && agentParty.start === 0)
    return { actor: null, party: partyOf(agentParty.parties), modality: 'plikt' };
  // "Avvik registreres …" binds the clause's party; outside one, an "-es" passive binds the parties it
  // names ("… gjennomføres samhandlingstester mellom partene"), and a passive sets a procedure after an
  // opening phrase of time or circumstance or a condition, between the parties, on a dispute, or where
  // it says when, how, by whom or to whom it is done (procedures.ts); "blir lagt fram" narrates.
  const procedure =
    situation ||
    fronted?.condition ||
    upkeep ||
    RECIPROCAL.test(main) ||
    DISPUTE_SUBJECT.test(subject) ||
    regulates(text, context.patterns);
  if (context.bound || procedure || (inflected && namedParties(main, context.patterns)))
    return { actor: null, party: null, modality: 'plikt' };
  return null;
}
