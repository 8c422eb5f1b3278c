import { csvText, obligationRows, type ChecklistFields } from '../lib/obligations/csv.ts';
import { CHECKLIST_COLUMNS, STATUS_CHOICES, checklistKey, readChecklist } from '../lib/obligations/checklist.ts';
import type { PublishedGuideline } from '../lib/model/published.ts';

// The checklist's fields on screen: a tick box, "Ansvarlig hos oss", "Status" and "Frist" per
// obligation, kept in this browser only (localStorage, per guideline and version), printed as filled
// in and downloadable as the CSV with those columns filled. Without JavaScript the page stays the
// blank printable checklist.

type Field = keyof ChecklistFields;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Turns the blank cells of the checklist into fields, and shows the download button. */
export function enhanceChecklist(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-checklist]');
  if (!box) return;
  const { slug = '', version = '', json = '' } = box.dataset;
  const key = checklistKey(slug, version);
  const store = storage();
  const saved = readChecklist(store?.getItem(key) ?? null);
  const save = () => {
    try {
      store?.setItem(key, JSON.stringify(saved));
    } catch {
      // A full or blocked storage leaves the fields working for this visit.
    }
  };
  const set = (id: string, field: Field, value: string | boolean) => {
    saved[id] = { responsible: '', status: '', due: '', done: false, ...saved[id], [field]: value };
    save();
  };

  for (const row of root.querySelectorAll<HTMLTableRowElement>('table.checklist tr[id]')) {
    const id = row.id;
    const describedBy = `${id}-tekst`;
    const values = saved[id];
    const tick = row.querySelector<HTMLTableCellElement>('td.avkrysning');
    if (tick) {
      const input = root.createElement('input');
      input.type = 'checkbox';
      input.checked = values?.done ?? false;
      input.setAttribute('aria-label', CHECKLIST_COLUMNS[0]);
      input.setAttribute('aria-describedby', describedBy);
      input.addEventListener('change', () => set(id, 'done', input.checked));
      tick.replaceChildren(input);
    }
    for (const cell of row.querySelectorAll<HTMLTableCellElement>('td[data-felt]')) {
      const field = cell.dataset.felt as Exclude<Field, 'done'>;
      const label = cell.dataset.label ?? field;
      let input: HTMLInputElement | HTMLSelectElement;
      if (field === 'status') {
        const select = root.createElement('select');
        for (const choice of STATUS_CHOICES) {
          const option = root.createElement('option');
          option.value = choice;
          option.textContent = choice || 'Velg';
          select.append(option);
        }
        input = select;
      } else {
        const text = root.createElement('input');
        text.type = field === 'due' ? 'date' : 'text';
        input = text;
      }
      input.value = values?.[field] ?? '';
      input.setAttribute('aria-label', label);
      input.setAttribute('aria-describedby', describedBy);
      const update = () => set(id, field, input.value);
      input.addEventListener('input', update);
      input.addEventListener('change', update);
      cell.replaceChildren(input);
    }
  }
  box.classList.add('checklist-enhanced');

  const download = box.querySelector<HTMLElement>('.checklist-download');
  const button = box.querySelector<HTMLButtonElement>('[data-checklist-csv]');
  if (!download || !button || !json) return;
  download.hidden = false;
  button.addEventListener('click', async () => {
    const guideline = (await (await fetch(json)).json()) as PublishedGuideline;
    const text = csvText(obligationRows(guideline, window.location.origin, (id) => saved[id]));
    const link = root.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    link.download = `plikter-${slug}-${version}.csv`;
    root.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  });
}
