// The import page's worker: the reader's file is read, drafted, parsed, registered and compared here,
// off the page's thread, by the same functions `npm run import` and the build run (import-bytes.ts,
// parse/, obligations/, compare/). Nothing is sent anywhere: the only request is for the site's own
// guidelines and topics (ownFileDataUrl), made before any file is chosen.
import { GuidelineError, ImportError } from '../../lib/model/errors.ts';
import type { Guideline, MetaSchema } from '../../lib/model/types.ts';
import { ownFileDataUrl } from '../../lib/model/routes.ts';
import { checkKind, checkNotEmpty, draftFrom, draftSlug, readSource } from '../../lib/import/import-bytes.ts';
import type { OwnFileData } from '../../lib/import/own-file-data.ts';
import { parseGuideline } from '../../lib/parse/guideline.ts';
import { compareGuidelines } from '../../lib/compare/comparison.ts';
import { cosine, similarityModel } from '../../lib/compare/similarity.ts';
import { exportGuideline, type ExportMeta } from '../../lib/publish/export.ts';
import { obligationsCsv } from '../../lib/obligations/csv.ts';
import { obligationCounts } from '../../lib/publish/export.ts';
import { comparisonHtml, readingHtml, registerHtml, reportHtml, type Shown } from './render.ts';
import type { Answer, Request } from './messages.ts';
import { norwegian, PAGE_MAX_BYTES } from './unreadable.ts';

// pdfjs-dist (with its own worker) and mammoth, files of this site (own-file/prebuilt/), loaded at once
// while the reader chooses a file: loading and compiling them takes a second or two. The import's
// readers ask for the same modules when a file comes.
void import('pdfjs-dist/legacy/build/pdf.mjs');
void import('mammoth');

type Published = Guideline<ExportMeta & { slug: string; language: string }>;
// The site's topics and guidelines, as its build parsed them (the same parse `npm run import` runs on
// content/): fetched once, before any file is chosen.
const site = fetch(ownFileDataUrl())
  .then((response) => {
    if (!response.ok) throw new Error(`${ownFileDataUrl()}: ${response.status}`);
    return response.json() as Promise<OwnFileData<Published>>;
  })
  .then(({ topics: vocabulary, guidelines: corpus }) => {
    const topics = new Set(vocabulary.map((topic) => topic.id));
    const order = vocabulary.map((topic) => topic.id);
    const names = new Map(vocabulary.map((topic) => [topic.id, topic.nb]));
    const topicName = (id: string | null) => (id ? (names.get(id) ?? id) : 'Uten tema');
    return { topics, vocabulary, order, corpus, topicName };
  });
site.catch(() => {}); // reported when a file is read

// A draft's front matter has empty fields by design (the editor fills them in): read it as it stands.
const anyMeta: MetaSchema<Record<string, unknown>> = {
  safeParse: (data) => ({ success: true, data: data as Record<string, unknown> }),
};

let current: { draft: Shown; model: ReturnType<typeof similarityModel> } | null = null;

const post = (answer: Answer) => postMessage(answer);
const nameOf = (guideline: Published) => guideline.meta.shortTitle || guideline.meta.slug;

async function read(name: string, bytes: ArrayBuffer) {
  current = null;
  if (bytes.byteLength > PAGE_MAX_BYTES) throw new RangeError(String(bytes.byteLength));
  const data = new Uint8Array(bytes);
  checkKind(name);
  checkNotEmpty(data, name);
  // The slug `npm run import -- <file>` would give; a name it refuses drafts as `utkast`, as `--slug utkast` would.
  let slug: string;
  try {
    slug = draftSlug(name);
  } catch {
    slug = 'utkast';
  }
  const extracted = await readSource(data, name);
  const { topics, vocabulary, order, corpus, topicName } = await site;
  const file = `content/guidelines/${slug}.md`;
  const { report, markdown } = draftFrom(extracted, { input: name, slug, file, corpus, topics, vocabulary });
  let guideline: Published | null = null;
  try {
    guideline = parseGuideline(markdown, { file, schema: anyMeta, topics }) as unknown as Published;
  } catch (error) {
    if (!(error instanceof GuidelineError)) throw error;
  }
  post({
    type: 'draft',
    markdown,
    file: `${slug}.md`,
    title: String(guideline?.meta.title || name),
    clauses: report.clauses.length,
    reading: guideline ? readingHtml(guideline) : '',
    report: reportHtml(report),
    parses: guideline !== null,
  });
  if (!guideline) return;
  const draft: Shown = { guideline, name: 'Deres avtale', linked: false };
  const others = corpus.filter((other) => other.meta.slug !== slug);
  const model = similarityModel(
    [...others, guideline].map((g) => ({ slug: g.meta.slug, clauses: g.clauses })),
    { topics: vocabulary },
  );
  current = { draft, model };
  const choices = others
    .map((other) => ({
      slug: other.meta.slug,
      name: nameOf(other),
      score: cosine(model.document(slug), model.document(other.meta.slug)),
    }))
    .sort((x, y) => y.score - x.score);
  post({
    type: 'register',
    html: registerHtml(draft),
    counts: obligationCounts(guideline),
    csv: obligationsCsv(exportGuideline(guideline)),
    csvFile: `${slug}-plikter.csv`,
    choices,
  });
  if (choices[0]) compare(choices[0].slug, order, corpus, topicName);
}

function compare(slug: string, order: string[], corpus: Published[], topicName: (id: string | null) => string) {
  if (!current) return;
  const other = corpus.find((guideline) => guideline.meta.slug === slug);
  if (!other) return;
  const { draft, model } = current;
  const shown: Shown = { guideline: other, name: nameOf(other), linked: true };
  const compared = (guideline: Shown['guideline']) => ({
    slug: guideline.meta.slug,
    clauses: guideline.clauses,
    obligations: guideline.obligations,
  });
  const comparison = compareGuidelines(compared(draft.guideline), compared(other), model, { topicOrder: order });
  post({ type: 'comparison', slug, name: shown.name, html: comparisonHtml(comparison, draft, shown, topicName) });
}

addEventListener('message', (event: MessageEvent<Request>) => {
  const request = event.data;
  const run = async () => {
    if (request.type === 'read') await read(request.name, request.bytes);
    else {
      const { order, corpus, topicName } = await site;
      compare(request.slug, order, corpus, topicName);
    }
  };
  run().catch((error: unknown) => {
    if (!(error instanceof ImportError || error instanceof RangeError)) console.error(error);
    post({ type: 'error', message: norwegian(error) });
  });
});
