import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The layer rule of eslint.config.mjs (no-restricted-imports per folder of src/): an import from a layer
 * above fails lint, one from below passes; so does an import from one subgraph's folder into another's.
 * Linted as text at a path inside each folder. And the source itself: its folder graph, read from its
 * imports, has no cycle and no edge between subgraphs.
 */

const eslint = new ESLint();

/** The rule's messages for `source` as if it were the file at `filePath`. */
async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rule', () => {
  it.each([
    ['src/db/probe.ts', '../graphql/errors'],
    ['src/db/probe.ts', '../shared/value-types'],
    // The engine names no domain type: shared/ is above it.
    ['src/graphql/listing/probe.ts', '../../shared/cross-links'],
    // shared/ is below every subgraph.
    ['src/shared/probe.ts', '../subgraphs/directory/enums'],
    ['src/shared/probe.ts', '../seed'],
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
    const errors = await importErrors(filePath, `import { x } from '${target}';\nexport const y = x;\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Layers point one way/);
  });

  it.each([
    ['src/db/probe.ts', '../config'],
    ['src/db/probe.ts', './sql'],
    ['src/graphql/mutations/probe.ts', '../../db/sql'],
    ['src/seed/probe.ts', '../subgraphs/entities'],
    ['src/seed/probe.ts', '../shared/value-types'],
    ['src/shared/probe.ts', '../graphql/listing/listing'],
    ['src/shared/probe.ts', '../db/base.entity'],
    ['src/cli/probe.ts', '../seed'],
  ])('%s may import %s', async (filePath, target) => {
    expect(await importErrors(filePath, `import { x } from '${target}';\nexport const y = x;\n`)).toEqual([]);
  });
});

describe('the subgraph rule', () => {
  it.each([
    ['src/subgraphs/assistance/activity/probe.ts', '../../directory/school/school.entity'],
    ['src/subgraphs/assistance/statistics/probe.ts', '../../directory/enums'],
    ['src/subgraphs/assistance/probe.ts', '../people/person/person.entity'],
    ['src/subgraphs/people/person/probe.ts', '../../assistance/activity/activity.entity'],
    ['src/subgraphs/directory/school/probe.ts', '../../people/appointment/appointment.entity'],
    ['src/subgraphs/directory/probe.ts', '../assistance'],
    // The root of src/subgraphs/ loads every subgraph.
    ['src/subgraphs/people/probe.ts', '..'],
    ['src/subgraphs/people/probe.ts', '../entities'],
    ['src/subgraphs/assistance/guidance/probe.ts', '../../index'],
    // Climbing to src/ and back in.
    ['src/subgraphs/assistance/plan/probe.ts', '../../../subgraphs/directory/school/school.entity'],
    // Nothing in src/subgraphs/ is shared by the subgraphs any more (src/shared/ is).
    ['src/subgraphs/assistance/probe.ts', '../shared/value-types'],
    ['src/subgraphs/people/person/probe.ts', '../../shared/cross-links'],
  ])('%s may not import %s', async (filePath, target) => {
    const errors = await importErrors(filePath, `import { x } from '${target}';\nexport const y = x;\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Subgraphs stand alone/);
  });

  it('still refuses the layers above in a subgraph folder', async () => {
    const errors = await importErrors(
      'src/subgraphs/people/probe.ts',
      `import { x } from '../../seed';\nexport const y = x;\n`,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Layers point one way/);
  });

  it.each([
    ['src/subgraphs/assistance/activity/probe.ts', '../enums'],
    ['src/subgraphs/assistance/activity/probe.ts', '../../../shared/cross-links'],
    ['src/subgraphs/assistance/probe.ts', '../../shared/value-types'],
    ['src/subgraphs/assistance/activity/probe.ts', '../../../graphql/errors'],
    ['src/subgraphs/people/probe.ts', '../../db/sql'],
    ['src/subgraphs/index.ts', './directory'],
    ['src/subgraphs/entities.ts', '.'],
  ])('%s may import %s', async (filePath, target) => {
    expect(await importErrors(filePath, `import { x } from '${target}';\nexport const y = x;\n`)).toEqual([]);
  });
});

/** Each subgraph folder is a node of its own; any other file is its top folder of src/ (or `src` itself). */
function folderOf(file: string): string {
  const parts = path.relative('src', file).split(path.sep);
  if (parts.length === 1) return 'src';
  if (parts[0] === 'subgraphs' && parts.length > 2) return `subgraphs/${parts[1]}`;
  return parts[0]!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** Every relative import of src/: [importing file, imported path], side-effect imports and re-exports too. */
function imports(): [string, string][] {
  return sourceFiles('src').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'(\.[^']*)'/g)].map(([, target]): [string, string] => [
      file,
      path.join(path.dirname(file), target!),
    ]),
  );
}

describe('the source', () => {
  const SUBGRAPHS = ['assistance', 'directory', 'people'];

  it('has no import from one subgraph folder into another', () => {
    const crossing = imports()
      .map(([file, target]) => `${folderOf(file)} → ${folderOf(path.join(target, 'x'))}: ${file}`)
      .filter((line) => {
        const [from, to] = line.split(': ')[0]!.split(' → ');
        const wing = (folder: string) => SUBGRAPHS.some((name) => folder === `subgraphs/${name}`);
        return wing(from!) && (wing(to!) || to === 'subgraphs') && from !== to;
      });
    expect(crossing).toEqual([]);
  });

  it('has a folder graph without cycles', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, target] of imports()) {
      const from = folderOf(file);
      const to = folderOf(target.endsWith('.ts') ? target : path.join(target, 'x'));
      if (from === to || to === 'src' || !target.startsWith('src')) continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
    // Depth-first: a folder reached again while still on the path closes a cycle.
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (folder: string, trail: string[]) => {
      if (state.get(folder) === 'done') return;
      if (state.get(folder) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(folder)), folder].join(' → '));
        return;
      }
      state.set(folder, 'open');
      for (const next of edges.get(folder) ?? []) visit(next, [...trail, folder]);
      state.set(folder, 'done');
    };
    for (const folder of edges.keys()) visit(folder, []);
    expect(cycles).toEqual([]);
    // The check sees the graph: the subgraphs' root depends on each subgraph, each on the engine.
    expect(edges.get('subgraphs')).toContain('subgraphs/directory');
    expect(edges.get('subgraphs/assistance')).toContain('graphql');
  });
});
