// Intl.Segmenter breaks after every full stop before a capital or a digit; these abbreviations do not end a sentence.
const ABBREVIATIONS = new Set(
  'st kap nr pkt jf jfr jmf f.eks bl.a ca kl evt ev m.m o.l mht ift iht ihht dvs ref inkl el a tlf prop meld ila mv osv'.split(
    ' ',
  ),
);
const segmenter = new Intl.Segmenter('nb', { granularity: 'sentence' });

/** Splits text into sentences with `Intl.Segmenter`, rejoining the breaks it makes after abbreviations; `[start, end)` offsets. */
export function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start: number | null = null;
  // A single line break inside a paragraph (a source wrapped at 80 columns) is a space to the reader,
  // but Intl.Segmenter ends a sentence at every line feed; a blank line still ends one. Same length,
  // so the offsets are the text's own.
  for (const { segment, index } of segmenter.segment(text.replace(/(?<!\n)\n(?!\n)/g, ' '))) {
    start ??= index;
    const last = /(?:^|[\s(])([\p{L}.]+)\.\s*$/u.exec(segment)?.[1]?.toLocaleLowerCase('nb');
    if (last && ABBREVIATIONS.has(last) && index + segment.length < text.length) continue;
    out.push([start, index + segment.length]);
    start = null;
  }
  if (start !== null) out.push([start, text.length]);
  return out;
}
