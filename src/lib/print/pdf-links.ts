// The PDFs are made after the build (`npm run pdf`, from the built print pages), so the build cannot
// know whether one will exist. The reading page therefore carries the link hidden and without an
// address (`data-pdf-href`, so no link checker or reader finds a link to a missing file), and the PDF
// step turns it into a real, visible link in the built HTML once it has written that PDF: a link is
// there exactly when its file is.

const MARKER = /<([a-z]+)\b[^>]*\sdata-pdf-link\b[^>]*>[^]*?<\/\1>/g;

/** Shows the PDF link of a built page (the element marked `data-pdf-link`); throws unless there is exactly one. */
export function showPdfLink(html: string): string {
  const found = html.match(MARKER) ?? [];
  if (found.length !== 1) throw new Error(`expected one element with data-pdf-link, found ${found.length}`);
  return html.replace(MARKER, (element) =>
    element
      .replace(/(<[a-z]+\b[^>]*\sdata-pdf-link\b[^>]*?)\shidden(?:="[^"]*")?(?=[\s>/])/, '$1')
      .replace(/\sdata-pdf-href=/, ' href='),
  );
}
