// What the import page and its worker say to each other (src/client/own-file-page.ts, worker.ts).

/** Page → worker: read a file (or pasted text, as a .txt), or compare the draft with another guideline. */
export type Request = { type: 'read'; name: string; bytes: ArrayBuffer } | { type: 'compare'; slug: string };

/** A published guideline the draft can be compared with, and how alike the two texts are (0..1). */
export interface Choice {
  slug: string;
  name: string;
  score: number;
}

/** Worker → page. */
export type Answer =
  | {
      type: 'draft';
      /** The draft as `npm run import` writes it, and its file name. */
      markdown: string;
      file: string;
      title: string;
      clauses: number;
      reading: string;
      report: string;
      /** Whether the draft parses (the register and comparison need it). */
      parses: boolean;
    }
  | {
      type: 'register';
      html: string;
      counts: Record<string, number>;
      csv: string;
      csvFile: string;
      choices: Choice[];
    }
  | { type: 'comparison'; slug: string; name: string; html: string }
  | { type: 'error'; message: string };
