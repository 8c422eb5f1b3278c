import type { ImportReport } from './draft.ts';

/** The import report as the editor reads it on standard output. */
export function formatReport(report: ImportReport, { file, source }: { file: string; source: string }): string {
  const out: string[] = [`import: ${source} → ${file}`];
  // Said first: nothing below is the agreement's text when this is so.
  if (report.unreadable) out.push(`unreadable: ${report.unreadable}`);
  const numbered = report.clauses.filter((clause) => clause.number !== null).length;
  out.push(`clauses (${report.clauses.length}, ${numbered} numbered), in order:`);
  for (const clause of report.clauses)
    out.push(`  ${'  '.repeat(clause.level - 1)}${clause.number ?? '–'} ${clause.heading ?? '(innledning)'}`);
  out.push(`lists: ${report.lists}, tables: ${report.tables}, footnotes: ${report.footnotes}`);
  out.push(
    `topic suggestions (${report.suggestions.length}; the topic whose tagged clauses in the published guidelines are nearest, by the words that decided):`,
  );
  for (const s of report.suggestions)
    out.push(
      `  ${s.clause}: ${s.topics.join(', ')} (${s.score.toFixed(2)}: ${s.words.join(', ')}${s.named.length > 0 ? `; ${s.bySection ? "the section's heading" : 'the heading'} names it: ${s.named.join(', ')}` : ''})`,
    );
  out.push('the editor must check:');
  for (const { field, line } of report.toFill)
    out.push(`  ${file}:${line}: \`${field}\` is not stated in the source: fill it in`);
  if (report.suggestions.length > 0) out.push('  every {tema=…} tag: suggested by the machine, keep or change it');
  for (const clause of report.untagged)
    out.push(`  ${clause}: no topic suggested: tag it with {tema=…} (content/topics.yaml)`);
  for (const text of report.repeated) out.push(`  a line repeated on several pages, perhaps a page header: ${text}`);
  for (const blank of report.blanks)
    out.push(
      blank.placeholder
        ? `  page ${blank.page}, line ${blank.line}: «${blank.text}» is the signing municipality's blank: written as :plassholder[${blank.placeholder}] ${blank.text.split(' ').at(-1)} (in the front matter as dots), which the print page fills in`
        : `  page ${blank.page}, line ${blank.line}: «${blank.text}» looks like a blank: left as text; write :plassholder[kommune] if it is the municipality's`,
    );
  if (report.signature) {
    out.push(
      `  the signature block (left out of the body) names ${report.signature.parties.map((p) => `${p.role} «${p.name}»`).join(', ') || 'no party'}: check signatories`,
    );
    for (const note of report.signature.unread) out.push(`  signature block, ${note}`);
  }
  if (report.rebuilt > 0)
    out.push(
      `  the source has text on very long lines (a one-line extraction): ${report.rebuilt} numbered heading(s) found in running text were put on lines of their own; check where each heading ends`,
    );
  for (const notice of report.notices) out.push(`  ${notice}`);
  if (report.columnPages.length > 0)
    out.push(
      `  page${report.columnPages.length > 1 ? 's' : ''} ${report.columnPages.join(', ')} ${report.columnPages.length > 1 ? 'are' : 'is'} set in two columns, read down the left column, then the right: check the text where a column ends and the next begins`,
    );
  for (const slip of report.slips)
    out.push(`  «${slip.word}» may be misread by text recognition (near «${slip.near}»): left as the source has it`);
  out.push(
    '  paragraphs, lists and tables against the source (bold words, tables a text extraction scattered, words split without a hyphen)',
  );
  if (report.debris.length > 0)
    out.push(`left out as debris (page furniture, cover, contents list, signature block) (${report.debris.length}):`);
  for (const item of [...report.debris].sort((a, b) => a.page - b.page || a.line - b.line))
    out.push(`  page ${item.page}, line ${item.line}: ${item.kind}: ${item.text}`);
  if (report.parseError) out.push(`the draft does not parse: ${report.parseError}`);
  if (report.parseError)
    out.push('words: not checked, the draft does not parse (fix it, then import again or compare by hand)');
  else if (report.unreadable)
    out.push(
      'words: not vouched for: the draft holds what the file gave, and that does not read as the agreement (see the first line)',
    );
  else if (report.empty)
    out.push('words: not checked, the draft has no text: every line of the source was left out (see above)');
  else
    out.push(
      report.lost.length === 0
        ? 'words: every word of the source is in the draft'
        : `words: ${report.lost.length} word(s) of the source are missing from the draft: ${report.lost.join(' ')}`,
    );
  if (report.added.length > 0)
    out.push(`words: the draft has ${report.added.length} word(s) the source does not: ${report.added.join(' ')}`);
  return out.join('\n');
}
