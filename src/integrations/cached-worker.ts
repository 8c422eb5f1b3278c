// The import page's worker (src/client/own-file/worker.ts) bundles the import, the parser, the register
// and the comparison with their libraries: 1.3 MB, whose bundling and minifying took most of the
// build's client bundle (about a second, the rest of it a tenth). Its inputs rarely change between
// builds, so its output is kept in node_modules/.cache/own-file-worker/<key>/, the key a hash of every
// file it could be made from (src/lib, src/client, src/types, the build's configuration and
// integrations, the installed packages' lock files) and of the build settings it depends on. While the
// key is the same, the build emits the kept files (the same names, the same bytes) and points the page
// at them instead of bundling the worker again; a change to any of those files bundles it afresh.
// The dev server is left alone (apply: 'build'). WORKER_CACHE_DIR puts the kept output elsewhere.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import { version as viteVersion, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { hashInputs, LOCK_FILES } from './input-hash.ts';

/** What the worker's output could change with: folders (every file in them) and files, from the project's root. */
const INPUT_FOLDERS = ['src/lib', 'src/client', 'src/types', 'src/integrations'];
const INPUT_FILES = ['astro.config.mjs', ...LOCK_FILES, 'tsconfig.json', 'tsconfig.client.json'];

/** The kept output: the worker's entry file and every file of the worker's bundle, by name under the build's folder. */
interface Kept {
  entry: string;
  files: string[];
}

/** The import page's worker, bundled once per change of its inputs and kept (see the file's comment). */
export default function cachedWorkerIntegration(): AstroIntegration {
  return {
    name: 'ikt:cached-worker',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        const log = logger.fork('cached-worker');
        const plugins = cachedWorker({
          page: 'src/client/own-file-page.ts',
          worker: 'src/client/own-file/worker.ts',
          log: (message) => log.info(message),
        });
        updateConfig({ vite: { plugins } });
      },
    },
  };
}

/**
 * The Vite plugins for the client build: the worker that `page` starts with `new Worker(new URL(<worker
 * from the page>, import.meta.url))` (both paths from the project's root) is bundled once per change of
 * its inputs, and kept; `log` says which happened.
 */
export function cachedWorker({
  page,
  worker,
  log,
}: {
  page: string;
  worker: string;
  log: (message: string) => void;
}): Plugin[] {
  let config: ResolvedConfig;
  let dir = '';
  let kept: Kept | null = null;
  let entryReference: string | null = null;
  const isPage = (id: string) => relative(config.root, id.split('?')[0]!) === page;
  const workerUrl = `new URL('./${posix.relative(posix.dirname(page), worker)}', import.meta.url)`;
  return [
    {
      name: 'ikt:cached-worker',
      apply: 'build',
      enforce: 'pre',
      applyToEnvironment: (environment) => environment.name === 'client',
      configResolved(resolved) {
        config = resolved;
      },
      buildStart() {
        const settings = {
          vite: viteVersion,
          base: config.base,
          assets: config.build.assetsDir,
          define: config.define,
        };
        const cache = process.env.WORKER_CACHE_DIR ?? join(config.root, 'node_modules/.cache/own-file-worker');
        dir = join(cache, inputsKey(config.root, settings));
        kept = readKept(dir);
        entryReference = null;
        if (kept) log(`${kept.entry} and ${kept.files.length - 1} files of it, kept in ${dir}`);
        for (const fileName of kept?.files ?? [])
          this.emitFile({ type: 'asset', fileName, source: readFileSync(join(dir, fileName)) });
      },
      transform(code, id) {
        if (!kept || !isPage(id)) return null;
        if (!code.includes(workerUrl)) this.error(`${page} no longer starts its worker as ${workerUrl}`);
        // The form Vite writes for a bundled worker's address, so that the page's chunk is the same.
        const url = `new URL(/* @vite-ignore */ ${JSON.stringify(config.base + kept.entry)}, '' + import.meta.url)`;
        return { code: code.replace(workerUrl, url), map: null };
      },
    },
    {
      name: 'ikt:cached-worker-keep',
      apply: 'build',
      enforce: 'post',
      applyToEnvironment: (environment) => environment.name === 'client',
      transform(code, id) {
        // Vite has bundled the worker and referred to its entry file by a reference of the build.
        if (!kept && isPage(id)) entryReference = /import\.meta\.ROLLDOWN_FILE_URL_([\w$]+)/.exec(code)?.[1] ?? null;
        return null;
      },
      generateBundle(_options, bundle) {
        if (kept || !entryReference) return;
        // Keeping is a saving, not a step of the build: should Vite name the worker's files otherwise,
        // the build goes on and says so (the test of this file fails on it).
        try {
          const entry = this.getFileName(entryReference);
          const files = workerFiles(entry, bundle);
          if (keep(dir, { entry, files }, bundle))
            log(`${entry} and ${files.length - 1} files of it bundled, kept in ${dir}`);
        } catch (error) {
          log(`the worker was bundled and not kept: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    },
  ];
}

/** The hash of every input file's path and bytes under `root`, and of the settings: the kept output's name. */
export function inputsKey(root: string, settings: object): string {
  return hashInputs(root, [...INPUT_FOLDERS, ...INPUT_FILES], settings);
}

/** The kept output in `dir`, or null when there is none (or a file of it is missing). */
function readKept(dir: string): Kept | null {
  try {
    const kept = JSON.parse(readFileSync(join(dir, 'kept.json'), 'utf8')) as Kept;
    return kept.files.every((file) => existsSync(join(dir, file))) ? kept : null;
  } catch {
    return null;
  }
}

/**
 * The worker's files in the bundle: its entry and, one after another, every file of the bundle an
 * emitted file names (its chunks, pdfjs-dist's and mammoth's files). The worker's files are assets
 * of the page's build (Vite bundles the worker apart); the page's own chunks are not followed.
 */
function workerFiles(entry: string, bundle: Rollup.OutputBundle): string[] {
  const files = [entry];
  for (let index = 0; index < files.length; index++) {
    const text = assetText(bundle[files[index]!]!);
    const folder = files[index]!.slice(0, files[index]!.lastIndexOf('/') + 1);
    for (const [, name] of text.matchAll(/["'`](?:\.\/|\/[\w/.-]*\/)?([\w.-]+\.m?js)["'`]/g)) {
      const file = folder + name;
      if (bundle[file]?.type === 'asset' && !files.includes(file)) files.push(file);
    }
  }
  return files;
}

/** An asset's text (its bytes as Latin-1 where it is binary: only the names of files are looked for). */
function assetText(file: Rollup.OutputAsset | Rollup.OutputChunk): string {
  if (file.type === 'chunk') return '';
  return typeof file.source === 'string' ? file.source : Buffer.from(file.source).toString('latin1');
}

/** Writes the kept output: under a name of its own, then renamed, so that builds running at once never read half of it. */
function keep(dir: string, kept: Kept, bundle: Rollup.OutputBundle): boolean {
  const partial = `${dir}.${process.pid}`;
  try {
    for (const file of kept.files) {
      mkdirSync(join(partial, file, '..'), { recursive: true });
      writeFileSync(join(partial, file), (bundle[file] as Rollup.OutputAsset).source);
    }
    writeFileSync(join(partial, 'kept.json'), JSON.stringify(kept));
    renameSync(partial, dir);
    return true;
  } catch {
    // Another build kept it first, or node_modules is read-only: the next build bundles the worker again.
    rmSync(partial, { recursive: true, force: true });
    return false;
  }
}
