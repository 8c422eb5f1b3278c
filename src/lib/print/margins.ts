// Runs in the browser too (the print page rewrites the running header when a name is filled in).

/** A CSS string literal holding `text`: quotes and backslashes escaped, `<` too so it can sit in a <style> element. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<\n]/g, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}"`;
}

/** What every printed page of a guideline says in its margins. */
export interface RunningText {
  /** Top left: the guideline's title. */
  title: string;
  /** Top right: the region. */
  region: string;
  /** Bottom left, with status and code: the version as the source names it. */
  version: string;
  /** The status as readers see it ("Gjeldende"). */
  status: string;
  /** The short fingerprint (`3f2a 9c1b 07de`). */
  code: string;
  /** A draft: "UTKAST" at the top of every page. */
  draft: boolean;
}

/**
 * The `@page` margin boxes of one guideline: running header (title, region), footer (version,
 * status, fingerprint, "Side X av Y"), and the draft stamp. Their typography is in print.css; only
 * the words differ per guideline, so only they are generated.
 */
export function pageMarginsCss({ title, region, version, status, code, draft }: RunningText): string {
  const boxes: Array<[string, string]> = [
    ['top-left', cssString(title)],
    ['top-right', cssString(region)],
    ['bottom-left', cssString(`Versjon ${version} · ${status} · Fingeravtrykk ${code}`)],
    ['bottom-right', `"Side " counter(page) " av " counter(pages)`],
  ];
  if (draft) boxes.push(['top-center', cssString('UTKAST')]);
  return `@page {\n${boxes.map(([box, content]) => `  @${box} { content: ${content}; }`).join('\n')}\n}`;
}
