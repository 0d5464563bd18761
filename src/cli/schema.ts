import 'reflect-metadata';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_DIR } from '../config';
import { apiSchemaSdl, buildAllSubgraphs, composeSupergraph } from '../gateway/subgraphs';
import { log, runCli, UsageError } from './run';

const USAGE = `usage: npm run schema            write schema/: each subgraph's SDL, the supergraph and the API schema
       npm run schema:check      fail (exit 1) when schema/ is stale or does not compose`;

/** What schema/ should contain: each subgraph's SDL and the composed supergraph. */
export async function expectedSchemaFiles(): Promise<Record<string, string>> {
  const subgraphs = await buildAllSubgraphs();
  const files: Record<string, string> = {};
  for (const subgraph of subgraphs) files[`${subgraph.name}.graphql`] = `${subgraph.sdl.trim()}\n`;
  files['supergraph.graphql'] = `${composeSupergraph(subgraphs).trim()}\n`;
  files['api.graphql'] = `${apiSchemaSdl(subgraphs).trim()}\n`;
  return files;
}

/** `npm run schema` writes schema/; `npm run schema:check` fails when schema/ is stale or does not compose. */
if (require.main === module) {
  runCli({
    usage: USAGE,
    main: async () => {
      const check = process.argv.includes('--check');
      const unknown = process.argv.slice(2).find((arg) => arg !== '--check');
      if (unknown) throw new UsageError(`unknown argument "${unknown}"`);
      const files = await expectedSchemaFiles();
      const stale: string[] = [];
      await mkdir(SCHEMA_DIR, { recursive: true });
      for (const [name, content] of Object.entries(files)) {
        const file = path.join(SCHEMA_DIR, name);
        const current = await readFile(file, 'utf8').catch(() => null);
        if (current === content) continue;
        if (check) stale.push(name);
        else await writeFile(file, content);
      }
      if (check && stale.length) {
        log(`schema/ is stale (${stale.join(', ')}): run \`npm run schema\` and commit the result`);
        return 1;
      }
      log(
        check
          ? 'schema/ is up to date and composes'
          : `wrote ${Object.keys(files)
              .map((f) => `schema/${f}`)
              .join(', ')}`,
      );
    },
  });
}
