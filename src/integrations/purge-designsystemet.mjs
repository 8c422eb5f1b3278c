// PurgeCSS over Designsystemet's stylesheets only (src/styles/designsystemet.css and what it
// imports): the package ships every variant, size and colour of each component, and a page uses a
// few. The site's own CSS is left alone: its class names are partly built at run time
// (`status-${status}`), which a content scan cannot see.
// The purged stylesheets are kept in node_modules/.cache/designsystemet-css/ (DESIGNSYSTEMET_CACHE_DIR
// puts them elsewhere), each named by the hash of the stylesheet before purging, of src/ (the content
// PurgeCSS scans and the site's CSS whose tokens it keeps), of this file and of the installed packages:
// a build with the same inputs reads the kept stylesheet, the same bytes, and loads no PurgeCSS.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashInputs, LOCK_FILES } from './input-hash.ts';

const ENTRY = 'src/styles/designsystemet.css';
// Designsystemet's choice controls (select, checkbox, radio, switch, text area) are in a stylesheet of
// their own, loaded only where a page has one: about a kilobyte (gzip) off every other page.
const CHOICES = 'src/styles/designsystemet-choices.css';
const ENTRIES = [ENTRY, CHOICES];
const CHOICE = /select|checkbox|radio|switch|textarea/;
// Design tokens the site's own CSS reads: PurgeCSS only sees uses inside the file it purges.
const siteStyles = readdirSync('src/styles').filter(
  (name) => name.endsWith('.css') && !ENTRIES.includes(`src/styles/${name}`),
);
const tokensUsedBySite = [
  ...siteStyles
    .map((name) => readFileSync(`src/styles/${name}`, 'utf8'))
    .join('\n')
    .matchAll(/var\((--ds-[\w-]+)/g),
].map((match) => match[1]);

/** PurgeCSS, loaded when a stylesheet is purged (not when a kept one is read). */
const purgeCSS = async () =>
  (await import('@fullhuman/postcss-purgecss')).default({
    content: ['src/**/*.{astro,ts,mdx}'],
    variables: true,
    keyframes: true,
    safelist: {
      // Elements that guideline Markdown produces (src/lib/render/clause-html.ts) without naming them in src/.
      standard: [
        /^(html|body|:root|a|p|ul|ol|li|table|caption|thead|tbody|tfoot|tr|th|td|summary|details|input|button|label|select|textarea|h[1-6]|strong|em|sup|del|ins|mark|blockquote|code)$/,
      ],
      variables: tokensUsedBySite,
    },
  });
let purge;

/** What a purged stylesheet is made from besides the stylesheet itself (src/ holds this file too). */
const INPUTS = ['src', ...LOCK_FILES];

/** The purged stylesheet kept for `css` (the stylesheet before purging) as `entry`, or null; `keep` keeps one. */
function keptStylesheet(css, entry) {
  const cache = process.env.DESIGNSYSTEMET_CACHE_DIR ?? 'node_modules/.cache/designsystemet-css';
  const key = createHash('sha256').update(entry).update('\0').update(hashInputs('.', INPUTS)).update('\0').update(css);
  const file = join(cache, `${key.digest('hex').slice(0, 20)}.css`);
  let text = null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // Not kept yet.
  }
  return {
    text,
    keep: (purged) => {
      // Written under a name of its own and renamed, so that builds running at once never read half a file.
      const partial = `${file}.${process.pid}`;
      try {
        mkdirSync(cache, { recursive: true });
        writeFileSync(partial, purged);
        renameSync(partial, file);
      } catch {
        // A read-only node_modules: the next build purges again.
        rmSync(partial, { force: true });
      }
    },
  };
}

// Splits each rule's selectors between the two stylesheets: those naming a choice control go to
// CHOICES (`choices` true), the others stay in ENTRY. A rule, and an at-rule, left empty goes.
function keepChoices(root, choices) {
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes/.test(rule.parent.name)) return;
    const kept = rule.selectors.filter((selector) => CHOICE.test(selector) === choices);
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  let empty = true;
  while (empty) {
    empty = false;
    root.walkAtRules((atRule) => {
      if (atRule.nodes && atRule.nodes.length === 0) {
        atRule.remove();
        empty = true;
      }
    });
  }
}

// The colour schemes a page can ask for: the values of `data-color-scheme` the layouts set (only «auto»,
// which follows the reader's system). PurgeCSS keeps `[data-color-scheme="dark"]` and `…="light"` because
// the attribute's name is in the content; their rules could only apply to an element no page has.
const schemesSet = new Set(
  readdirSync('src/layouts')
    .map((name) => readFileSync(`src/layouts/${name}`, 'utf8'))
    .flatMap((text) => [...text.matchAll(/data-color-scheme="(\w+)"/g)].map((match) => match[1])),
);
const SCHEME = /\[data-color-scheme=["']?(\w+)["']?\]/;

// Drops the selectors of schemes no page sets, and the «auto» rule for a light system that says again,
// word for word, what the light scheme's `:root` rule says (in the same layer): about 50 bytes (gzip)
// off every page (the reading page's budget, README).
function dropUnusedSchemes(root) {
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => {
      const scheme = selector.match(SCHEME)?.[1];
      return !scheme || schemesSet.has(scheme);
    });
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  const declarations = (rule) => rule.nodes.map((node) => node.toString()).join(';');
  root.walkAtRules('media', (media) => {
    if (!/prefers-color-scheme:\s*light/.test(media.params)) return;
    const rootRule = media.parent?.nodes?.find((node) => node.type === 'rule' && node.selector === ':root');
    for (const rule of media.nodes ?? [])
      if (rule.type === 'rule' && rootRule && declarations(rule) === declarations(rootRule)) rule.remove();
  });
}

/** The PostCSS configuration of the build (astro.config.mjs `vite.css.postcss`). */
export default {
  plugins: [
    {
      postcssPlugin: 'designsystemet-purge',
      async OnceExit(root, helpers) {
        const file = root.source?.input.file?.replaceAll('\\', '/') ?? '';
        const entry = ENTRIES.find((name) => file.endsWith(name));
        if (!entry) return;
        const kept = keptStylesheet(root.toString(), entry);
        if (kept.text !== null) {
          const purged = helpers.postcss.parse(kept.text, { from: root.source?.input.file });
          root.removeAll();
          root.append(purged.nodes);
          root.raws = purged.raws;
          return;
        }
        purge ??= await purgeCSS();
        await purge.OnceExit(root, helpers);
        keepChoices(root, entry === CHOICES);
        dropUnusedSchemes(root);
        kept.keep(root.toString());
      },
    },
  ],
};
