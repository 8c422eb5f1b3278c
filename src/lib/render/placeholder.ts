// Kept apart from render.ts so that browser scripts (the print page's fill-in form) can use it
// without bundling the Markdown renderer.

/** What a `:plassholder[…]` stands for, shown to screen readers and filled in by the print view. */
export const PLACEHOLDERS: Record<string, string> = {
  kommune: 'kommunens navn',
};

/** The dotted line a placeholder prints as, as in the source documents. */
export const PLACEHOLDER_DOTS = '……………………';
