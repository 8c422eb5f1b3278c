import { csvText, obligationRows, type ChecklistFields } from '../lib/obligations/csv.ts';
import {
  CHECKLIST_COLUMNS,
  STATUS_CHOICES,
  carryChecklist,
  checklistKey,
  readChecklist,
  readVersionChecklist,
  setAnswer,
  versionChecklistKey,
  type CarriedChecklist,
  type StoredAnswer,
  type StoredChecklist,
} from '../lib/obligations/checklist.ts';
import { loadChecklistCsv } from '../lib/obligations/checklist-csv.ts';
import type { PublishedGuideline, PublishedIndex } from '../lib/model/published.ts';

// The checklist's fields on screen: a tick box, "Ansvarlig hos oss", "Status" and "Frist" per
// obligation, kept in this browser only (localStorage, per guideline, keyed by the obligation's
// words so that answers outlive a new version), shared between open tabs, printed as filled in,
// downloadable as the CSV with those columns filled, and loaded back from such a file. Without
// JavaScript the page stays the blank printable checklist.

type Field = keyof ChecklistFields;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const SAVE_FAILED =
  'Det dere skriver, kunne ikke lagres i denne nettleseren (lagringen er full eller slått av), og blir borte når siden lukkes. Last ned sjekklisten (CSV) for å ta vare på det.';

/** An answer as one line: what was written in each field. */
function answerLine(answer: ChecklistFields): string {
  return [
    answer.done ? 'Utført' : '',
    answer.responsible && `Ansvarlig hos oss: ${answer.responsible}`,
    answer.status && `Status: ${answer.status}`,
    answer.due && `Frist: ${answer.due}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

const from = (answer: StoredAnswer) => (answer.version ? `versjon ${answer.version}` : 'en fil som ble lastet inn');

/** Turns the blank cells of the checklist into fields, and shows the download and load controls. */
export function enhanceChecklist(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-checklist]');
  if (!box) return;
  const { slug = '', version = '', json = '', index = '' } = box.dataset;
  const key = checklistKey(slug);
  const store = storage();
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('table.checklist tr[id]')];
  const obligations = rows.map((row) => ({
    id: row.id,
    key: row.dataset.svar ?? row.id,
    text: (row.querySelector('.obligation-text')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
  const keyOf = new Map(obligations.map(({ id, key }) => [id, key]));
  const textOf = new Map(obligations.map(({ id, text }) => [id, text]));
  const warning = box.querySelector<HTMLElement>('[data-checklist-warning]');
  const notes = box.querySelector<HTMLElement>('[data-checklist-notes]');

  // What this browser keeps; kept in memory too, so the fields work for the visit when storage fails.
  let answers: StoredChecklist = readKept();
  let carried: CarriedChecklist = carry();

  function readKept(): StoredChecklist {
    const kept = readChecklist(store?.getItem(key) ?? null);
    // The checklist as it was kept before (per version, by id): carried over once, then let go.
    const legacy = Object.keys(store ?? {}).filter((name) => name.startsWith(versionChecklistKey(slug, '')));
    for (const name of legacy) {
      const old = readVersionChecklist(store?.getItem(name) ?? null, name.slice(versionChecklistKey(slug, '').length), {
        version,
        keys: keyOf,
        texts: textOf,
      });
      for (const [oldKey, answer] of Object.entries(old)) kept[oldKey] ??= answer;
    }
    if (legacy.length > 0 && write(kept)) for (const name of legacy) store?.removeItem(name);
    return kept;
  }

  function carry(): CarriedChecklist {
    return carryChecklist(answers, obligations);
  }

  /** Writes the answers; says so on the page when the browser refuses. */
  function write(next: StoredChecklist): boolean {
    let saved = false;
    try {
      if (store) {
        store.setItem(key, JSON.stringify(next));
        saved = true;
      }
    } catch {
      saved = false;
    }
    if (warning) {
      warning.hidden = saved;
      warning.textContent = saved ? '' : SAVE_FAILED;
    }
    return saved;
  }

  const set = (id: string, field: Field, value: string | boolean) => {
    // Read again first: another tab may have written since, and its answers must not be lost.
    const fresh = store ? readChecklist(store.getItem(key)) : answers;
    answers = setAnswer(
      { ...answers, ...fresh },
      keyOf.get(id)!,
      { id, text: textOf.get(id)!, version },
      {
        [field]: value,
      },
    );
    write(answers);
    carried = carry();
    showNotes();
  };

  const inputs = new Map<string, Map<Field, HTMLInputElement | HTMLSelectElement>>();
  for (const row of rows) {
    const id = row.id;
    const fields = new Map<Field, HTMLInputElement | HTMLSelectElement>();
    inputs.set(id, fields);
    const describedBy = `${id}-tekst`;
    const tick = row.querySelector<HTMLTableCellElement>('td.avkrysning');
    if (tick) {
      const input = root.createElement('input');
      input.type = 'checkbox';
      input.setAttribute('aria-label', CHECKLIST_COLUMNS[0]);
      input.setAttribute('aria-describedby', describedBy);
      input.addEventListener('change', () => set(id, 'done', input.checked));
      tick.replaceChildren(input);
      fields.set('done', input);
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
      input.setAttribute('aria-label', label);
      input.setAttribute('aria-describedby', describedBy);
      const update = () => set(id, field, input.value);
      input.addEventListener('input', update);
      input.addEventListener('change', update);
      cell.replaceChildren(input);
      fields.set(field, input);
    }
  }

  /** Puts the answers in the fields; the field being typed in is left alone. */
  function showValues(): void {
    for (const [id, fields] of inputs) {
      const answer = carried.current.get(id);
      for (const [field, input] of fields) {
        if (input === root.activeElement) continue;
        if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = answer?.done ?? false;
        else input.value = (answer?.[field] as string | undefined) ?? '';
      }
    }
  }

  /** Says which answers came from another version, and shows earlier answers whose words changed or went. */
  function showNotes(): void {
    for (const old of root.querySelectorAll('.checklist-earlier')) old.remove();
    for (const [id, answer] of carried.changed) {
      const note = root.createElement('p');
      note.className = 'checklist-earlier';
      note.textContent = `Ordlyden er endret siden svaret ble gitt (${from(answer)}). Svaret den gang: ${answerLine(answer)}.`;
      root.getElementById(`${id}-tekst`)?.append(note);
    }
    if (!notes) return;
    notes.replaceChildren();
    const kept = [...carried.current.keys()].filter((id) => {
      const answer = answers[keyOf.get(id)!];
      return answer && answer.version !== version;
    }).length;
    if (kept > 0) {
      const line = root.createElement('p');
      line.textContent = `${kept} svar er tatt med fra en tidligere versjon eller fil, der pliktens ordlyd er den samme.`;
      notes.append(line);
    }
    if (carried.changed.size > 0) {
      const line = root.createElement('p');
      line.textContent = `${carried.changed.size} plikt${carried.changed.size > 1 ? 'er' : ''} har fått ny ordlyd siden dere svarte: det forrige svaret står under teksten.`;
      notes.append(line);
    }
    if (carried.removed.length > 0) {
      const details = root.createElement('details');
      const summary = root.createElement('summary');
      summary.textContent = `${carried.removed.length} svar gjelder plikter som ikke står i denne versjonen`;
      const list = root.createElement('ul');
      for (const answer of carried.removed) {
        const item = root.createElement('li');
        item.textContent = `${answer.text ? `«${answer.text}»` : answer.id} (${from(answer)}): ${answerLine(answer)}`;
        list.append(item);
      }
      details.append(summary, list);
      notes.append(details);
    }
  }

  showValues();
  showNotes();
  box.classList.add('checklist-enhanced');

  // Another tab of this browser saved: show what it wrote.
  window.addEventListener('storage', (event) => {
    if (event.key !== key) return;
    answers = readChecklist(event.newValue);
    carried = carry();
    showValues();
    showNotes();
  });

  const download = box.querySelector<HTMLElement>('.checklist-download');
  const button = box.querySelector<HTMLButtonElement>('[data-checklist-csv]');
  if (!download || !button || !json) return;
  download.hidden = false;
  button.addEventListener('click', async () => {
    const guideline = (await (await fetch(json)).json()) as PublishedGuideline;
    const text = csvText(obligationRows(guideline, window.location.origin, (id) => carried.current.get(id)));
    const link = root.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    link.download = `plikter-${slug}-${version}.csv`;
    root.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  });

  const file = box.querySelector<HTMLInputElement>('[data-checklist-load]');
  const status = box.querySelector<HTMLElement>('[data-checklist-load-status]');
  file?.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen || !status) return;
    // Read here, in this page: the file is never sent anywhere.
    const [{ parse }, site] = await Promise.all([
      import('csv-parse/browser/esm/sync'),
      index ? fetch(index).then((response) => response.json() as Promise<PublishedIndex>) : null,
    ]);
    let records: Record<string, string>[];
    try {
      records = parse(await chosen.text(), {
        delimiter: ';',
        columns: true,
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
      }) as Record<string, string>[];
    } catch {
      status.textContent = `${chosen.name} kunne ikke leses som en CSV-fil (semikolon mellom feltene, som sjekklisten lastes ned).`;
      return;
    }
    const guidelines = site?.guidelines ?? [];
    const loaded = loadChecklistCsv(records, slug, {
      slugs: guidelines.map((guideline) => guideline.slug),
      title: (other) => guidelines.find((guideline) => guideline.slug === other)?.shortTitle ?? other,
    });
    if (loaded.kind === 'error') {
      status.textContent = loaded.message;
      return;
    }
    answers = { ...(store ? readChecklist(store.getItem(key)) : answers), ...loaded.answers };
    write(answers);
    carried = carry();
    showValues();
    showNotes();
    const matched = Object.keys(loaded.answers).filter((answerKey) => obligations.some((o) => o.key === answerKey));
    status.textContent = `Lastet inn ${loaded.filled} svar fra ${chosen.name}: ${matched.length} passer med pliktene i denne versjonen${
      loaded.filled > matched.length
        ? `, ${loaded.filled - matched.length} står under «svar som gjelder plikter som ikke står i denne versjonen»`
        : ''
    }.`;
    file.value = '';
  });
}
