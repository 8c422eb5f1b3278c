// Which Chromium the command-line tools and the browser tests drive: CHROMIUM_PATH when it is set,
// else a system's Chromium at one of the usual paths, else the one the npm package
// @sparticuz/chromium ships in its tarball (brotli-compressed, unpacked once into
// node_modules/.cache/), so that a clone needs nothing beside `npm install`.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SetupError } from './cli.ts';

/** Where a system's Chromium usually is: Debian, Ubuntu and Fedora's packages, the snap, Google's Chrome. */
export const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** What to do when there is no browser at all: one line, for `npm test` and the tools. */
export const INSTALL_HINT =
  'install a Chromium (Debian and Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to one, or run npm install again to bring back the one @sparticuz/chromium ships';

/** A Chromium to drive, and where it came from, as the tools say it. */
export interface FoundChromium {
  path: string;
  /** `CHROMIUM_PATH`, the system path it was found at, or `@sparticuz/chromium <version>`. */
  from: string;
}

/** What findChromium looks at; the tests give their own. */
export interface ChromiumPlaces {
  env?: Readonly<Record<string, string | undefined>>;
  systemPaths?: readonly string[];
  exists?: (path: string) => boolean;
  /** Unpacks the packaged Chromium and resolves to it; rejects when the package is not installed. */
  packaged?: () => Promise<FoundChromium>;
}

/** The Chromium to drive: CHROMIUM_PATH, else the first usual system path that exists, else the packaged one. */
export async function findChromium({
  env = process.env,
  systemPaths = SYSTEM_CHROMIUMS,
  exists = existsSync,
  packaged = packagedChromium,
}: ChromiumPlaces = {}): Promise<FoundChromium> {
  const wanted = env.CHROMIUM_PATH;
  if (wanted) {
    // Named on purpose: a wrong path is an error, not a reason to take another browser.
    if (!exists(wanted)) {
      throw new SetupError(
        `CHROMIUM_PATH is ${wanted}, which does not exist`,
        `set it to a Chromium binary, or unset it`,
      );
    }
    return { path: wanted, from: 'CHROMIUM_PATH' };
  }
  const system = systemPaths.find((path) => exists(path));
  if (system !== undefined) return { path: system, from: system };
  try {
    return await packaged();
  } catch (error) {
    throw new SetupError(
      `no Chromium at ${systemPaths.join(', ')}, and the packaged one cannot be used (${(error as Error).message})`,
      INSTALL_HINT,
    );
  }
}

const CACHE = fileURLToPath(new URL('../../node_modules/.cache/chromium/', import.meta.url));

/**
 * The Chromium @sparticuz/chromium ships, unpacked into node_modules/.cache/chromium/<version>/ the
 * first time (some seconds). The package unpacks into the system's temporary folder, shared by every
 * clone and version on the machine, and a second process could start a half-written binary: here
 * it unpacks into a folder of this process's own (it takes TMPDIR for it), renamed into place whole.
 */
export async function packagedChromium(): Promise<FoundChromium> {
  const entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'));
  const { version } = JSON.parse(await readFile(join(entry, '../../package.json'), 'utf8')) as { version: string };
  const from = `@sparticuz/chromium ${version}`;
  const dir = join(CACHE, version);
  if (existsSync(join(dir, 'chromium'))) return { path: join(dir, 'chromium'), from };
  const { default: Chromium } = await import('@sparticuz/chromium');
  const partial = `${dir}.${process.pid}`;
  await mkdir(partial, { recursive: true });
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = partial;
  // executablePath() reads TMPDIR before its first await: the folder is taken when it is called.
  const unpacking = Chromium.executablePath();
  if (tmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = tmpdir;
  try {
    await unpacking;
    await rename(partial, dir);
  } catch (error) {
    // Another process may have put the same version in place first; any other failure stands.
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(join(dir, 'chromium'))) throw error;
  }
  return { path: join(dir, 'chromium'), from };
}
