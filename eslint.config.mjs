import { readdirSync } from 'node:fs';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * Layers point one way: cli → server → gateway → subgraphs → shared → graphql (the engine) → db, and the
 * seed beside them (cli → seed → subgraphs, shared, db). A file of a layer imports no layer above it;
 * config.ts and migrations/ are below everything. shared/ holds what every subgraph uses and none owns
 * (the cross-subgraph relations by foreign key, shared value types), so that the engine below it names
 * no domain type. (Imports between subgraphs are a rule of their own, below.)
 */
const ABOVE = {
  db: ['shared', 'graphql', 'subgraphs', 'seed', 'gateway', 'server', 'cli'],
  graphql: ['shared', 'subgraphs', 'seed', 'gateway', 'server', 'cli'],
  shared: ['subgraphs', 'seed', 'gateway', 'server', 'cli'],
  subgraphs: ['seed', 'gateway', 'server', 'cli'],
  seed: ['gateway', 'server', 'cli'],
  gateway: ['seed', 'server', 'cli'],
  server: ['seed', 'cli'],
};
/** A relative import climbing out of src/<layer>/ into a folder above it. */
const layerPattern = (layer, above) => ({
  regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
  message: `Layers point one way (cli → server → gateway → subgraphs → shared → graphql → db; cli → seed): src/${layer}/ imports none of ${above.join(', ')}.`,
});

const LAYER_RULES = Object.entries(ABOVE).map(([layer, above]) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { patterns: [layerPattern(layer, above)] }] },
}));

/*
 * Subgraphs stand alone: a file of src/subgraphs/<name>/ imports its own folder and the layers below
 * (shared, graphql, db, config), never another subgraph nor the root files of src/subgraphs/ (index.ts,
 * entities.ts… which load every subgraph). Written per depth of the importing file, where `../` × k is
 * src/subgraphs/ itself.
 */
const WINGS = readdirSync(new globalThis.URL('./src/subgraphs/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const WING_MESSAGE =
  'Subgraphs stand alone: src/subgraphs/<name>/ imports only its own folder and shared, graphql, db, config; cross-subgraph relations go by foreign key through src/shared/cross-links.ts.';
const WING_RULES = WINGS.flatMap((wing) =>
  [1, 2, 3, 4, 5].map((k) => {
    const up = '\\.\\./'.repeat(k);
    return {
      files: [`src/subgraphs/${wing}/${'*/'.repeat(k - 1)}*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              layerPattern('subgraphs', ABOVE.subgraphs),
              // Anything in src/subgraphs/ ('../people/…'), or src/subgraphs/ itself ('..', '../index').
              { regex: `^${up}[^.]`, message: WING_MESSAGE },
              { regex: `^${up.slice(0, -1)}$`, message: WING_MESSAGE },
              // Climbing to src/ and back down into src/subgraphs/.
              { regex: `^${up}\\.\\./subgraphs(/|$)`, message: WING_MESSAGE },
            ],
          },
        ],
      },
    };
  }),
);

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
  ...WING_RULES,
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
