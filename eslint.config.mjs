// ESLint: what types do not catch. Prettier formats (`npm run lint` runs both checks).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'bench/', 'screenshots/', 'tests/fixtures/'] },
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
    // src/lib knows nothing of Astro (DESIGN.md): its modules run in tests, scripts and the browser.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['astro', 'astro:*', 'astro/*'], message: 'src/lib is plain TypeScript: no Astro.' }] },
      ],
    },
  },
);
