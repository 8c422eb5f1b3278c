import { PLACEHOLDER_DOTS } from '../lib/render/placeholder.ts';
import { cssString } from '../lib/print/margins.ts';
import { lineText, typedValue, type SignatureField } from '../lib/print/signature.ts';

/**
 * The print page's fill-in form: shows it, and copies every value into the page as it is typed
 * (the text's blanks, the running header, the signature lines). Values stay in this page: nothing
 * is sent or stored, and there is no form to submit.
 */
export function enhanceFillForm(root: Document): void {
  const form = root.querySelector<HTMLElement>('[data-fill-form]');
  if (!form) return;
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input')];
  const margins = root.querySelector<HTMLStyleElement>('style[data-page-margins]');
  const marginsTemplate = margins?.textContent ?? '';

  const update = () => {
    for (const input of inputs.filter((candidate) => candidate.dataset.blank)) {
      const value = typedValue(input.value);
      for (const blank of root.querySelectorAll<HTMLElement>(`.plassholder[data-plassholder="${input.dataset.blank}"]`))
        fillBlank(blank, value);
      // The signature page's line for the municipality that signs (a party of many municipalities).
      for (const line of root.querySelectorAll<HTMLElement>(`[data-fill-blank="${input.dataset.blank}"]`))
        line.textContent = value;
      // The running header is a CSS string, so the name goes in escaped, in place of the dots; by a
      // function, since a replacement string would read $' $& $` $$ in the name as patterns.
      if (margins && input.dataset.blank === 'kommune') {
        const escaped = cssString(value).slice(1, -1);
        margins.textContent = value ? marginsTemplate.replaceAll(PLACEHOLDER_DOTS, () => escaped) : marginsTemplate;
      }
    }
    for (const line of root.querySelectorAll<HTMLElement>('[data-fill][data-fields]')) {
      const fields = (line.dataset.fields ?? '').split(' ').filter(Boolean) as SignatureField[];
      const values = Object.fromEntries(fields.map((field) => [field, valueOf(inputs, line.dataset.fill!, field)]));
      line.textContent = lineText(fields, values);
    }
  };

  for (const input of inputs) input.addEventListener('input', update);
  form.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  form.hidden = false;
  update();
}

function valueOf(inputs: HTMLInputElement[], block: string, field: string): string {
  return typedValue(
    inputs.find((input) => input.dataset.block === block && input.dataset.field === field)?.value ?? '',
  );
}

/** Shows a name in place of a placeholder's dots, or the dots again when the name is cleared. */
function fillBlank(blank: HTMLElement, value: string): void {
  const dots = blank.querySelector<HTMLElement>('.plassholder-prikker');
  const label = blank.querySelector<HTMLElement>('.visually-hidden');
  if (!dots) return;
  dots.textContent = value || PLACEHOLDER_DOTS;
  blank.classList.toggle('filled', value !== '');
  // Filled, the name is the text itself: screen readers read it, not the "(kommunens navn)" hint.
  if (value) dots.removeAttribute('aria-hidden');
  else dots.setAttribute('aria-hidden', 'true');
  if (label) label.hidden = value !== '';
}
