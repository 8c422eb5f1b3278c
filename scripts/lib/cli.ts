// How every command-line tool in scripts/ runs: its main, the exit code its outcome maps to, and
// one way of printing what went wrong.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GuidelineError, ImportError, withHint } from '../../src/lib/model/errors.ts';

/** The exit codes of the tools. */
export const EXIT = {
  ok: 0,
  /** A guideline's content is wrong (`file:line: message`), or the machine or the build is not ready. */
  failed: 1,
  /** The command was called wrongly, or the import cannot read its file: nothing was written. */
  usage: 2,
  unreadable: 2,
  /** A fault of the tool itself (EX_SOFTWARE); DEBUG=1 prints the stack. */
  internal: 70,
} as const;

/** The command was called wrongly: the message says how to call it. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What the tool needs is not there (no build, no Chromium): the hint says how to get it. */
export class SetupError extends Error {
  readonly detail: string;
  readonly hint: string | undefined;

  constructor(detail: string, hint?: string) {
    super(withHint(detail, hint));
    this.name = 'SetupError';
    this.detail = detail;
    this.hint = hint;
  }
}

/** The exit code an error ends a tool with. */
export function exitCode(error: unknown): number {
  if (error instanceof GuidelineError || error instanceof SetupError) return EXIT.failed;
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof ImportError) return EXIT.unreadable;
  return EXIT.internal;
}

/** How an error is printed: a content error as `file:line: message` (editors jump to it), any other after the tool's name. */
export function errorLine(tool: string, error: unknown): string {
  if (error instanceof GuidelineError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const known = exitCode(error) !== EXIT.internal;
  const stack = !known && process.env.DEBUG && error instanceof Error && error.stack ? `\n${error.stack}` : '';
  return `${tool}: ${message}${stack}`;
}

/**
 * Runs a tool's main when its module is the one node was started with (so a module that also
 * exports functions can be imported without running). main's number, if any, is the exit code.
 */
export async function runMain(
  moduleUrl: string,
  tool: string,
  main: () => number | void | Promise<number | void>,
): Promise<void> {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  try {
    process.exitCode = (await main()) ?? EXIT.ok;
  } catch (error) {
    console.error(errorLine(tool, error));
    process.exitCode = exitCode(error);
  }
}
