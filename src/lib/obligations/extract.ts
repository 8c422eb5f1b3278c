import type { ListItem, Nodes, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { toString as plainWords } from 'mdast-util-to-string';
import { GuidelineError } from '../model/errors.ts';
import { isParty, PARTIES } from '../model/vocabulary.ts';
import { plainInline, plainInlineRanges } from '../render/clause-html.ts';
import { deadlineIn, tableDeadline } from './deadlines.ts';
import { namedParties, partyOf, partyPatterns, type PartyPatterns } from './parties.ts';
import { readDuties } from './conjuncts.ts';
import { readSentence, type Reading } from './reading.ts';
import { hasModal } from './reading-words.ts';
import { sentences } from './sentences.ts';
import type { Clause, Modality, Obligation, Party } from '../model/types.ts';

export { sentences };

// The obligation register: which sentence, list item or action-table row puts a duty, a
// recommendation or a permission on whom. This file walks a clause's blocks (paragraphs, lists under
// a lead-in, action tables); reading.ts reads each sentence. Pure rules over the clause model (mdast
// body), so a sixth guideline written the way these are works without code: the hospital trust's
// names come from front matter, everything else from generic words.

/** What the extractor needs of a guideline. */
export interface ObligationSource {
  file: string;
  clauses: ReadonlyArray<Clause>;
  /** Front matter; `hospital` ("Universitetssykehuset Nord-Norge HF (UNN)") names the hospital trust. */
  meta: { hospital?: unknown };
}

/** The editor's mark: `:plikt[…]{part=kommune}` sets the party, `:plikt[…]{ingen}` says "not an obligation". */
export const OBLIGATION_MARK = 'plikt';

// An action table ("Handlingsplan"): a column naming who is responsible; each row is that party's obligation.
const ACTION_COLUMNS = {
  actor: /^ansvar(?:leg|lig)?$/iu,
  deadline: /^(?:tidsplan|tidsfrist|frist|tidsramme)$/iu,
  // In order of preference: "Aksjonspunkt" says what to do more precisely than "Aktivitet/oppdrag".
  text: [/^aksjonspunkt/iu, /^tiltak/iu, /^oppg[åa]ve/iu, /^aktivitet/iu],
  activity: /^aktivitet/iu,
};
// A responsibility matrix: the task in one column, a column per party («Kommunen | Sykehuset HF», or
// «Begge») marked where the party is responsible. Each row is a duty of the parties marked in it (both
// marked: shared). A table whose party columns hold anything but marks (numbers, hours, words) is no
// matrix, nor one whose rows are things («System», «Tjeneste»). A new mark is one more row.
const MARKS = /^(?:x|✓|✔|✔️|☑|•|●|ja)$/iu;
const BOTH_COLUMN = /^(?:begge|felles|begge\s+parter|begge\s+partar|felles\s+ansvar)$/iu;
// A matrix of things, not tasks («System | Kommunen | Sykehuset»: who has or offers which) says what is.
const THING_COLUMN =
  /^(?:\p{L}*system\p{L}*|\p{L}*løsning\p{L}*|\p{L}*løysing\p{L}*|program\p{L}*|applikasjon\p{L}*|produkt\p{L}*|leverandør\p{L}*|meldingstyp\p{L}*|tjenest\p{L}*|tenest\p{L}*)$/iu;
// A table of each party's tasks: a column per party («Kommunane | Helse X HF»), each cell that party's task
// in words of its own, as an infinitive («Halde … oppdatert», «Drifte …», «Sjå til at …»); an empty cell
// (or a dash) is no task. A cell is a task where it opens with an infinitive (a word in -e or -a, or a
// short one: «gå», «sjå», «ha», «la», «bli») followed by a word in lower case; a quantifier or an
// adjective in front («Hele døgnet», «Alle hverdager») or a name («Visma Profil») is no task, and a
// table with any party cell that is no task (hours, numbers, names, «Ja»/«Nei») is no table of tasks.
// The infinitives that form misses, Bokmål and Nynorsk: those of two letters and those that end in
// neither -e nor -a; a new one is one more word. Not «så» (an adverb as often as a verb).
const SHORT_INFINITIVES = 'ha la ta få nå gi be se gå sjå stå slå bli';
const TASK_START = new RegExp(`^(?:\\p{L}{2,}(?:e|a)|${SHORT_INFINITIVES.split(' ').join('|')})\\s+[\\p{Ll}\\d«]`, 'u');
const NOT_INFINITIVE =
  /^(?:alle|hele|heile|ingen|ingenting|begge|samme|same|egne|eigne|andre|mange|flere|fleire|noen|nokre|denne|dette|disse|desse|store|små|faste|ulike|nye|gamle|kun|berre|bare|ja|nei|inga|ikke|ikkje|ukentlige|daglige|årlige|nasjonale|lokale|regionale|elektroniske|felles|eigen|egen|også|òg)(?![\p{L}])/iu;
// A party cell that says the row is no task of that party («Ikkje aktuelt», «Ikke relevant», «Gjelder
// ikke», «Ingen», «N/A») is no duty, as an empty cell or a dash is; the table's other cells are still
// read. Only in a table of tasks: in a matrix of marks the same words beside an «X» or a «Ja» say what
// a party has or offers («Videokonsultasjon | Ja | Ikke aktuelt»), so that table stays unread.
const NO_TASK =
  /^(?:[-–—]?|(?:ikke|ikkje)\s+(?:aktuelt|aktuell|relevant)|(?:gjelder|gjeld)\s+(?:ikke|ikkje)|ingen(?:\s+oppgave|\s+oppgåve)?|inga(?:\s+oppgåve)?|n\/a|i\/a)\.?$/iu;
const isTask = (cell: string) =>
  TASK_START.test(cell.charAt(0).toLocaleLowerCase('nb') + cell.slice(1)) && !NOT_INFINITIVE.test(cell);

// A row that reports rather than asks ("Her avventes utspill fra …") is no duty.
const STATUS_NOTE = /^(?:(?:her|det)\s+)?(?:avvent(?:es|ast|er|ar)|er\s+(?:gjennomført|utført|avklart))(?![\p{L}])/iu;

// A heading that names a party's responsibilities ("Felles ansvar", "Kommunen sitt ansvar", "Sykehuset
// Innlandet sitt ansvar", "Helseføretaket sine oppgåver", "Felles plikter"): the items of a list right
// under it are that party's duties even without a modal verb ("Følge opp manglende … applikasjonskvittering").
const RESPONSIBILITY_HEADING = /(?:^|\s)(?:ansvar|ansvarsområde|oppgaver|oppgåver|plikter|forpliktelser)$/iu;
// A lead-in without a modal verb: a sentence ending in ":" or ";" that names a party's duties
// ("Partnernes forpliktelser omfatter også følgende:", "Mandatet til Driftsforum … er;").
const DUTY_NOUN = /(?<![\p{L}])(?:forpliktels\p{L}*|oppg[aå]v\p{L}*|ansvar\p{L}*|plikt\p{L}*|mandat\p{L}*)/iu;
const LEAD_END = /[:;]\s*$/u;

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
  /** Whether the lead-in is an obligation itself when no list follows it (a modal sentence left open). */
  standalone?: boolean;
}

type Found = Omit<Obligation, 'id' | 'clause' | 'party' | 'topics'> & { party: Party | null };

/** Inline content as plain text (the render module's one walk), with the ranges of `:plikt` marks. */
function walk(nodes: ReadonlyArray<Nodes>): { text: string; overrides: Override[] } {
  const { text, directives } = plainInlineRanges(nodes);
  const overrides = directives
    .filter(({ node }) => node.name === OBLIGATION_MARK)
    .map(({ node, start, end }) => {
      const attributes = node.attributes ?? {};
      return {
        start,
        end,
        party: isParty(attributes.part ?? '') ? (attributes.part as Party) : null,
        none: 'ingen' in attributes,
      };
    });
  return { text, overrides };
}

/** How a block's text is normalised in the clause's plain text (render plainBlock). */
const normalise = (text: string) => text.replace(/[ \t]*\n[ \t]*/g, '\n').trim();

const overrideAt = (overrides: ReadonlyArray<Override>, start: number, end: number) =>
  overrides.find((o) => o.start < end && o.end > start);

/** What reading one clause needs: the party words, whether the clause binds a party, and where its nodes are. */
interface ClauseContext {
  patterns: PartyPatterns;
  bound: boolean;
  line: (node: Nodes) => number;
  fail: (node: Nodes, detail: string, hint?: string) => never;
  add: (found: Found) => void;
}

/** The sentences of a paragraph (or table cell) that oblige someone; a last sentence left open ("… forplikter seg til å:") is returned as the lead-in of the list after it. */
function readParagraph(node: Nodes & { children: PhrasingContent[] }, context: ClauseContext): Lead | null {
  const { text, overrides } = walk(node.children);
  let before: Reading | null = null;
  for (const [start, end] of sentences(text)) {
    const words = normalise(text.slice(start, end));
    if (words === '') continue;
    const override = overrideAt(overrides, start, end);
    const last = end >= text.trimEnd().length;
    const isOpen = last && !/[.!?»”")]\s*$/u.test(words);
    // A sentence whose main clauses bind different parties is a duty of each (conjuncts.ts); the
    // editor's party, where marked, makes it one.
    const readings: Reading[] = override?.none
      ? []
      : override?.party
        ? [readSentence(words, { ...context, before }) ?? { actor: null, party: null, modality: 'plikt' as Modality }]
        : readDuties(words, { ...context, before });
    const reading = readings[0] ?? null;
    before = readings.at(-1) ?? before;
    if (reading && isOpen)
      return { ...reading, party: override?.party ?? reading.party, text: words, standalone: true };
    if (!reading && last && LEAD_END.test(words) && DUTY_NOUN.test(words)) {
      // "Partenes oppgaver omfatter også:": the party it names, or the clause's.
      const named = namedParties(words, context.patterns);
      return { actor: null, party: named ? partyOf(named.parties) : null, modality: 'plikt', text: words };
    }
    for (const each of readings)
      context.add({
        ...each,
        party: override?.party ?? each.party,
        text: words,
        leadIn: null,
        deadline: deadlineIn(words),
        line: context.line(node),
      });
  }
  return null;
}

/**
 * One paragraph of a list item under a lead-in: the item is the lead-in's obligation. A later
 * sentence of the item with an actor or a modality of its own ("… Fastlegen bør varsles …") is an
 * obligation of its own; sentences without either stay with the one before.
 */
function readItem(node: Nodes & { children: PhrasingContent[] }, lead: Lead, context: ClauseContext): void {
  const { text, overrides } = walk(node.children);
  const parts: Array<{ start: number; end: number; reading: Reading | null }> = [];
  let before: Reading | null = null;
  for (const [start, end] of sentences(text)) {
    const words = normalise(text.slice(start, end));
    if (words === '') continue;
    const reading = readSentence(words, { ...context, before });
    before = reading ?? before;
    const current = parts.at(-1);
    const running = current?.reading ?? lead;
    const same = (a: string | null, b: string | null) =>
      a === null || a.toLocaleLowerCase('nb') === b?.toLocaleLowerCase('nb');
    const differs =
      current &&
      reading &&
      (reading.modality !== running.modality ||
        (reading.party !== null && reading.party !== running.party) ||
        !same(reading.actor, running.actor));
    if (!current || differs) parts.push({ start, end, reading });
    else current.end = end;
  }
  parts.forEach(({ start, end, reading }, index) => {
    const words = normalise(text.slice(start, end));
    const override = overrideAt(overrides, start, end);
    if (override?.none) return;
    // The item's own modal verb and named party win over the lead-in's ("… bør det utformast …" under "Følgande skal …").
    const own = index === 0 ? reading : (reading ?? lead);
    context.add({
      actor: own?.party ? own.actor : index === 0 ? lead.actor : (own?.actor ?? null),
      party: override?.party ?? (own?.party ? own.party : index === 0 ? lead.party : null),
      modality: own?.modality ?? lead.modality,
      text: words,
      leadIn: index === 0 ? lead.text : null,
      deadline: deadlineIn(words),
      line: context.line(node),
    });
  });
}

/** A clause's blocks in order: paragraphs, lists (under a lead-in or a responsibility heading), action tables. */
function readBlocks(
  nodes: ReadonlyArray<RootContent>,
  lead: Lead | null,
  headingLead: Lead | null,
  context: ClauseContext,
): void {
  let open: Lead | null = null;
  for (const node of nodes) {
    const leadHere: Lead | null = open;
    open = null;
    if (node.type === 'paragraph') {
      if (lead) readItem(node, lead, context);
      else open = readParagraph(node, context);
      // A lead-in with no list after it is a sentence of its own (the open reading of a modal sentence).
      if (open?.text && !isListNext(nodes, node)) {
        if (open.standalone)
          context.add({
            ...open,
            text: open.text,
            leadIn: null,
            deadline: deadlineIn(open.text),
            line: context.line(node),
          });
        open = null;
      }
    } else if (node.type === 'list') {
      const listLead = leadHere ?? lead;
      for (const item of node.children as ListItem[]) {
        // Under a responsibility heading, an item with a modal verb of its own is read as any sentence is.
        const underHeading = !listLead && headingLead && !hasModal(plainWords(item)) ? headingLead : null;
        readBlocks(item.children, listLead ?? underHeading, headingLead, context);
      }
    } else if (node.type === 'table') {
      readTable(node, context);
    } else if ('children' in node) {
      visit(node as Nodes, 'textDirective', (mark) => {
        if (mark.name === OBLIGATION_MARK)
          context.fail(
            mark,
            `:${OBLIGATION_MARK}[…] has no effect here (${node.type})`,
            `it marks a sentence or list item in a paragraph, or a row of an action table`,
          );
      });
    }
  }
}

const isListNext = (nodes: ReadonlyArray<RootContent>, node: RootContent) =>
  nodes[nodes.indexOf(node) + 1]?.type === 'list';

type PartyColumn = { index: number; name: string; party: Party };

/**
 * The party columns of a responsibility matrix: two or more columns headed by a party (or «Begge»), each
 * cell of which is a mark or blank, at least one marked (`marks`), or each filled cell a task in words
 * (`tasks`); null for any other table.
 */
function matrixColumns(
  names: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  patterns: PartyPatterns,
): { kind: 'marks' | 'tasks'; columns: PartyColumn[] } | null {
  // The header is the party's name and nothing else: «Avsender kommune» is a role, not the party.
  const columns = names.flatMap((name, index) => {
    const named = BOTH_COLUMN.test(name) ? null : namedParties(name, patterns);
    const whole = named && named.start === 0 && named.end === name.length;
    const party: Party | null = BOTH_COLUMN.test(name) ? 'felles' : whole ? partyOf(named.parties) : null;
    return party ? [{ index, name, party }] : [];
  });
  if (columns.length < 2) return null;
  const cells = rows.flatMap((row) => columns.map(({ index }) => row[index] ?? ''));
  if (cells.every((cell) => cell === '' || MARKS.test(cell)) && cells.some((cell) => cell !== ''))
    return { kind: 'marks', columns };
  const filled = cells.filter((cell) => !NO_TASK.test(cell));
  return filled.length > 0 && filled.every(isTask) ? { kind: 'tasks', columns } : null;
}

/**
 * An action table: each row with words in its action column is its Ansvarleg's obligation, its
 * Tidsplan the deadline, its activity the lead-in. A row that continues the one above (a merged
 * cell: no activity of its own, or no one responsible and no time) takes their activity, party and
 * deadline; without an activity column, a row with no one responsible but a deadline of its own is
 * still the party's above; a question or a status note is no duty; "etter …" in the time column is
 * no deadline.
 */
function readTable(node: Table, context: ClauseContext): void {
  let [header, ...rows] = node.children;
  const cellWords = (row: typeof header) => row?.children.map((cell) => plainInline(cell.children).trim()) ?? [];
  // A Word table with no row marked as its header comes through with an empty header row: the column
  // names stand in its first row.
  if (rows.length > 0 && cellWords(header).every((name) => name === '')) [header, ...rows] = rows;
  const names = cellWords(header);
  const column = (pattern: RegExp) => names.findIndex((name) => pattern.test(name));
  const actorColumn = column(ACTION_COLUMNS.actor);
  // Without an Ansvarleg column, a responsibility matrix names who in the columns its rows mark; its
  // task is the action column, or else the first column that is no party's and holds words (not «Nr»).
  const partyColumns = actorColumn < 0 ? matrixColumns(names, rows.map(cellWords), context.patterns) : null;
  if (partyColumns?.kind === 'tasks') return readTasks(names, rows, partyColumns.columns, context);
  const matrix = partyColumns?.columns ?? null;
  const partyColumn = (index: number) => matrix?.some((each) => each.index === index) ?? false;
  const wordy = (index: number) => rows.some((row) => /\p{L}/u.test(cellWords(row)[index] ?? ''));
  const textColumn =
    ACTION_COLUMNS.text.map(column).find((index) => index >= 0 && !partyColumn(index)) ??
    (matrix ? names.findIndex((_, index) => !partyColumn(index) && wordy(index)) : -1);
  // A matrix whose rows are things, not tasks ("System | Kommunen | Sykehuset"), says who has what.
  const things = matrix !== null && THING_COLUMN.test(names[textColumn] ?? '');
  if ((actorColumn < 0 && (!matrix || things)) || textColumn < 0) {
    visit(node, 'textDirective', (mark) => {
      if (mark.name === OBLIGATION_MARK)
        context.fail(
          mark,
          `:${OBLIGATION_MARK}[…] has no effect in this table`,
          `only an action table (columns like Aksjonspunkt and Ansvarleg) has obligations per row`,
        );
    });
    return;
  }
  const deadlineColumn = column(ACTION_COLUMNS.deadline);
  const activityColumn = column(ACTION_COLUMNS.activity);
  const hasActivity = activityColumn >= 0 && activityColumn !== textColumn;
  type Row = { actor: string | null; deadline: string | null; activity: string | null };
  let above = null as Row | null;
  for (const row of rows) {
    const cell = (index: number) =>
      index >= 0 && row.children[index] ? plainInline(row.children[index]!.children).trim() : '';
    const words = cell(textColumn);
    // In a matrix, the parties whose column the row marks ("Kommunen og Sykehuset HF"); none, no duty.
    const marked = matrix?.filter(({ index }) => cell(index) !== '') ?? [];
    const ownActor = matrix ? marked.map(({ name }) => name).join(' og ') : cell(actorColumn);
    const ownDeadline = cell(deadlineColumn);
    const ownActivity = hasActivity ? cell(activityColumn) : '';
    const continues: boolean =
      !matrix && above !== null && (hasActivity ? ownActivity === '' : ownActor === '' && ownDeadline === '');
    // An empty responsible cell is a cell merged with the one above (Word exports it empty on every row
    // it spans): the row is still that party's, even where it has a deadline of its own; only a row that
    // starts an activity of its own starts afresh.
    const actor: string | null = ownActor || (!matrix && (continues || !hasActivity) ? above?.actor : null) || null;
    const deadline: string | null = ownDeadline ? tableDeadline(ownDeadline) : continues ? above!.deadline : null;
    const activity: string | null = ownActivity || (continues ? above!.activity : null) || null;
    above = { actor, deadline, activity };
    if (words === '' || /\?\s*$/u.test(words) || STATUS_NOTE.test(words)) continue;
    const override = row.children.flatMap((c) => walk(c.children).overrides).at(0);
    if (override?.none || (matrix && marked.length === 0 && !override?.party)) continue;
    const named = actor ? namedParties(actor, context.patterns) : null;
    const party: Party | null = matrix
      ? partyOf(new Set(marked.map((each) => each.party)))
      : named
        ? partyOf(named.parties)
        : null;
    context.add({
      actor,
      party: override?.party ?? party,
      modality: readSentence(words, { ...context, before: null })?.modality ?? 'plikt',
      text: words,
      leadIn: activity,
      deadline,
      line: context.line(row),
    });
  }
}

/**
 * A table of each party's tasks: each filled party cell is a duty of its column's party, in the cell's
 * words, under the row's area (its first other column with words) and with the deadline of a «Frist»
 * column or of its own words; the same words in two parties' cells are one duty of both.
 */
function readTasks(
  names: ReadonlyArray<string>,
  rows: ReadonlyArray<Table['children'][number]>,
  columns: ReadonlyArray<PartyColumn>,
  context: ClauseContext,
): void {
  const partyColumn = (index: number) => columns.some((each) => each.index === index);
  const deadlineColumn = names.findIndex((name) => ACTION_COLUMNS.deadline.test(name));
  for (const row of rows) {
    const cell = (index: number) =>
      index >= 0 && row.children[index] ? plainInline(row.children[index]!.children).trim() : '';
    const area = names.findIndex(
      (_, index) => !partyColumn(index) && index !== deadlineColumn && /\p{L}/u.test(cell(index)),
    );
    const tasks = new Map<string, PartyColumn[]>();
    for (const column of columns) {
      const words = cell(column.index);
      if (!NO_TASK.test(words)) tasks.set(words, [...(tasks.get(words) ?? []), column]);
    }
    for (const [words, owners] of tasks) {
      if (/\?\s*$/u.test(words) || STATUS_NOTE.test(words)) continue;
      const override = owners.flatMap(({ index }) => walk(row.children[index]!.children).overrides).at(0);
      if (override?.none) continue;
      context.add({
        actor: owners.map(({ name }) => name).join(' og '),
        party: override?.party ?? partyOf(new Set(owners.map(({ party }) => party))),
        modality: readSentence(words, { ...context, before: null })?.modality ?? 'plikt',
        text: words,
        leadIn: area >= 0 ? cell(area) : null,
        deadline: deadlineColumn >= 0 && cell(deadlineColumn) ? tableDeadline(cell(deadlineColumn)) : deadlineIn(words),
        line: context.line(row),
      });
    }
  }
}

/**
 * The party a responsibility heading names, where the editor set none: "Kommunenes ansvar", "Sykehusets
 * oppgaver", "Helseføretaket sine oppgåver" (`{part=…}` says it outright; an imported draft has none).
 */
function headingParty(clause: Clause, patterns: PartyPatterns): Party | null {
  if (clause.heading === null || !RESPONSIBILITY_HEADING.test(clause.heading.trim())) return null;
  const named = namedParties(clause.heading, patterns);
  return named ? partyOf(named.parties) : null;
}

/** Extracts every obligation of a guideline, in document order; `:plikt` marks overrule the rules. */
export function extractObligations({ file, clauses, meta }: ObligationSource): Obligation[] {
  const patterns = partyPatterns(meta.hospital);
  const byId = new Map(clauses.map((clause) => [clause.id, clause]));
  const clauseParty = (clause: Clause | undefined): Party | null =>
    clause
      ? (clause.party ??
        headingParty(clause, patterns) ??
        clauseParty(clause.parent ? byId.get(clause.parent) : undefined))
      : null;
  return clauses.flatMap((clause) => clauseObligations(clause, clauseParty(clause), patterns, file));
}

/** One clause's obligations: its blocks read in order, numbered `<clause id>-plikt-<n>`. */
function clauseObligations(clause: Clause, party: Party | null, patterns: PartyPatterns, file: string): Obligation[] {
  const out: Obligation[] = [];
  const line = (node: Nodes) => node.position?.start.line ?? clause.line;
  const responsibility = clause.heading !== null && RESPONSIBILITY_HEADING.test(clause.heading.trim());
  const context: ClauseContext = {
    patterns,
    bound: party !== null || responsibility,
    line,
    fail: (node, detail, hint) => {
      throw new GuidelineError(file, line(node), detail, { hint });
    },
    add: (found) =>
      out.push({
        id: `${clause.id}-plikt-${out.length + 1}`,
        clause: clause.id,
        ...found,
        party: found.party ?? party ?? 'felles',
        topics: [...clause.topics],
      }),
  };
  const headingLead: Lead | null = responsibility ? { actor: null, modality: 'plikt', party: null, text: null } : null;
  readBlocks(clause.body, null, headingLead, context);
  return out;
}

const MARK_ATTRIBUTES = ['part', 'ingen'];

/** Validates every `:plikt[…]` mark: words inside, a known party or `ingen`, not in a heading. */
export function checkObligationMarks(tree: Root, fail: (node: Nodes, detail: string, hint?: string) => never): void {
  visit(tree, (node, _index, parent) => {
    if (node.type === 'heading') {
      visit(node, 'textDirective', (mark) => {
        if (mark.name === OBLIGATION_MARK)
          fail(mark, `:${OBLIGATION_MARK}[…] cannot stand in a heading`, `mark a sentence of the clause's text`);
      });
      return;
    }
    if (node.type !== 'textDirective' || node.name !== OBLIGATION_MARK) return;
    const mark = node as TextDirective;
    const attributes = mark.attributes ?? {};
    const usage = `write :${OBLIGATION_MARK}[…]{part=${Object.keys(PARTIES).join('|')}} to set the party, or :${OBLIGATION_MARK}[…]{ingen} for "not an obligation"`;
    for (const key of Object.keys(attributes)) {
      if (!MARK_ATTRIBUTES.includes(key)) fail(mark, `unknown attribute \`${key}\` on :${OBLIGATION_MARK}`, usage);
    }
    if ('part' in attributes && !isParty(attributes.part ?? ''))
      fail(mark, `unknown party \`${attributes.part}\` on :${OBLIGATION_MARK}`, usage);
    if ('part' in attributes === 'ingen' in attributes)
      fail(mark, `:${OBLIGATION_MARK}[…] needs exactly one of part=… and ingen`, usage);
    if (plainInline(mark.children).trim() === '')
      fail(mark, `:${OBLIGATION_MARK}[] is empty`, `wrap the sentence it is about`);
    if (parent?.type === 'textDirective')
      fail(
        mark,
        `:${OBLIGATION_MARK}[…] cannot stand inside another directive`,
        'take it out of the other directive, around the words it marks',
      );
  });
}
