import { compareUrl } from '../lib/model/routes.ts';
/**
 * Shows the comparison form and sends it to /sammenlign/<a>/<b>/. A static site cannot turn a plain
 * form's query into that path, so without JavaScript the form stays hidden and the table of pairs
 * beside it (plain links) is the way to choose.
 */
export function enhanceCompareForm(root: Document): void {
  for (const form of root.querySelectorAll<HTMLFormElement>('form[data-compare-form]')) {
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const [a, b] = [String(data.get('a')), String(data.get('b'))];
      const error = form.querySelector<HTMLElement>('.form-error');
      if (a === b) {
        if (error) error.hidden = false;
        return;
      }
      location.assign(compareUrl(a, b));
    });
  }
}

/** The topic filter and "show only differences" on a comparison page. */
export function enhanceComparisonFilters(root: Document): void {
  const controls = root.querySelector<HTMLElement>('[data-compare-controls]');
  if (!controls) return;
  controls.hidden = false;
  const topic = controls.querySelector<HTMLSelectElement>('select[name="tema"]')!;
  const onlyDifferences = controls.querySelector<HTMLInputElement>('input[name="forskjeller"]')!;
  const status = controls.querySelector<HTMLElement>('[role="status"]')!;
  // The choices are the page's topic sections, named by their headings (the control exists only with JavaScript).
  for (const section of root.querySelectorAll<HTMLElement>('[data-topic-group]'))
    topic.add(new Option(section.querySelector('h2')?.textContent ?? '', section.dataset.topicGroup));
  const apply = () => {
    let shown = 0;
    for (const group of root.querySelectorAll<HTMLElement>('[data-topic-group]')) {
      const groupVisible = topic.value === '' || group.dataset.topicGroup === topic.value;
      let visibleRows = 0;
      for (const row of group.querySelectorAll<HTMLElement>('[data-pair]')) {
        row.hidden = !groupVisible || (onlyDifferences.checked && row.dataset.identical === 'true');
        if (!row.hidden) visibleRows++;
      }
      // An alignment group (its heading with it) goes when none of its rows is left.
      for (const aligned of group.querySelectorAll<HTMLElement>('.compare-group'))
        aligned.hidden = [...aligned.querySelectorAll<HTMLElement>('[data-pair]')].every((row) => row.hidden);
      group.hidden = visibleRows === 0;
      shown += visibleRows;
    }
    status.textContent = `Viser ${shown} ${shown === 1 ? 'rad' : 'rader'}.`;
  };
  topic.addEventListener('change', apply);
  onlyDifferences.addEventListener('change', apply);
}
