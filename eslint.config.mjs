// ESLint: what types do not catch. Prettier formats (`npm run lint` runs both checks).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { builtinModules } from 'node:module';

export default tseslint.config(
  { ignores: ['dist/', 'dist-national/', 'node_modules/', '.astro/', 'bench/', 'screenshots/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // The safety checks and their tests name control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // src/lib knows nothing of Astro (docs/architecture.md): its modules run in tests, scripts and the browser.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['astro', 'astro:*', 'astro/*'], message: 'src/lib is plain TypeScript: no Astro.' }] },
      ],
    },
  },
  {
    // The browser boundary: the browser scripts and the lib modules they import run in the page, so
    // they import no Node module and none of the build-time lib folders. tsconfig.client.json checks
    // the same with types (npm run check); this names the import at fault.
    files: [
      'src/client/**',
      'src/lib/search/**',
      'src/lib/print/**',
      'src/lib/render/placeholder.ts',
      'src/lib/model/vocabulary.ts',
      'src/lib/model/types.ts',
      'src/lib/model/published.ts',
      'src/lib/model/routes.ts',
      'src/lib/text/slug.ts',
      'src/lib/model/clause-names.ts',
      'src/lib/obligations/csv.ts',
      'src/lib/obligations/checklist.ts',
      'src/lib/obligations/checklist-csv.ts',
    ],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: 'Browser code: no Node modules.' })),
          patterns: [
            { group: ['node:*'], message: 'Browser code: no Node modules.' },
            { group: ['astro', 'astro:*', 'astro/*'], message: 'Browser code is plain TypeScript: no Astro.' },
            {
              group: [
                '**/parse/*',
                '**/import/*',
                '**/compare/*',
                '**/obligations/*',
                '!**/obligations/csv.ts',
                '!**/obligations/checklist.ts',
                '!**/obligations/checklist-csv.ts',
                '**/versions/*',
              ],
              message: 'Browser code: this lib folder is build-time code (Node, or too heavy for the page).',
            },
            {
              group: ['**/render/*', '!**/render/placeholder.ts', '**/publish/*'],
              allowTypeImports: true,
              message: 'Browser code: of these, only render/placeholder.ts runs in the page.',
            },
          ],
        },
      ],
    },
  },
  {
    // The import page's worker runs the import, the parser, the register and the comparison on the
    // reader's own file: the build-time folders are its job, loaded on that page only. Node modules
    // stay out (tsconfig.client.json checks every module it imports with the DOM's types).
    files: ['src/client/own-file/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: 'Browser code: no Node modules.' })),
          patterns: [
            { group: ['node:*'], message: 'Browser code: no Node modules.' },
            { group: ['astro', 'astro:*', 'astro/*'], message: 'Browser code is plain TypeScript: no Astro.' },
          ],
        },
      ],
    },
  },
);
