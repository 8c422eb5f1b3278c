// The import page's answers as HTML, made in its worker: the same markup (elements and classes) as the
// site's own components make at build time (ClauseSection, Footnotes, the register's table on
// …/plikter/, CompareRow and CompareColumns), from the same model. Astro renders components only at
// build time, so for a file read in the browser their markup is written out here; a change to one of
// those components is made here too (tests/e2e/own-file.test.ts reads the classes both share).
// Every id is prefixed `utkast-`, so the draft's clause ids cannot meet the page's own.
import type { Clause, Guideline, Obligation } from '../../lib/model/types.ts';
import type { Comparison, ComparisonEntry, ComparisonRow } from '../../lib/compare/comparison.ts';
import type { ImportReport } from '../../lib/import/draft.ts';
import { describeDuty } from '../../lib/compare/describe.ts';
import { diffBlocksHtml } from '../../lib/compare/diff.ts';
import { obligationsByParty } from '../../lib/obligations/register.ts';
import { CHECKLIST_COLUMNS } from '../../lib/obligations/checklist.ts';
import { clauseHeading, clauseList, clauseNumber, writtenNumber } from '../../lib/model/clause-names.ts';
import { clauseUrl } from '../../lib/model/routes.ts';
import { formatPercent, MODALITIES, PAIR_SOURCES, PARTIES } from '../../lib/model/vocabulary.ts';

/** A guideline as the page shows it: its model, its name, and where its clauses link (null: the draft, on this page). */
export interface Shown {
  guideline: Guideline<{ slug: string; language: string }>;
  name: string;
  linked: boolean;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

// The draft's own ids, prefixed, in its clause HTML (footnote calls and their notes).
const prefixIds = (html: string) =>
  html.replace(/ (id|href)="#?(fn|fnref)-/g, (match, attribute: string, kind: string) =>
    attribute === 'id' ? ` id="utkast-${kind}-` : ` href="#utkast-${kind}-`,
  );
// A clause's HTML a second time (in the comparison): without ids, which the page already has.
const withoutIds = (html: string) => html.replace(/ id="[^"]*"/g, '');

const anchor = (id: string) => `utkast-${id}`;

/** The draft as its reading page shows it: every clause in order, numbered, then the footnotes. */
export function readingHtml(guideline: Shown['guideline']): string {
  const sections = guideline.clauses.map((clause) => {
    const level = Math.min(clause.level + 2, 6);
    const headingId = `${anchor(clause.id)}-tittel`;
    const head =
      clause.headingHtml === null
        ? ''
        : `<div class="clause-head"><h${level} id="${headingId}">${
            clause.number ? `<span class="clause-nr">${escape(writtenNumber(clause)!)}</span> ` : ''
          }${clause.headingHtml}</h${level}></div>`;
    const labelled = clause.heading !== null ? `aria-labelledby="${headingId}"` : 'aria-label="Innledning"';
    const body = clause.html === '' ? '' : `<div class="clause-body">${prefixIds(clause.html)}</div>`;
    return `<section class="clause level-${clause.level}" id="${anchor(clause.id)}" ${labelled}${
      clause.party ? ` data-party="${clause.party}"` : ''
    }>${head}${body}</section>`;
  });
  const footnotes = guideline.clauses.flatMap((clause) => clause.footnotes);
  const notes =
    footnotes.length === 0
      ? ''
      : `<section class="footnotes" aria-labelledby="utkast-fotnoter"><h3 id="utkast-fotnoter">Fotnoter</h3><ol>${footnotes
          .map(
            (note) =>
              `<li id="utkast-fn-${note.number}" value="${note.number}">${note.html}<a class="footnote-back" href="#utkast-fnref-${note.number}">Tilbake<span class="visually-hidden"> til teksten ved fotnote ${note.number}</span></a></li>`,
          )
          .join('')}</ol></section>`;
  return `<div class="clauses" lang="${escape(guideline.meta.language)}">${sections.join('')}</div>${notes}`;
}

/** The import's report in plain Norwegian: what it found, what it left out, what an editor checks. */
export function reportHtml(report: ImportReport): string {
  const numbered = report.clauses.filter((clause) => clause.number !== null).length;
  const items = [
    `${report.clauses.length} punkter, ${numbered} av dem nummererte; ${report.lists} lister, ${report.tables} tabeller og ${report.footnotes} fotnoter.`,
    report.lost.length === 0 && !report.parseError
      ? 'Hvert ord i filen er med i utkastet.'
      : report.parseError
        ? 'Utkastet kunne ikke leses som en retningslinje, så ordene er ikke kontrollert.'
        : `${report.lost.length} ord fra filen mangler i utkastet: ${escape(report.lost.join(' '))}.`,
    report.suggestions.length > 0 &&
      `${report.suggestions.length} temaer er foreslått maskinelt ut fra de publiserte retningslinjene (se {tema=…} i Markdown-filen).`,
    report.blanks.length > 0 &&
      `Tomme felt for utfylling: ${report.blanks.map((blank) => `«${escape(blank.text)}»`).join(', ')}.`,
    report.slips.length > 0 &&
      `Ord som kan være feillest av tekstgjenkjenning (stående som i filen): ${report.slips
        .map((slip) => `«${escape(slip.word)}» (ligner «${escape(slip.near)}»)`)
        .join(', ')}.`,
    report.toFill.length > 0 &&
      `Opplysninger filen ikke oppgir, og som redaktøren fyller inn: ${report.toFill.map(({ field }) => escape(field)).join(', ')}.`,
  ].filter(Boolean);
  const debris =
    report.debris.length === 0
      ? '<p>Ingenting er holdt utenfor.</p>'
      : `<p>Holdt utenfor teksten som forside, innholdsliste, sidehoder, sidetall eller signaturfelt (${report.debris.length} linjer):</p><ul>${[
          ...report.debris,
        ]
          .sort((a, b) => a.page - b.page || a.line - b.line)
          .map((item) => `<li>Side ${item.page}, linje ${item.line}: ${escape(item.text)}</li>`)
          .join('')}</ul>`;
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>${debris}`;
}

const clauseLabel = (clause: Clause, { guideline, name, linked }: Shown, withName: boolean) => {
  const number = clauseNumber(clause, guideline.clauses);
  const inner = `${withName ? `<span class="clause-label-name">${escape(name)}</span>` : ''}${
    number ? `<span class="clause-nr">${escape(number)}</span>` : ''
  }${clause.number === null && number ? '· ' : ''}${escape(clauseHeading(clause))}`;
  const href = linked ? clauseUrl(guideline.meta.slug, clause.id) : `#${anchor(clause.id)}`;
  return `<a class="clause-label" href="${href}">${inner}</a>`;
};

const obligationHtml = (obligation: Obligation, lang: string, showLeadIn: boolean) =>
  `<span class="status-tag">${MODALITIES[obligation.modality].label}</span> ${
    obligation.actor ? `<span class="clause-label-name">${escape(obligation.actor)}: </span>` : ''
  }${
    showLeadIn && obligation.leadIn ? `<span class="silent" lang="${lang}"> ${escape(obligation.leadIn)} </span>` : ''
  }<span class="obligation-text" lang="${lang}">${escape(obligation.text)}</span>`;

/** The draft's register, per party with the shared duties, as …/plikter/ shows it (without the fields to fill in). */
export function registerHtml(shown: Shown): string {
  const { guideline } = shown;
  const lang = escape(guideline.meta.language);
  const parties = obligationsByParty(guideline);
  if (parties.length === 0) return '<p>Teksten har ingen setninger som pålegger noen noe.</p>';
  const columns = CHECKLIST_COLUMNS.slice(1, 3);
  return parties
    .map(
      ({ party, count, groups }) =>
        `<section aria-labelledby="utkast-part-${party}"><h3 id="utkast-part-${party}">${PARTIES[party].label} <span class="group-count">(${count})</span></h3><div class="table-scroll" role="region" tabindex="0" aria-labelledby="utkast-part-${party}"><table class="checklist own-register"><thead><tr>${columns
          .map((column) => `<th scope="col">${column}</th>`)
          .join('')}</tr></thead>${groups
          .map(
            ({ clause, obligations }) =>
              `<tbody><tr><th scope="rowgroup" colspan="${columns.length}" lang="${lang}">${clauseLabel(clause, shown, false)}</th></tr>${obligations
                .map(
                  (obligation, index) =>
                    `<tr><td data-label="${columns[0]}">${obligationHtml(
                      obligation,
                      lang,
                      obligation.leadIn !== obligations[index - 1]?.leadIn,
                    )}</td><td lang="${lang}" data-label="${columns[1]}"${obligation.deadline ? '' : ' data-empty'}>${escape(
                      obligation.deadline ?? '',
                    )}</td></tr>`,
                )
                .join('')}</tbody>`,
          )
          .join('')}</table></div></section>`,
    )
    .join('');
}

const sideHtml = (shown: Shown, clause: Clause, diff: string | null) =>
  `<section class="pair-side" aria-label="${escape(shown.name)}" lang="${escape(shown.guideline.meta.language)}"><h4>${clauseLabel(
    clause,
    shown,
    true,
  )}</h4>${diff ? `<div class="diff-text">${diff}</div>` : `<div class="clause-body">${withoutIds(clause.html)}</div>`}</section>`;

function rowHtml(row: ComparisonRow, a: Shown, b: Shown): string {
  const note = row.identical
    ? ' · Lik tekst'
    : row.tables
      ? ' · Med tabell, vist side om side uten markering'
      : row.reworded
        ? ' · Ulik ordlyd, vist side om side uten markering'
        : row.diff?.coarse
          ? ' · For store forskjeller til å vise ord for ord'
          : '';
  const duties =
    row.duties.length === 0
      ? ''
      : `<ul class="duty-diff" aria-label="Forskjeller i plikter">${row.duties
          .map((duty) => `<li>${escape(describeDuty(duty, a.name, b.name))}</li>`)
          .join('')}</ul>`;
  return `<article class="pair" data-pair data-identical="${row.identical}"><p class="pair-meta">${PAIR_SOURCES[row.pair.source]}${
    row.pair.source === 'automatic' ? ` (likhet ${formatPercent(row.pair.score)})` : ''
  }${note}</p>${duties}<div class="pair-sides">${sideHtml(a, row.a, row.diff && diffBlocksHtml(row.diff.parts, 'a'))}${sideHtml(
    b,
    row.b,
    row.diff && diffBlocksHtml(row.diff.parts, 'b'),
  )}</div></article>`;
}

function columnsHtml(columns: { a: ComparisonEntry[]; b: ComparisonEntry[] }, a: Shown, b: Shown): string {
  const side = (shown: Shown, other: Shown, entries: ComparisonEntry[]) =>
    `<section class="pair-side" aria-label="${escape(shown.name)}" lang="${escape(shown.guideline.meta.language)}">${entries
      .map(
        ({ clause, partners }) =>
          `<div class="pair-entry"><h4>${clauseLabel(clause, shown, true)}</h4><p class="pair-meta" lang="nb">${
            partners.length > 0
              ? `Hører sammen med ${escape(other.name)} ${escape(clauseList(partners, other.guideline.clauses))}`
              : `Bare i ${escape(shown.name)}`
          }</p><div class="clause-body">${withoutIds(clause.html)}</div></div>`,
      )
      .join('')}</section>`;
  return `<div class="pair pair-columns" data-pair><div class="pair-sides">${side(a, b, columns.a)}${side(b, a, columns.b)}</div></div>`;
}

const groupId = (anchor: string) => `sammenligning-${anchor}`;

function groupHtml(group: Comparison['groups'][number], a: Shown, b: Shown): string {
  const count = (n: number) => `${n} ${n === 1 ? 'punkt' : 'punkter'}`;
  const head =
    group.pairs.length > 1
      ? `<div class="group-head"><p>${count(group.a.length)} i ${escape(a.name)} mot ${count(group.b.length)} i ${escape(b.name)}.</p>${
          group.duties.length > 0
            ? `<ul class="duty-diff" aria-label="Forskjeller i plikter">${group.duties
                .map((duty) => `<li>${escape(describeDuty(duty, a.name, b.name))}</li>`)
                .join('')}</ul>`
            : ''
        }</div>`
      : '';
  const columns = group.columns.a.length + group.columns.b.length > 0 ? columnsHtml(group.columns, a, b) : '';
  return `<div class="compare-group" id="${groupId(group.anchor)}" data-differs="${group.duties.length > 0}">${head}${group.rows
    .map((row) => rowHtml(row, a, b))
    .join('')}${columns}</div>`;
}

/**
 * The comparison as /sammenlign/<a>/<b>/ shows it: the differences first (where the duties differ,
 * topics only one text covers, how alike they are), then the groups in topic sections, each group
 * and so each clause once, with the clauses only one side has in two columns.
 */
export function comparisonHtml(
  comparison: Comparison,
  a: Shown,
  b: Shown,
  topicName: (id: string | null) => string,
): string {
  const { counts } = comparison;
  const names = (shown: Shown, ids: string[]) => clauseList(ids, shown.guideline.clauses);
  const groupName = (group: Comparison['groups'][number]) =>
    [group.a.length > 0 && `${a.name} ${names(a, group.a)}`, group.b.length > 0 && `${b.name} ${names(b, group.b)}`]
      .filter(Boolean)
      .join(' og ');
  const differing = comparison.groups.filter((group) => group.duties.length > 0);
  const duties =
    differing.length === 0
      ? '<p>Punktene som hører sammen, legger de samme pliktene på de samme partene.</p>'
      : `<ul class="summary-duties">${differing
          .map(
            (group) =>
              `<li><a href="#${groupId(group.anchor)}">${escape(groupName(group))}</a> (${escape(topicName(group.topic))}):<ul>${group.duties
                .map((duty) => `<li>${escape(describeDuty(duty, a.name, b.name))}</li>`)
                .join('')}</ul></li>`,
          )
          .join('')}</ul>`;
  const only = [
    { name: a.name, topics: comparison.topicsOnlyA },
    { name: b.name, topics: comparison.topicsOnlyB },
  ].filter(({ topics }) => topics.length > 0);
  const onlyHtml =
    only.length === 0
      ? '<p>Begge omtaler de samme temaene.</p>'
      : `<ul>${only
          .map(
            ({ name, topics }) =>
              `<li>Bare ${escape(name)}: ${topics.map((topic) => escape(topicName(topic))).join(', ')}</li>`,
          )
          .join('')}</ul>`;
  const summary = `<section class="compare-summary" aria-labelledby="sammenligning-oppsummering"><h3 id="sammenligning-oppsummering">Forskjellene først</h3><h4>Plikter som er ulike</h4>${duties}<h4>Tema bare den ene omtaler</h4>${onlyHtml}<h4>Hvor like tekstene er</h4><ul><li>Likhet i ordbruk, hele teksten: <strong>${formatPercent(comparison.overall)}</strong></li><li>${counts.pairs} par av punkter: ${counts.tagged} med samme tema, ${counts.automatic} funnet automatisk etter ordlyd.</li><li>${counts.onlyA} punkter bare i ${escape(a.name)}, ${counts.onlyB} bare i ${escape(b.name)}.</li></ul></section>`;
  const legend = `<p class="diff-legend">Tekst som bare står i ${escape(a.name)} er <del>gjennomstreket</del>; tekst som bare står i ${escape(b.name)} er <ins>understreket</ins>.</p>`;
  const sections = comparison.sections
    .map((section) => {
      const id = `sammenligning-tema-${section.topic ?? 'uten'}`;
      const groups = section.groups
        .filter((group) => group.pairs.length > 0)
        .map((group) => groupHtml(group, a, b))
        .join('');
      const alone = section.alone.a.length + section.alone.b.length > 0 ? columnsHtml(section.alone, a, b) : '';
      return `<section class="topic-group" aria-labelledby="${id}"><h3 id="${id}">${escape(topicName(section.topic))}</h3>${groups}${alone}</section>`;
    })
    .join('');
  return `${summary}${legend}${sections}`;
}
