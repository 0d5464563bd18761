import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * Layers point one way: cli → server → gateway → subgraphs → graphql (the engine) → db, and the seed
 * beside them (cli → seed → subgraphs, db). A file of a layer imports no layer above it; config.ts and
 * migrations/ are below everything. (Imports between subgraphs are a rule of their own.)
 */
const ABOVE = {
  db: ['graphql', 'subgraphs', 'seed', 'gateway', 'server', 'cli'],
  graphql: ['subgraphs', 'seed', 'gateway', 'server', 'cli'],
  subgraphs: ['seed', 'gateway', 'server', 'cli'],
  seed: ['gateway', 'server', 'cli'],
  gateway: ['seed', 'server', 'cli'],
  server: ['seed', 'cli'],
};
const LAYER_RULES = Object.entries(ABOVE).map(([layer, above]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            // Relative imports climbing out of src/<layer>/ into a folder above it.
            regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
            message: `Layers point one way (cli → server → gateway → subgraphs → graphql → db; cli → seed): src/${layer}/ imports none of ${above.join(', ')}.`,
          },
        ],
      },
    ],
  },
}));

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
  ...LAYER_RULES,
  {
    files: ['**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The dashboard's browser modules (web/): ES modules with the browser's globals, ECharts' and graphql-sse's scripts.
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
        // graphql-sse's browser build (the live panels).
        graphqlSse: 'readonly',
        sessionStorage: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
