import type { ListItem, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { toString as plainWords } from 'mdast-util-to-string';
import { GuidelineError } from '../model/errors.ts';
import { isParty, PARTIES } from '../model/vocabulary.ts';
import { PLACEHOLDER_DOTS } from '../render/placeholder.ts';
import type { Clause, Modality, Obligation, Party } from '../model/types.ts';

// The obligation register: which sentence, list item or action-table row puts a duty, a
// recommendation or a permission on whom. Pure rules over the clause model (mdast body), so a
// sixth guideline written the way these are works without code: the hospital trust's names come
// from front matter, everything else from the generic words of the tables below.

/** What the extractor needs of a guideline. */
export interface ObligationSource {
  file: string;
  clauses: ReadonlyArray<Clause>;
  /** Front matter; `hospital` ("Universitetssykehuset Nord-Norge HF (UNN)") names the hospital trust. */
  meta: { hospital?: unknown };
}

/** The editor's mark: `:plikt[…]{part=kommune}` sets the party, `:plikt[…]{ingen}` says "not an obligation". */
export const OBLIGATION_MARK = 'plikt';

// Modal expressions, longest first, Bokmål and Nynorsk. A new expression is one more row.
const MODALS: ReadonlyArray<[string, Modality]> = [
  ['forplikter seg til', 'plikt'],
  ['forpliktar seg til', 'plikt'],
  ['forpliktet seg til', 'plikt'],
  ['forplikta seg til', 'plikt'],
  ['er ansvarlig for', 'plikt'],
  ['er ansvarleg for', 'plikt'],
  ['har ansvar for', 'plikt'],
  ['har ansvaret for', 'plikt'],
  ['er enige om', 'plikt'],
  ['er enig om', 'plikt'],
  ['er samde om', 'plikt'],
  ['er samd om', 'plikt'],
  ['sørger for', 'plikt'],
  ['sørgjer for', 'plikt'],
  ['syter for', 'plikt'],
  ['plikter', 'plikt'],
  ['pliktar', 'plikt'],
  ['skal', 'plikt'],
  ['må', 'plikt'],
  ['vil anbefale', 'anbefaling'],
  ['anbefaler', 'anbefaling'],
  ['anbefales', 'anbefaling'],
  ['tilrår', 'anbefaling'],
  ['bør', 'anbefaling'],
  ['kan', 'adgang'],
];
const MODALITY = new Map(MODALS.map(([words, modality]) => [words, modality]));
// "forplikter seg til" also with the subject inside it: "Gjennom denne avtalen forplikter partnerne seg til å …".
const modalSource = (words: string) => words.replace(/ seg /, ' (?:(\\p{L}+)\\s+)?seg ').replace(/ /g, '\\s+');
const MODAL_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MODALS.map(([words]) => modalSource(words)).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

// Words before a modal that make it part of a subordinate clause ("meldinger som skal brukes",
// "Målsettingen er at … skal være"): such a modal describes, it does not oblige.
const SUBORDINATE_BEFORE = /(?<![\p{L}])(?:som|der|at)\s*$/iu;
const SUBORDINATE_AT = /(?<![\p{L}])at(?![\p{L}])/iu;

// Generic words for each party; the hospital trust's own names are added from front matter.
const PARTY_WORDS: Record<Party, string[]> = {
  felles: [
    'partene',
    'partane',
    'partnerne',
    'partnarane',
    'partnere',
    'partneren',
    'partner',
    'parter',
    'partar',
    'hver part',
    'kvar part',
    'fagråd\\p{L}*',
    'regionalt fagråd',
    '\\p{L}*samarbeidsutval\\p{L}*',
    '\\p{L}*samhandlingsutval\\p{L}*',
    'helsefellesskap\\p{L}*',
    'driftsforum\\p{L}*',
    'SSU',
    'ASU',
    'OSU',
  ],
  kommune: ['kommunen', 'kommunene', 'kommunane', 'kommunar', 'kommuner', 'kommune'],
  helseforetak: [
    'helseforetak\\p{L}*',
    'helseføretak\\p{L}*',
    'foretak\\p{L}*',
    'føretak\\p{L}*',
    'sykehus\\p{L}*',
    'sjukehus\\p{L}*',
    'HF',
  ],
};

// Subjects whose modal is a statement of purpose or a description of the world, not a duty of a party.
const DOCUMENT_SUBJECT =
  /^(?:denne |dette |den |det )?(?:retningslinje|samarbeidsprosedyre|samhandlingsprosedyre|samarbeidsavtale|avtale|handlingsplan|vedlegg|målsetting|målsetjing|formål)\p{L}*/iu;
const THIRD_PARTY =
  /^(?:den |det |de )?(?:stortinget|departementet|helsedirektoratet|direktoratet|leverandør\p{L}*|norsk helsenett|nhn|myndighet\p{L}*|staten)(?![\p{L}])/iu;
const THIRD_PARTY_AGENT =
  /^\s*\p{L}+s\s+av\s+(?:stortinget|departementet|helsedirektoratet|direktoratet|leverandør\p{L}*|staten)(?![\p{L}])/iu;
const PURPOSE_VERB =
  /^\s*(?:(?:også|videre|derfor|dessuten)\s+)?(?:det\s+)?(?:bidra|bidra til|gi|øke|auke|tydeliggjøre|tydeleggjere|sikre|understøtte|fremme|styrke)(?![\p{L}])/iu;
const EXPLETIVE = /^(?:det|dette|ein|en|man|følgende|følgande)$/iu;
// Words that open a sentence without being its subject ("Ved mottak av melding skal …", "Dessuten skal foretaket …").
const ADVERBIAL_START =
  /^(?:likeledes|likeins|deretter|ved|i|for|etter|med|under|dessuten|derfor|også|videre|samtidig|dersom|om|når|hvis|viss|innen|innan|før|til|på|av|fra|frå|gjennom|utover)(?![\p{L}])/iu;
const PASSIVE_VERB = /^\s*(?:(?:også|derfor|alltid|kun|bare|i fellesskap)\s+)?\p{L}{2,}(?:es|s|ast)(?![\p{L}])/u;

// A deadline is a time expression the text gives ("innen to virkedager", "senest en uke før planlagt endring").
const DEADLINES: ReadonlyArray<RegExp> = [
  /(?<![\p{L}])(?:innen|innan|senest|seinast)\s[^,.;:]*?(?<![\p{L}])(?:\d+|dag|dager|døgn|virkedag\p{L}*|time|timer|uke|uker|veke|veker|måned\p{L}*|månad\p{L}*|år|utgangen|dato|frist|tid)(?![\p{L}])[^,.;:]*/iu,
  /(?<![\p{L}])så snart\s[^,.;:]+/iu,
  /(?<![\p{L}])(?:våren|hausten|høsten|vår|haust|høst)\s\d{4}(?!\d)/iu,
];

// Intl.Segmenter breaks after every full stop before a capital or a digit; these abbreviations do not end a sentence.
const ABBREVIATIONS = new Set([
  'st',
  'kap',
  'nr',
  'pkt',
  'jf',
  'jfr',
  'jmf',
  'f.eks',
  'bl.a',
  'ca',
  'kl',
  'evt',
  'ev',
  'm.m',
  'o.l',
  'mht',
  'ift',
  'iht',
  'ihht',
  'dvs',
  'ref',
  'inkl',
  'el',
  'a',
  'tlf',
  'prop',
  'meld',
  'ila',
  'mv',
  'osv',
]);
const segmenter = new Intl.Segmenter('nb', { granularity: 'sentence' });

// An action table ("Handlingsplan"): a column naming who is responsible; each row is that party's obligation.
const ACTION_COLUMNS = {
  actor: /^ansvar(?:leg|lig)?$/iu,
  deadline: /^(?:tidsplan|tidsfrist|frist|tidsramme)$/iu,
  // In order of preference: "Aksjonspunkt" says what to do more precisely than "Aktivitet/oppdrag".
  text: [/^aksjonspunkt/iu, /^tiltak/iu, /^oppg[åa]ve/iu, /^aktivitet/iu],
};

interface Override {
  start: number;
  end: number;
  party: Party | null;
  none: boolean;
}

interface Lead {
  actor: string | null;
  modality: Modality;
  party: Party | null;
  /** The lead-in sentence, verbatim; null where the heading is the lead-in ("Kommunen sitt ansvar"). */
  text: string | null;
}

// A heading that names a party's responsibilities ("Felles ansvar", "Kommunen sitt ansvar", "Sykehuset
// Innlandet sitt ansvar", "Helseføretaket sine oppgåver"): the items of a list right under it are that
// party's duties even without a modal verb ("Følge opp manglende … applikasjonskvittering").
const hasModal = (text: string) => [...text.matchAll(MODAL_PATTERN)].length > 0;
const RESPONSIBILITY_HEADING = /(?:^|\s)(?:ansvar|ansvarsområde|oppgaver|oppgåver|plikter|forpliktelser)$/iu;

/** Inline content as plain text (exactly as render.ts's plainInline writes it), with the ranges of `:plikt` marks. */
function walk(nodes: ReadonlyArray<Nodes>, state = { text: '', overrides: [] as Override[] }): typeof state {
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') state.text += node.value;
    else if (node.type === 'break') state.text += '\n';
    else if (node.type === 'footnoteReference') continue;
    else if (node.type === 'textDirective' && node.name === 'plassholder') state.text += PLACEHOLDER_DOTS;
    else if (node.type === 'textDirective' && node.name === 'merknad') {
      state.text += '(';
      walk(node.children, state);
      state.text += ')';
    } else if (node.type === 'textDirective' && node.name === OBLIGATION_MARK) {
      const start = state.text.length;
      walk(node.children, state);
      const attributes = node.attributes ?? {};
      state.overrides.push({
        start,
        end: state.text.length,
        party: isParty(attributes.part ?? '') ? (attributes.part as Party) : null,
        none: 'ingen' in attributes,
      });
    } else if ('children' in node) walk(node.children as Nodes[], state);
  }
  return state;
}

/** How a block's text is normalised in the clause's plain text (render.ts plainBlock). */
const normalise = (text: string) => text.replace(/[ \t]*\n[ \t]*/g, '\n').trim();

/** Splits text into sentences with `Intl.Segmenter`, rejoining the breaks it makes after abbreviations; `[start, end)` offsets. */
export function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start: number | null = null;
  // A single line break inside a paragraph (a source wrapped at 80 columns) is a space to the reader,
  // but Intl.Segmenter ends a sentence at every line feed; a blank line still ends one. Same length,
  // so the offsets are the text's own.
  for (const { segment, index } of segmenter.segment(text.replace(/(?<!\n)\n(?!\n)/g, ' '))) {
    start ??= index;
    const last = /(?:^|[\s(])([\p{L}.]+)\.\s*$/u.exec(segment)?.[1]?.toLocaleLowerCase('nb');
    if (last && ABBREVIATIONS.has(last) && index + segment.length < text.length) continue;
    out.push([start, index + segment.length]);
    start = null;
  }
  if (start !== null) out.push([start, text.length]);
  return out;
}

/** The names the hospital trust goes by, from front matter: "Sykehuset Telemark HF" → also "Sykehuset Telemark", "STHF". */
function hospitalNames(hospital: unknown): string[] {
  if (typeof hospital !== 'string' || hospital.trim() === '') return [];
  const abbreviations = [...hospital.matchAll(/\(([^)]+)\)/g)].map((match) => match[1]!.trim());
  const name = hospital.replace(/\([^)]*\)/g, '').trim();
  const short = name.replace(/\s+HF$/u, '').trim();
  const initials = short
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
  return [
    name,
    short,
    ...abbreviations,
    ...(initials.length >= 2 ? [`${initials}HF`] : []),
    ...(initials.length >= 3 ? [initials] : []),
  ].filter(Boolean);
}

/** An actor cut inside parentheses ("samarbeidsutvalg (ASU") takes the closing one that follows. */
const closeParens = (actor: string, rest: string) =>
  (actor.match(/\(/g)?.length ?? 0) > (actor.match(/\)/g)?.length ?? 0) && rest.startsWith(')') ? `${actor})` : actor;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** The party words as one pattern per party; capitalised abbreviations (UNN, SSU, HF) match case-sensitively. */
function partyPatterns(hospital: unknown): Array<[Party, RegExp]> {
  const words: Record<Party, string[]> = {
    ...PARTY_WORDS,
    helseforetak: [...PARTY_WORDS.helseforetak, ...hospitalNames(hospital).map(escape)],
  };
  return (Object.keys(words) as Party[]).flatMap((party) => {
    const upper = words[party].filter((word) => /^[\p{Lu}\d]+$/u.test(word));
    const other = words[party].filter((word) => !upper.includes(word));
    return [
      [party, new RegExp(`(?<![\\p{L}])(?:${other.join('|')})(?![\\p{L}])`, 'giu')],
      ...(upper.length
        ? [[party, new RegExp(`(?<![\\p{L}])(?:${upper.join('|')})(?![\\p{L}])`, 'gu')] as [Party, RegExp]]
        : []),
    ] as Array<[Party, RegExp]>;
  });
}

/** The parties named in a text, and the span from the first name to the last. */
function namedParties(
  text: string,
  patterns: ReadonlyArray<[Party, RegExp]>,
): { parties: Set<Party>; start: number; end: number } | null {
  const parties = new Set<Party>();
  let start = Infinity;
  let end = -1;
  for (const [party, pattern] of patterns) {
    for (const match of text.matchAll(pattern)) {
      parties.add(party);
      start = Math.min(start, match.index);
      end = Math.max(end, match.index + match[0].length);
    }
  }
  return parties.size ? { parties, start, end } : null;
}

const partyOf = (parties: Set<Party>): Party => (parties.size === 1 ? [...parties][0]! : 'felles');

interface Reading {
  actor: string | null;
  /** The party the actor names, or null when it names none (the clause's party decides). */
  party: Party | null;
  modality: Modality;
}

/** Reads one sentence: who it obliges and how, or null when it obliges no one. */
function readSentence(sentence: string, patterns: ReadonlyArray<[Party, RegExp]>): Reading | null {
  if (/\?\s*$/.test(sentence)) return null;
  for (const match of sentence.matchAll(MODAL_PATTERN)) {
    const before = sentence.slice(0, match.index);
    if (SUBORDINATE_BEFORE.test(before) || SUBORDINATE_AT.test(before)) continue;
    const inside = match.slice(1).find(Boolean);
    const modality = MODALITY.get(
      match[0]
        .replace(inside ? `${inside} ` : '', '')
        .toLocaleLowerCase('nb')
        .replace(/\s+/g, ' '),
    )!;
    const after = sentence.slice(match.index + match[0].length);
    // A sentence that opens with a condition or an adverbial ("Om pasienten ikke tilhører kommunen, må …")
    // has its subject after the comma: parties named in the condition are not who is obliged.
    const adverbial = ADVERBIAL_START.test(before.trim());
    const subject = adverbial ? before.replace(/^[^,]*,\s*/u, '').trim() : before.trim();
    const named = namedParties(subject, patterns);
    if (named) {
      return {
        actor: closeParens(subject.slice(named.start, named.end), subject.slice(named.end)),
        party: partyOf(named.parties),
        modality,
      };
    }
    if (DOCUMENT_SUBJECT.test(subject) || THIRD_PARTY.test(subject) || THIRD_PARTY_AGENT.test(after)) return null;
    // Inverted word order: "Dessuten skal foretaket ha …", "kan administrativt samarbeidsutvalg (ASU) opprette …".
    const between = inside ? namedParties(inside, patterns) : null;
    if (inside && between) return { actor: inside, party: partyOf(between.parties), modality };
    const next = /^\s*(?:\S+\s+){0,3}/u.exec(after)?.[0] ?? '';
    const inverted = subject === '' || adverbial || EXPLETIVE.test(subject) ? namedParties(next, patterns) : null;
    if (inverted)
      return {
        actor: closeParens(after.slice(inverted.start, inverted.end).trim(), after.slice(inverted.end)),
        party: partyOf(inverted.parties),
        modality,
      };
    if (PURPOSE_VERB.test(after)) return null;
    // A permission needs someone it is given to; "Tilbudet kan omfatte …" describes.
    if (modality === 'adgang') return null;
    // The subject as written, up to a relative clause, after a label ("Nødrutine: Tidskritisk informasjon");
    // none for the passive voice ("skal vedtas", "må forankrast") or an expletive ("Det må …").
    const head = subject
      .split(/\s+som\s|,/u)[0]!
      .replace(/^.*:\s*/u, '')
      .trim();
    const passive = PASSIVE_VERB.test(after) || /s$/u.test(match[0]);
    const actor =
      head !== '' && !EXPLETIVE.test(head) && !adverbial && !passive && head.split(/\s+/).length <= 5 ? head : null;
    return { actor, party: null, modality };
  }
  return null;
}

/** The first deadline a text gives, verbatim, or null. */
function deadlineIn(text: string): string | null {
  for (const pattern of DEADLINES) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return null;
}

/** Extracts every obligation of a guideline, in document order; `:plikt` marks overrule the rules. */
export function extractObligations({ file, clauses, meta }: ObligationSource): Obligation[] {
  const patterns = partyPatterns(meta.hospital);
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  const clauseParty = (clause: Clause | undefined): Party | null =>
    clause ? (clause.party ?? clauseParty(clause.parent ? byId.get(clause.parent) : undefined)) : null;
  const out: Obligation[] = [];

  for (const clause of clauses) {
    const fallback = clauseParty(clause) ?? 'felles';
    let count = 0;
    const add = (fields: {
      actor: string | null;
      party: Party | null;
      modality: Modality;
      text: string;
      leadIn: string | null;
      deadline: string | null;
      line: number;
    }) => {
      count += 1;
      out.push({
        id: `${clause.id}-plikt-${count}`,
        clause: clause.id,
        party: fields.party ?? fallback,
        actor: fields.actor,
        modality: fields.modality,
        text: fields.text,
        leadIn: fields.leadIn,
        deadline: fields.deadline,
        topics: [...clause.topics],
        line: fields.line,
      });
    };
    const line = (node: Nodes) => node.position?.start.line ?? clause.line;
    const fail = (node: Nodes, message: string): never => {
      throw new GuidelineError(file, line(node), message);
    };

    /** One paragraph (or table cell): its sentences, or under a lead-in the whole of it. */
    const inline = (
      node: Nodes & { children: PhrasingContent[] },
      lead: Lead | null,
    ): (Lead & { text: string }) | null => {
      const { text, overrides } = walk(node.children);
      const overrideAt = (start: number, end: number) => overrides.find((o) => o.start < end && o.end > start);
      if (lead) {
        const override = overrideAt(0, text.length);
        const words = normalise(text);
        // The item's own modal verb and named party win over the lead-in's ("… bør det utformast …" under "Følgande skal …").
        const own = readSentence(words, patterns);
        const actor = own?.party ? own.actor : lead.actor;
        const party = override?.party ?? (own?.party ? own.party : lead.party);
        if (words !== '' && !override?.none)
          add({
            actor,
            party,
            modality: own?.modality ?? lead.modality,
            text: words,
            leadIn: lead.text,
            deadline: deadlineIn(words),
            line: line(node),
          });
        return null;
      }
      let open: (Lead & { text: string }) | null = null;
      for (const [start, end] of sentences(text)) {
        const words = normalise(text.slice(start, end));
        if (words === '') continue;
        const override = overrideAt(start, end);
        const reading = override?.none
          ? null
          : (readSentence(words, patterns) ??
            (override?.party ? { actor: null, party: override.party, modality: 'plikt' as Modality } : null));
        const isOpen = end >= text.trimEnd().length && !/[.!?»”")]\s*$/u.test(words);
        if (reading && isOpen) {
          open = { ...reading, party: override?.party ?? reading.party, text: words };
          continue;
        }
        if (reading)
          add({
            ...reading,
            party: override?.party ?? reading.party,
            text: words,
            leadIn: null,
            deadline: deadlineIn(words),
            line: line(node),
          });
      }
      return open;
    };

    const blocks = (nodes: ReadonlyArray<RootContent>, lead: Lead | null): void => {
      nodes.forEach((node, index) => {
        if (node.type === 'paragraph') {
          const open = inline(node, lead);
          // A sentence left open ("Partene forplikter seg til å:") is the lead-in of the list that follows.
          const list = nodes[index + 1];
          if (open && list?.type === 'list') {
            leads.set(list, open);
          } else if (open) {
            add({ ...open, leadIn: null, deadline: deadlineIn(open.text), line: line(node) });
          }
        } else if (node.type === 'list') {
          const listLead = leads.get(node) ?? lead;
          for (const item of node.children as ListItem[]) {
            // Under a responsibility heading, an item with a modal verb of its own is read as any sentence is.
            const underHeading = !listLead && headingLead && !hasModal(plainWords(item)) ? headingLead : null;
            blocks(item.children, listLead ?? underHeading);
          }
        } else if (node.type === 'table') {
          table(node);
        } else if ('children' in node) {
          visit(node as Nodes, 'textDirective', (mark) => {
            if (mark.name === OBLIGATION_MARK)
              fail(
                mark,
                `:${OBLIGATION_MARK}[…] has no effect here (${node.type}): it marks a sentence or list item in a paragraph, or a row of an action table`,
              );
          });
        }
      });
    };
    const leads = new Map<RootContent, Lead>();
    const headingLead: Lead | null =
      clause.heading && RESPONSIBILITY_HEADING.test(clause.heading.trim())
        ? { actor: null, modality: 'plikt', party: null, text: null }
        : null;

    /** An action table: each row with words in its action column is its Ansvarleg's obligation, its Tidsplan the deadline. */
    const table = (node: Table): void => {
      const [header, ...rows] = node.children;
      const names = header?.children.map((cell) => walk(cell.children).text.trim()) ?? [];
      const column = (pattern: RegExp) => names.findIndex((name) => pattern.test(name));
      const actorColumn = column(ACTION_COLUMNS.actor);
      const textColumn = ACTION_COLUMNS.text.map(column).find((index) => index >= 0) ?? -1;
      if (actorColumn < 0 || textColumn < 0) {
        visit(node, 'textDirective', (mark) => {
          if (mark.name === OBLIGATION_MARK)
            fail(
              mark,
              `:${OBLIGATION_MARK}[…] has no effect in this table: only an action table (columns like Aksjonspunkt and Ansvarleg) has obligations per row`,
            );
        });
        return;
      }
      const deadlineColumn = column(ACTION_COLUMNS.deadline);
      for (const row of rows) {
        const cell = (index: number) =>
          index >= 0 && row.children[index] ? walk(row.children[index]!.children) : { text: '', overrides: [] };
        const action = cell(textColumn);
        const words = action.text.trim();
        if (words === '') continue;
        const override = row.children.flatMap((c) => walk(c.children).overrides).at(0);
        if (override?.none) continue;
        const actor = cell(actorColumn).text.trim() || null;
        const named = actor ? namedParties(actor, patterns) : null;
        const modality = readSentence(words, patterns)?.modality ?? 'plikt';
        add({
          actor,
          party: override?.party ?? (named ? partyOf(named.parties) : null),
          modality,
          text: words,
          leadIn: null,
          deadline: cell(deadlineColumn).text.trim() || null,
          line: line(row),
        });
      }
    };

    blocks(clause.body, null);
  }
  return out;
}

const MARK_ATTRIBUTES = ['part', 'ingen'];

/** Validates every `:plikt[…]` mark: words inside, a known party or `ingen`, not in a heading. */
export function checkObligationMarks(tree: Root, fail: (node: Nodes, message: string) => never): void {
  visit(tree, (node, _index, parent) => {
    if (node.type === 'heading') {
      visit(node, 'textDirective', (mark) => {
        if (mark.name === OBLIGATION_MARK)
          fail(mark, `:${OBLIGATION_MARK}[…] cannot stand in a heading: mark a sentence of the clause's text`);
      });
      return;
    }
    if (node.type !== 'textDirective' || node.name !== OBLIGATION_MARK) return;
    const mark = node as TextDirective;
    const attributes = mark.attributes ?? {};
    const usage = `write :${OBLIGATION_MARK}[…]{part=${Object.keys(PARTIES).join('|')}} to set the party, or :${OBLIGATION_MARK}[…]{ingen} for "not an obligation"`;
    for (const key of Object.keys(attributes)) {
      if (!MARK_ATTRIBUTES.includes(key)) fail(mark, `unknown attribute \`${key}\` on :${OBLIGATION_MARK}: ${usage}`);
    }
    if ('part' in attributes && !isParty(attributes.part ?? ''))
      fail(mark, `unknown party \`${attributes.part}\` on :${OBLIGATION_MARK}: ${usage}`);
    if ('part' in attributes === 'ingen' in attributes)
      fail(mark, `:${OBLIGATION_MARK}[…] needs exactly one of part=… and ingen: ${usage}`);
    if (walk(mark.children).text.trim() === '')
      fail(mark, `:${OBLIGATION_MARK}[] is empty: wrap the sentence it is about`);
    if (parent?.type === 'textDirective') fail(mark, `:${OBLIGATION_MARK}[…] cannot stand inside another directive`);
  });
}
