// PurgeCSS over Designsystemet's stylesheets only (src/styles/designsystemet.css and what it
// imports): the package ships every variant, size and colour of each component, and a page uses a
// few. The site's own CSS is left alone: its class names are partly built at run time
// (`status-${status}`), which a content scan cannot see.
import { readdirSync, readFileSync } from 'node:fs';
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';

const ENTRY = 'src/styles/designsystemet.css';
// Design tokens the site's own CSS reads: PurgeCSS only sees uses inside the file it purges.
const siteStyles = readdirSync('src/styles').filter((name) => name.endsWith('.css') && `src/styles/${name}` !== ENTRY);
const tokensUsedBySite = [
  ...siteStyles
    .map((name) => readFileSync(`src/styles/${name}`, 'utf8'))
    .join('\n')
    .matchAll(/var\((--ds-[\w-]+)/g),
].map((match) => match[1]);

const purge = purgeCSSPlugin({
  content: ['src/**/*.{astro,ts,mdx}'],
  variables: true,
  keyframes: true,
  safelist: {
    // Elements that guideline Markdown produces (src/lib/render.ts) without naming them in src/.
    standard: [
      /^(html|body|:root|a|p|ul|ol|li|table|caption|thead|tbody|tfoot|tr|th|td|summary|details|input|button|label|select|textarea|h[1-6]|strong|em|sup|del|ins|mark|blockquote|code)$/,
    ],
    variables: tokensUsedBySite,
  },
});

/** The PostCSS configuration of the build (astro.config.mjs `vite.css.postcss`). */
export default {
  plugins: [
    {
      postcssPlugin: 'designsystemet-purge',
      OnceExit(root, helpers) {
        if (root.source?.input.file?.replaceAll('\\', '/').endsWith(ENTRY)) return purge.OnceExit(root, helpers);
      },
    },
  ],
};
