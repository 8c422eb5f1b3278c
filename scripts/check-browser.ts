// `npm test` runs this first, after check-node: it finds the Chromium the browser tests will drive
// (scripts/lib/chromium.ts) and starts it once. It prints one line: which browser, or, when none can
// serve, what is wrong and what to install, and the tests stop there instead of failing one by one.
import { launchChromium } from './lib/browser.ts';
import { findChromium, INSTALL_HINT } from './lib/chromium.ts';
import { runMain, SetupError } from './lib/cli.ts';

/** The line of a failed launch that says why (a missing shared library, say), not Playwright's log around it. */
export function launchProblem(message: string): string {
  // Playwright quotes the browser's own output as `[pid=123][err] …`.
  const lines = message.split('\n').map((line) => line.replace(/^\[pid=\d+\]\[err\]/, '').trim());
  return (
    lines.find((line) => /error while loading shared libraries|No such file|Permission denied/.test(line)) ?? lines[0]!
  );
}

await runMain(import.meta.url, 'check-browser', async () => {
  const found = await findChromium();
  const browser = await launchChromium(found.path).catch((error: Error) => {
    throw new SetupError(
      `the Chromium from ${found.from} (${found.path}) does not start: ${launchProblem(error.message)}`,
      found.from === 'CHROMIUM_PATH' ? 'set CHROMIUM_PATH to a Chromium binary, or unset it' : INSTALL_HINT,
    );
  });
  console.log(`check-browser: the browser tests drive Chromium ${browser.version()}, from ${found.from}`);
  await browser.close();
});
