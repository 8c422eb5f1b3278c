import { expect, test } from 'vitest';
import { findChromium, INSTALL_HINT, type FoundChromium } from '../../../scripts/lib/chromium.ts';
import { launchProblem } from '../../../scripts/check-browser.ts';

const packaged = async (): Promise<FoundChromium> => ({ path: '/cache/chromium', from: '@sparticuz/chromium 1.0.0' });
const notInstalled = async (): Promise<FoundChromium> => {
  throw new Error("Cannot find package '@sparticuz/chromium'");
};
const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

// Which Chromium the tools take, on machines described by what exists on them.
test.each([
  {
    machine: 'CHROMIUM_PATH set, and there',
    env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
    files: ['/opt/chrome/chrome', '/usr/bin/chromium'],
    found: { path: '/opt/chrome/chrome', from: 'CHROMIUM_PATH' },
  },
  {
    machine: 'Debian’s Chromium',
    env: {},
    files: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    found: { path: '/usr/bin/chromium', from: '/usr/bin/chromium' },
  },
  {
    machine: 'Ubuntu’s Chromium, at the second usual path',
    env: { CHROMIUM_PATH: '' },
    files: ['/usr/bin/chromium-browser'],
    found: { path: '/usr/bin/chromium-browser', from: '/usr/bin/chromium-browser' },
  },
  {
    machine: 'no system Chromium',
    env: {},
    files: [],
    found: { path: '/cache/chromium', from: '@sparticuz/chromium 1.0.0' },
  },
])('$machine', async ({ env, files, found }) => {
  expect(await findChromium({ env, systemPaths: SYSTEM, exists: (path) => files.includes(path), packaged })).toEqual(
    found,
  );
});

test('a CHROMIUM_PATH that leads nowhere is an error, not a reason to take another browser', async () => {
  await expect(
    findChromium({
      env: { CHROMIUM_PATH: '/nowhere/chrome' },
      systemPaths: SYSTEM,
      exists: (path) => path === SYSTEM[0],
      packaged,
    }),
  ).rejects.toThrow('CHROMIUM_PATH is /nowhere/chrome, which does not exist: set it to a Chromium binary, or unset it');
});

test('with no system Chromium and no package, the error says what to install, in one line', async () => {
  const error = await findChromium({ env: {}, systemPaths: SYSTEM, exists: () => false, packaged: notInstalled }).catch(
    (caught: Error) => caught,
  );
  expect((error as Error).message).toBe(
    `no Chromium at /usr/bin/chromium, /usr/bin/chromium-browser, and the packaged one cannot be used (Cannot find package '@sparticuz/chromium'): ${INSTALL_HINT}`,
  );
  expect((error as Error).message).not.toContain('\n');
});

test.each([
  [
    'browserType.launch: Failed to launch the browser process!\n[pid=11340][err] /x/chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory\n\nTROUBLESHOOTING: …',
    '/x/chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory',
  ],
  [
    'browserType.launch: Target page, context or browser has been closed\nBrowser logs: …',
    'browserType.launch: Target page, context or browser has been closed',
  ],
])('a failed launch is told by the line that says why', (message, line) => {
  expect(launchProblem(message)).toBe(line);
});
