// The lint rules for the whole project: ESLint's and typescript-eslint's recommended sets.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Generated code follows its generator's style; the staleness test keeps it honest.
  { ignores: ['dist/', 'node_modules/', 'neo4j/target/', 'bench/results/', '.data/', 'coverage/', '**/generated/', '.stryker-tmp*/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    // Leaving a field out of a copy (`const { draft, ...rest } = finding`) names the field on purpose.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  { files: ['client/**', 'server/graphiql/*.js'], languageOptions: { globals: { ...globals.browser } } },
  {
    // Tests and the bench read JSON answers whose shape the assertions check; a wrong guess fails the run anyway.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-unsafe-optional-chaining': 'off' },
  },
);
