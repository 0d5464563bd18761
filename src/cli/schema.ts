import 'reflect-metadata';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { apiSchemaSdl, buildAllSubgraphs, composeSupergraph } from '../gateway/subgraphs';
import { expectedCodegenFiles, presentCodegenFiles } from './codegen-files';
import { log, runCli, UsageError } from './run';

const USAGE = `usage: npm run schema            write every generated file: schema/ (each subgraph's SDL, the supergraph,
                                 the API schema), test/generated/ and schema/trusted-documents/ (codegen.yml)
       npm run schema:check      fail (exit 1) when a generated file is stale, missing or left over, or the
                                 subgraphs do not compose`;

/** What schema/ should contain: each subgraph's SDL and the composed supergraph. */
export async function expectedSchemaFiles(): Promise<Record<string, string>> {
  const subgraphs = await buildAllSubgraphs();
  const files: Record<string, string> = {};
  for (const subgraph of subgraphs) files[`${subgraph.name}.graphql`] = `${subgraph.sdl.trim()}\n`;
  files['supergraph.graphql'] = `${composeSupergraph(subgraphs).trim()}\n`;
  files['api.graphql'] = `${apiSchemaSdl(subgraphs).trim()}\n`;
  return files;
}

/**
 * Every generated file, by path relative to the project root: schema/ (each subgraph's SDL, the
 * supergraph, the client-facing schema) and what codegen.yml makes from the client-facing schema and
 * the operations (typed documents for the tests, trusted documents).
 */
export async function expectedGeneratedFiles(): Promise<Record<string, string>> {
  const schemaFiles = await expectedSchemaFiles();
  const files: Record<string, string> = {};
  for (const [name, content] of Object.entries(schemaFiles)) files[path.join('schema', name)] = content;
  return { ...files, ...(await expectedCodegenFiles(schemaFiles['api.graphql']!)) };
}

/** The generated files under `root` that differ from `files`, are missing, or are no longer generated. */
export async function staleGeneratedFiles(files: Record<string, string>, root = PROJECT_ROOT): Promise<string[]> {
  const stale: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const current = await readFile(path.join(root, name), 'utf8').catch(() => null);
    if (current !== content) stale.push(current === null ? `${name} (missing)` : name);
  }
  for (const name of await presentCodegenFiles(root)) {
    if (!(name in files)) stale.push(`${name} (no longer generated)`);
  }
  return stale;
}

/**
 * `npm run schema` writes every generated file; `npm run schema:check` regenerates them (codegen's in a
 * temporary folder) and fails when any committed one differs, is missing, or is left over in a folder
 * codegen writes, or when the subgraphs do not compose.
 */
if (require.main === module) {
  runCli({
    usage: USAGE,
    main: async () => {
      const check = process.argv.includes('--check');
      const unknown = process.argv.slice(2).find((arg) => arg !== '--check');
      if (unknown) throw new UsageError(`unknown argument "${unknown}"`);
      const files = await expectedGeneratedFiles();
      if (check) {
        const stale = await staleGeneratedFiles(files);
        if (stale.length) {
          log(`generated files are stale: ${stale.join(', ')}; run \`npm run schema\` and commit the result`);
          return 1;
        }
        log(`all ${Object.keys(files).length} generated files are up to date, and the subgraphs compose`);
        return;
      }
      for (const [name, content] of Object.entries(files)) {
        const file = path.join(PROJECT_ROOT, name);
        if ((await readFile(file, 'utf8').catch(() => null)) === content) continue;
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, content);
      }
      for (const name of await presentCodegenFiles()) {
        if (!(name in files)) await rm(path.join(PROJECT_ROOT, name));
      }
      log(`wrote ${Object.keys(files).join(', ')}`);
    },
  });
}
