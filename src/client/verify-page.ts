import {
  describeVerdict,
  readCode,
  verifyCode,
  verifyEntries,
  type IndexData,
  type VerifyEntry,
} from '../lib/print/verify.ts';
import { dataIndexUrl } from '../lib/model/routes.ts';

/** /verifiser/: answers a typed code (or ?kode=) from /data/index.json, in place, and marks its row in the table. */
export function enhanceVerify(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-verify-form]');
  const result = root.querySelector<HTMLElement>('[data-verify-result]');
  const input = form?.querySelector<HTMLInputElement>('input[name="kode"]');
  if (!form || !result || !input) return;
  let entries: Promise<VerifyEntry[]> | undefined;
  const load = () =>
    (entries ??= fetch(dataIndexUrl()).then((response) => {
      if (!response.ok) throw new Error(`${dataIndexUrl()}: ${response.status}`);
      return response.json().then((index: IndexData) => verifyEntries(index));
    }));

  const check = async (value: string) => {
    try {
      show(root, result, value, describeVerdict(verifyCode(value, await load())));
    } catch {
      result.replaceChildren(
        paragraph(root, 'Kunne ikke hente listen over versjoner. Sammenlign koden med tabellen under.'),
      );
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('kode', input.value.trim());
    history.replaceState(null, '', url);
    void check(input.value);
  });
  const code = new URL(location.href).searchParams.get('kode');
  if (code !== null) {
    input.value = code;
    void check(code);
  }
}

function show(root: Document, result: HTMLElement, value: string, messages: ReturnType<typeof describeVerdict>): void {
  result.replaceChildren(
    ...messages.map((message) => {
      const box = root.createElement('div');
      box.className = `verdict verdict-${message.tone}`;
      const title = root.createElement('p');
      title.className = 'verdict-title';
      title.textContent = message.title;
      box.append(
        title,
        ...message.lines.map((line) => {
          const p = paragraph(root, line.text);
          if (line.link) {
            const a = root.createElement('a');
            a.href = line.link.href;
            a.textContent = line.link.label;
            p.append(' ', a);
          }
          return p;
        }),
      );
      return box;
    }),
  );
  const code = readCode(value);
  for (const row of root.querySelectorAll<HTMLElement>('tr[data-fingerprint]')) {
    row.classList.toggle('match', code !== null && (row.dataset.fingerprint ?? '').startsWith(code));
  }
}

function paragraph(root: Document, text: string): HTMLParagraphElement {
  const p = root.createElement('p');
  p.textContent = text;
  return p;
}
