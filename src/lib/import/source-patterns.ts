// Patterns both readers (lines of text or PDF, and Word) share.

/** A footnote call while a reader works on the text: a private-use pair around the footnote's id. */
export const footnoteMark = (id: string) => `\u{E000}${id}\u{E001}`;

/** Footnote calls written with footnoteMark; group 1 is the id. */
export const FOOTNOTE_MARKS = /\u{E000}([\w-]+)\u{E001}/gu;

/** An attachment's heading, `Vedlegg: …`, `Bilag 2: …`: what follows it is the attachment, not clauses. */
export const APPENDIX = /^(?:vedlegg|bilag)(?:\s+\d+)?\s*:/i;
