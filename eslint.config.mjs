import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      '.data/',
      'bench-results/',
      '.cache/',
      'src/generated/',
      'schema/trusted-documents/',
      'migrations/Migration*.ts',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Decorated entity classes declare relations with `!`; empty constructors come from type-graphql factories.
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // Layers point one way (cli → server → gateway → subgraphs → graphql → db; seed beside cli):
    // db/ is the bottom and imports nothing above it.
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(graphql|subgraphs|server|gateway|cli|seed)(/|$)',
              message:
                'src/db/ is the bottom layer: it must not import from graphql, subgraphs, server, gateway, cli or seed.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The dashboard's browser modules (web/): ES modules with the browser's globals and ECharts' script.
    files: ['web/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: {
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
        console: 'readonly',
        FormData: 'readonly',
        Node: 'readonly',
        echarts: 'readonly',
      },
    },
  },
);
