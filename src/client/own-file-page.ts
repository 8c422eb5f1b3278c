// The import page (/sammenlign/din-avtale/): the reader chooses, drops or pastes their own agreement,
// and its worker (own-file/worker.ts) reads it with the import, the parser, the register and the
// comparison the site is built with. The file's bytes go to the worker on this machine and nowhere
// else. Each answer is drawn whole when it arrives; a new file or a failure clears the old answers
// first, so nothing is left half-drawn. Without JavaScript the form stays hidden and the page says
// how an editor imports a file.
import type { Answer, Request } from './own-file/messages.ts';
import { PAGE_MAX_BYTES } from './own-file/unreadable.ts';

const ACCEPTED = /\.(?:pdf|docx|txt)$/i;

/** Wires the import page's form to its worker. */
export function enhanceOwnFile(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('[data-own-file]');
  const results = root.querySelector<HTMLElement>('[data-own-results]');
  if (!form || !results) return;
  const input = form.querySelector<HTMLInputElement>('input[type="file"]')!;
  const drop = form.querySelector<HTMLElement>('[data-drop]')!;
  const pasted = form.querySelector<HTMLTextAreaElement>('textarea')!;
  const status = root.querySelector<HTMLElement>('[data-own-status]')!;
  const failure = root.querySelector<HTMLElement>('[data-own-error]')!;
  const part = (name: string) => results.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
  const choice = results.querySelector<HTMLSelectElement>('[data-choice]')!;
  const downloads = { markdown: part('markdown') as HTMLAnchorElement, csv: part('csv') as HTMLAnchorElement };
  const links: string[] = [];

  const worker = new Worker(new URL('./own-file/worker.ts', import.meta.url), { type: 'module' });
  const ask = (request: Request, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  form.hidden = false;
  root.querySelector('[data-no-script]')?.setAttribute('hidden', '');

  const say = (text: string) => {
    status.textContent = text;
  };
  const clear = () => {
    results.hidden = true;
    for (const name of ['reading', 'report', 'register', 'comparison', 'counts']) part(name).replaceChildren();
    choice.replaceChildren();
    for (const link of links.splice(0)) URL.revokeObjectURL(link);
    failure.hidden = true;
    failure.textContent = '';
  };
  const fail = (message: string) => {
    clear();
    say('');
    failure.textContent = message;
    failure.hidden = false;
  };
  const blob = (link: HTMLAnchorElement, text: string, type: string, name: string) => {
    link.href = URL.createObjectURL(new Blob([text], { type }));
    links.push(link.href);
    link.download = name;
  };

  const read = async (name: string, data: Blob) => {
    clear();
    if (!ACCEPTED.test(name)) {
      fail('Siden leser PDF, Word (.docx) og ren tekst (.txt), og denne filen er ingen av dem.');
      return;
    }
    if (data.size > PAGE_MAX_BYTES) {
      fail(
        `Filen er ${Math.round(data.size / 1024 / 1024)} MB, og siden leser filer på opptil ${Math.round(PAGE_MAX_BYTES / 1024 / 1024)} MB: en retningslinje er sjelden mer enn noen få MB.`,
      );
      return;
    }
    say(`Leser ${name} …`);
    const bytes = await data.arrayBuffer();
    ask({ type: 'read', name, bytes }, [bytes]);
  };

  worker.addEventListener('message', (event: MessageEvent<Answer>) => {
    const answer = event.data;
    if (answer.type === 'error') return fail(answer.message);
    if (answer.type === 'draft') {
      part('title').textContent = answer.title;
      part('reading').innerHTML = answer.reading;
      part('report').innerHTML = answer.report;
      blob(downloads.markdown, answer.markdown, 'text/markdown;charset=utf-8', answer.file);
      part('unparsed').hidden = answer.parses;
      results.hidden = false;
      say(
        answer.parses
          ? `Utkastet har ${answer.clauses} punkter. Plikter og sammenligning kommer straks.`
          : 'Utkastet er klart, men kunne ikke leses som en retningslinje.',
      );
      return;
    }
    if (answer.type === 'register') {
      part('register').innerHTML = answer.html;
      part('counts').textContent =
        `${answer.counts.total} i alt: ${answer.counts.kommune} for kommunen, ${answer.counts.helseforetak} for helseforetaket og ${answer.counts.felles} felles.`;
      blob(downloads.csv, answer.csv, 'text/csv;charset=utf-8', answer.csvFile);
      choice.replaceChildren(
        ...answer.choices.map((option, index) => {
          const element = new Option(
            `${option.name} (${Math.round(option.score * 100)} % lik${index === 0 ? ', mest lik' : ''})`,
            option.slug,
          );
          return element;
        }),
      );
      return;
    }
    part('comparison').innerHTML = answer.html;
    part('compared').textContent = answer.name;
    choice.value = answer.slug;
    say(`Ferdig: sammenlignet med ${answer.name}.`);
  });
  worker.addEventListener('error', () => fail('Siden kunne ikke starte lesingen. Last siden på nytt og prøv igjen.'));

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void read(file.name, file);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = pasted.value;
    if (text.trim() === '') return fail('Lim inn teksten først.');
    void read('innlimt-tekst.txt', new Blob([text]));
  });
  choice.addEventListener('change', () => {
    part('comparison').replaceChildren();
    say('Sammenligner …');
    ask({ type: 'compare', slug: choice.value });
  });
  for (const type of ['dragenter', 'dragover'])
    drop.addEventListener(type, (event) => {
      event.preventDefault();
      drop.dataset.over = '';
    });
  drop.addEventListener('dragleave', () => delete drop.dataset.over);
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    delete drop.dataset.over;
    const file = event.dataTransfer?.files[0];
    if (file) void read(file.name, file);
  });
}
