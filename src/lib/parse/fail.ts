import type { Nodes } from 'mdast';

/** The line of a node in the file (1 where the parser gives none). */
export const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

/** Stops the parse at a node (or line) with what is wrong and, where known, how to fix it (GuidelineError's hint). */
export type Fail = (node: Nodes | number, detail: string, hint?: string) => never;
