// A Word file (.docx) read beside mammoth: what mammoth does not write, read from the package's own
// parts. The numbers Word shows are written into the document's text (marked, for docx.ts to place);
// the contents list and page fields are taken out; headers, footers, tracked changes and comments are
// named for the report. Browser-safe: the zip is read from bytes with JSZip, the XML with xmldom.
import JSZip from 'jszip';
import { XMLSerializer } from '@xmldom/xmldom';
import { ImportError } from '../model/errors.ts';
import type { Debris } from './source-line.ts';
import { child, children, descendants, parseXml } from './word-xml.ts';
import { readStyles, styleChain, WordNumbering, type WordStyle } from './word-numbering.ts';

/** Where a number Word shows starts and ends in the text handed to mammoth (private-use characters): open, list level, between, number, close. */
export const NUMBER_OPEN = '\uE000';
export const NUMBER_LEVEL = '\uE002';
export const NUMBER_CLOSE = '\uE001';

/** What docx.ts needs besides mammoth's HTML. */
export interface WordPackage {
  /** The package for mammoth: the document with Word's numbers written in, contents list and page fields out. */
  bytes: Uint8Array;
  /** mammoth style-map lines for paragraph styles that are headings by their outline level. */
  styleMap: string[];
  /** Headers, footers, page fields and the contents list: left out of the draft, listed in the report. */
  furniture: Debris[];
  /** Tracked changes and comments, for the report: which text was taken, what was left out. */
  notices: string[];
  /** The text of each paragraph of a cover page (the first page, ended by a page break before any heading), or none. */
  cover: string[];
}

const UNREADABLE = 'save it again from Word as .docx';
const PAGE_FIELD = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b/i;
const CONTENTS_STYLE = /^(?:toc \d|toc heading|innholdsfortegnelse \d|overskrift for innholdsfortegnelse)$/i;
const MAMMOTH_HEADING = /^(?:heading [1-6]|title|subtitle)$/i;

/** The text of an element (its `w:t`, `w:delText` left out), for messages and the report. */
function textOf(node: Element): string {
  return descendants(node, 'w:t')
    .map((t) => t.textContent ?? '')
    .join('');
}

const quote = (text: string) =>
  `«${text.replace(/\s+/g, ' ').trim().slice(0, 60)}${text.trim().length > 60 ? '…' : ''}»`;

/** Reads a .docx's parts: numbering, styles, contents list, fields, headers and footers, tracked changes, comments. */
export async function readWordPackage(data: Uint8Array, file: string): Promise<WordPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (error) {
    throw new ImportError(
      file,
      `not a readable Word document (.docx): ${(error as Error).message.split('\n')[0]}`,
      UNREADABLE,
    );
  }
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? null;
  const part = async (path: string, required = false) => {
    const source = await text(path);
    if (source === null) {
      if (required) throw new ImportError(file, `not a readable Word document (.docx): it has no ${path}`, UNREADABLE);
      return null;
    }
    const doc = parseXml(source);
    if (!doc)
      throw new ImportError(file, `not a readable Word document (.docx): ${path} is not well-formed XML`, UNREADABLE);
    return doc;
  };
  // The main document and its related parts, by their relationships (the usual paths when none is named).
  const rels = await part('_rels/.rels');
  const main =
    children(rels?.documentElement, 'Relationship')
      .find((rel) => (rel.getAttribute('Type') ?? '').endsWith('/officeDocument'))
      ?.getAttribute('Target')
      ?.replace(/^\//, '') ?? 'word/document.xml';
  const folder = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const mainRels = await part(`${folder}_rels/${main.slice(folder.length)}.rels`);
  const related = (type: string) => {
    const target = children(mainRels?.documentElement, 'Relationship')
      .find((rel) => (rel.getAttribute('Type') ?? '').endsWith(`/${type}`))
      ?.getAttribute('Target');
    return target ? (target.startsWith('/') ? target.slice(1) : folder + target) : null;
  };
  const document = (await part(main, true))!;
  const styles = readStyles(await part(related('styles') ?? `${folder}styles.xml`));
  const numbering = new WordNumbering(await part(related('numbering') ?? `${folder}numbering.xml`), styles, file);

  const cover = coverPage(document, styles);
  const furniture: Debris[] = [];
  let changed = false;
  let line = 0;
  for (const paragraph of descendants(document, 'w:p')) {
    line++;
    // mammoth reads an alternative's fallback only; a paragraph whose mark is deleted joins the next.
    if (within(paragraph, 'mc:Choice')) continue;
    const pPr = child(paragraph, 'w:pPr');
    if (child(child(pPr, 'w:rPr'), 'w:del')) continue;
    const chain = styleChain(styles, child(pPr, 'w:pStyle')?.getAttribute('w:val') ?? null);
    if (chain.some((style) => CONTENTS_STYLE.test(style.name)) || within(paragraph, 'w:sdt', isContentsBlock)) {
      const words = textOf(paragraph).trim();
      if (words) furniture.push({ kind: 'contents list', text: words, page: 1, line });
      paragraph.parentNode?.removeChild(paragraph);
      changed = true;
      continue;
    }
    for (const field of pageFields(paragraph)) {
      furniture.push({ kind: 'page field', text: field, page: 1, line });
      changed = true;
    }
    const number = numbering.next(pPr, () => textOf(paragraph));
    if (!number || number.bullet || number.label === '') continue;
    const run = document.createElement('w:r');
    const t = document.createElement('w:t');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(
      document.createTextNode(
        `${NUMBER_OPEN}${number.level}${NUMBER_LEVEL}${number.label}${number.suffix}${NUMBER_CLOSE}`,
      ),
    );
    run.appendChild(t);
    paragraph.insertBefore(run, pPr ? pPr.nextSibling : paragraph.firstChild);
    changed = true;
  }

  for (const path of Object.keys(zip.files).sort()) {
    const kind = /^word\/(header|footer)\d*\.xml$/.exec(path)?.[1];
    if (!kind) continue;
    const doc = await part(path);
    const lines = doc
      ? descendants(doc, 'w:p')
          .map(textOf)
          .filter((t) => t.trim() !== '')
      : [];
    if (lines.length > 0)
      furniture.push({
        kind: kind === 'header' ? 'page header' : 'page footer',
        text: lines.join(' / '),
        page: 1,
        line: 0,
      });
  }

  const notices = [
    ...trackedChanges(document),
    ...comments(await part(related('comments') ?? `${folder}comments.xml`)),
  ];
  if (changed) zip.file(main, new XMLSerializer().serializeToString(document));
  return {
    bytes: changed ? await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }) : data,
    styleMap: outlineHeadings(styles),
    furniture,
    notices,
    cover,
  };
}

/**
 * The paragraphs of a cover page: those before the first page break (a break in the text, a section's
 * end, a paragraph set to start a page), when none of them is a heading, a numbered paragraph or a table.
 */
function coverPage(document: Document, styles: ReadonlyMap<string, WordStyle>): string[] {
  const lines: string[] = [];
  const on = (element: Element | null, name: string) =>
    element !== null &&
    child(element, name) !== null &&
    !['0', 'false'].includes(child(element, name)!.getAttribute('w:val') ?? '');
  for (const block of children(child(document.documentElement, 'w:body'))) {
    if (block.nodeName !== 'w:p') return [];
    const pPr = child(block, 'w:pPr');
    if (lines.length > 0 && on(pPr, 'w:pageBreakBefore')) return lines;
    const chain = styleChain(styles, child(pPr, 'w:pStyle')?.getAttribute('w:val') ?? null);
    const heading = chain.some((style) => MAMMOTH_HEADING.test(style.name) || (style.outline ?? 9) <= 5);
    if (heading || child(pPr, 'w:numPr') || chain.some((style) => style.numId !== null && style.numId !== '0'))
      return [];
    const words = textOf(block).replace(/\s+/g, ' ').trim();
    if (words) lines.push(words);
    const pageBreak = descendants(block, 'w:br').some((br) => br.getAttribute('w:type') === 'page');
    if (pageBreak || child(pPr, 'w:sectPr')) return lines;
    if (lines.length > 15) return [];
  }
  return [];
}

/** Whether an ancestor of `node` is named `name` (and passes `test`). */
function within(node: Node, name: string, test: (element: Element) => boolean = () => true): boolean {
  for (let up = node.parentNode; up; up = up.parentNode) if (up.nodeName === name && test(up as Element)) return true;
  return false;
}

/** A content control that is Word's table of contents. */
const isContentsBlock = (sdt: Element) =>
  /table of contents/i.test(
    child(child(child(sdt, 'w:sdtPr'), 'w:docPartObj'), 'w:docPartGallery')?.getAttribute('w:val') ?? '',
  );

/** Takes the shown values of page-number fields (PAGE, NUMPAGES) out of a paragraph; returns them. */
function pageFields(paragraph: Element): string[] {
  const found: string[] = [];
  for (const simple of descendants(paragraph, 'w:fldSimple')) {
    if (!PAGE_FIELD.test(simple.getAttribute('w:instr') ?? '')) continue;
    found.push(`${(simple.getAttribute('w:instr') ?? '').trim()}: ${textOf(simple)}`);
    while (simple.firstChild) simple.removeChild(simple.firstChild);
  }
  // A complex field: runs of begin, instruction, separate, the value shown, end.
  let instruction = '';
  let state: 'none' | 'instruction' | 'value' = 'none';
  let shown: Element[] = [];
  for (const run of descendants(paragraph, 'w:r')) {
    const mark = child(run, 'w:fldChar')?.getAttribute('w:fldCharType');
    if (mark === 'begin') {
      state = 'instruction';
      instruction = '';
      shown = [];
    } else if (mark === 'separate') state = 'value';
    else if (mark === 'end') {
      if (PAGE_FIELD.test(instruction) && shown.length > 0) {
        found.push(`${instruction.trim()}: ${shown.map(textOf).join('')}`);
        for (const t of shown.flatMap((r) => descendants(r, 'w:t'))) t.parentNode?.removeChild(t);
      }
      state = 'none';
    } else if (state === 'instruction')
      instruction += descendants(run, 'w:instrText')
        .map((t) => t.textContent ?? '')
        .join('');
    else if (state === 'value') shown.push(run);
  }
  return found;
}

/** The report's lines on tracked changes: how many of each, that the text taken is the accepted one, what was deleted. */
function trackedChanges(document: Document): string[] {
  const inserted = descendants(document, 'w:ins').filter((ins) => textOf(ins).trim() !== '');
  const deleted = descendants(document, 'w:del').filter((del) => deletedText(del).trim() !== '');
  const moved = descendants(document, 'w:moveTo').filter((move) => textOf(move).trim() !== '');
  const formatting = ['w:rPrChange', 'w:pPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:sectPrChange']
    .map((name) => descendants(document, name).length)
    .reduce((a, b) => a + b, 0);
  if (inserted.length + deleted.length + moved.length + formatting === 0) return [];
  const counts = [
    inserted.length > 0 && `${inserted.length} insertion(s)`,
    deleted.length > 0 && `${deleted.length} deletion(s)`,
    moved.length > 0 && `${moved.length} move(s)`,
    formatting > 0 && `${formatting} change(s) of formatting only`,
  ].filter(Boolean);
  const out = [
    `the document has tracked changes (${counts.join(', ')}): the draft has its text with every change accepted (inserted and moved text where it now stands, deleted text left out); check that this is the text agreed`,
  ];
  for (const ins of inserted) out.push(`  tracked insertion, taken: ${quote(textOf(ins))}`);
  for (const del of deleted) out.push(`  tracked deletion, left out: ${quote(deletedText(del))}`);
  return out;
}

const deletedText = (node: Element) =>
  descendants(node, 'w:delText')
    .map((t) => t.textContent ?? '')
    .join('');

/** The report's lines on comments: each left out of the draft, with its author. */
function comments(part: Document | null): string[] {
  const found = children(part?.documentElement, 'w:comment');
  if (found.length === 0) return [];
  return [
    `the document has ${found.length} comment(s), left out of the draft (a comment is a remark on the text, not text of the agreement): read each against the draft`,
    ...found.map(
      (comment) =>
        `  comment by ${comment.getAttribute('w:author') || 'an unnamed author'}, left out: ${quote(textOf(comment))}`,
    ),
  ];
}

/** mammoth style-map lines for styles that are headings by their outline level (mammoth knows `Heading 1`…`6` by name). */
function outlineHeadings(styles: ReadonlyMap<string, WordStyle>): string[] {
  const lines: string[] = [];
  for (const style of styles.values()) {
    if (style.type !== 'paragraph' || MAMMOTH_HEADING.test(style.name) || /['\\\]]/.test(style.name)) continue;
    const outline = styleChain(styles, style.id).find((s) => s.outline !== null)?.outline ?? null;
    if (outline !== null && outline >= 0 && outline <= 5)
      lines.push(`p[style-name='${style.name}'] => h${outline + 1}:fresh`);
  }
  return lines;
}
