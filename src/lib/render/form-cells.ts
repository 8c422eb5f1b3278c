import type { Element, Nodes, Root } from 'hast';

// A checklist in a source is a table of numbered cases with a column left empty to tick
// (Innlandet's "Resultat"), often after small tables of fields to fill in (date, municipality,
// testers). Markdown cannot say "tick box" or "write here", so the rule below reads it from the
// table's shape, and print.css draws boxes and writing lines where these classes are.

const CHECKBOX = 'avkrysning';
const FIELD = 'felt';
const NUMBERED_ROW = /^\d+\.?$/;

const isElement = (node: Nodes | undefined, tagName: string): node is Element =>
  node?.type === 'element' && node.tagName === tagName;
const elements = (node: Element | Root, tagName: string) =>
  (node.children as Nodes[]).filter((child): child is Element => isElement(child, tagName));

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

const isEmpty = (cell: Element | undefined) => cell !== undefined && textOf(cell).trim() === '';

function addClass(cell: Element, className: string): void {
  const classes = Array.isArray(cell.properties.className) ? cell.properties.className : [];
  cell.properties.className = [...classes, className];
}

/**
 * Marks the cells of a checklist in rendered HTML: in a table whose body rows are numbered cases, a
 * column with a heading and no content in any row becomes tick boxes (class `avkrysning`) in the
 * numbered rows; in the other tables of the same block the empty cells after the first column
 * become fields to write in (class `felt`). Blocks without such a table are left as they are.
 */
export function markFormCells(tree: Root): void {
  const tables = elements(tree, 'table');
  const checklists = tables.filter((table) => markCheckboxes(table));
  if (checklists.length === 0) return;
  for (const table of tables) {
    if (checklists.includes(table)) continue;
    for (const row of elements(table, 'tbody').flatMap((body) => elements(body, 'tr'))) {
      elements(row, 'td').forEach((cell, column) => {
        if (column > 0 && isEmpty(cell)) addClass(cell, FIELD);
      });
    }
  }
}

/** Gives the tick column of a table of numbered cases its boxes; false when the table is not such a checklist. */
function markCheckboxes(table: Element): boolean {
  const head = elements(table, 'thead').flatMap((thead) => elements(thead, 'tr'))[0];
  const rows = elements(table, 'tbody')
    .flatMap((body) => elements(body, 'tr'))
    .map((row) => elements(row, 'td'));
  if (!head || rows.length === 0) return false;
  const numbered = rows.filter((cells) => NUMBERED_ROW.test(textOf(cells[0] ?? { type: 'text', value: '' }).trim()));
  if (numbered.length < 2) return false;
  const columns = elements(head, 'th')
    .map((th, column) => ({ th, column }))
    .filter(
      ({ th, column }) =>
        column > 0 && !isEmpty(th) && rows.every((cells) => cells[column] === undefined || isEmpty(cells[column])),
    )
    .map(({ column }) => column);
  for (const cells of numbered) {
    for (const column of columns) {
      const cell = cells[column];
      if (cell) addClass(cell, CHECKBOX);
    }
  }
  return columns.length > 0;
}
