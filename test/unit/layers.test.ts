import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The layer rule of eslint.config.mjs (no-restricted-imports per folder of src/): an import from a layer
 * above fails lint, one from below passes. Linted as text at a path inside each folder.
 */

const eslint = new ESLint();

/** The rule's messages for `source` as if it were the file at `filePath`. */
async function layerErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rule', () => {
  it.each([
    ['src/db/probe.ts', '../graphql/errors'],
    ['src/db/probe.ts', '../subgraphs/entities'],
    ['src/db/probe.ts', '../seed'],
    ['src/db/probe.ts', '../server/api'],
    ['src/db/probe.ts', '../gateway/gateway'],
    ['src/db/probe.ts', '../cli/bootstrap'],
    ['src/graphql/mutations/probe.ts', '../../subgraphs/entities'],
    ['src/subgraphs/people/probe.ts', '../../seed/facts'],
    ['src/gateway/probe.ts', '../server/api'],
    ['src/server/probe.ts', '../cli/bootstrap'],
  ])('%s may not import %s', async (filePath, target) => {
    const errors = await layerErrors(filePath, `import { x } from '${target}';\nexport const y = x;\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Layers point one way/);
  });

  it.each([
    ['src/db/probe.ts', '../config'],
    ['src/db/probe.ts', './sql'],
    ['src/graphql/mutations/probe.ts', '../../db/sql'],
    ['src/seed/probe.ts', '../subgraphs/entities'],
    ['src/cli/probe.ts', '../seed'],
  ])('%s may import %s', async (filePath, target) => {
    expect(await layerErrors(filePath, `import { x } from '${target}';\nexport const y = x;\n`)).toEqual([]);
  });
});
