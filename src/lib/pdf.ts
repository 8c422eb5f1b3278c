// The PDFs are made after the build (`npm run pdf`, from the built print pages), so the build cannot
// know whether one will exist. The reading page therefore carries the link hidden, and the PDF step
// shows it in the built HTML once it has written that PDF: a link is visible exactly when its file is there.

/** Where a guideline's PDF is published. */
export const pdfUrl = (slug: string) => `/pdf/${slug}.pdf`;

const MARKER = /<[a-z]+\b[^>]*\sdata-pdf-link\b[^>]*>/g;

/** Un-hides the PDF link (the element with `data-pdf-link`) of a built page; throws unless there is exactly one. */
export function showPdfLink(html: string): string {
  const tags = html.match(MARKER) ?? [];
  if (tags.length !== 1) throw new Error(`expected one element with data-pdf-link, found ${tags.length}`);
  return html.replace(MARKER, (tag) => tag.replace(/\shidden(?:="[^"]*")?(?=[\s>/])/, ''));
}
