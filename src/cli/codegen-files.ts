import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../config';

/*
 * The files codegen.yml generates from the client-facing schema and the operations: the typed
 * documents the tests import (test/generated/) and the trusted documents (schema/trusted-documents/).
 * Generated from the schema as the code now prints it rather than the committed schema/api.graphql,
 * and formatted as codegen.yml's Prettier hook formats them, so that
 * `npm run schema:check` can compare them with the committed files byte for byte.
 */

/** The folders whose every file codegen writes: a file there that it no longer writes is stale too. */
export const CODEGEN_FOLDERS = ['schema/trusted-documents', 'test/generated'];

/**
 * Codegen's output for `apiSdl` (the client-facing schema), by path relative to the project root:
 * codegen.yml run by the codegen command itself (in a child process, as `npm run codegen` runs it)
 * with the schema and every output moved to a temporary folder, then each file formatted as the
 * Prettier hook formats it at its real place.
 */
export async function expectedCodegenFiles(apiSdl: string): Promise<Record<string, string>> {
  // Development tools, loaded only by this command (not by the server).
  const { loadCodegenConfig } = await import('@graphql-codegen/cli');
  const prettier = await import('prettier');
  const { config } = await loadCodegenConfig({ configFilePath: path.join(PROJECT_ROOT, 'codegen.yml') });
  const temp = await mkdtemp(path.join(os.tmpdir(), 'agapi-codegen-'));
  try {
    await writeFile(path.join(temp, 'api.graphql'), apiSdl);
    const outputs = Object.keys(config.generates);
    const moved = {
      ...config,
      schema: path.join(temp, 'api.graphql'),
      hooks: {},
      generates: Object.fromEntries(Object.entries(config.generates).map(([out, how]) => [path.join(temp, out), how])),
    };
    await writeFile(path.join(temp, 'codegen.json'), JSON.stringify(moved));
    const cli = path.join(path.dirname(require.resolve('@graphql-codegen/cli/package.json')), 'cjs', 'bin.js');
    await promisify(execFile)(process.execPath, [cli, '--config', path.join(temp, 'codegen.json'), '--silent'], {
      cwd: PROJECT_ROOT,
    });
    const files: Record<string, string> = {};
    for (const output of outputs) {
      const names = output.endsWith('/')
        ? (await readdir(path.join(temp, output))).map((name) => output + name)
        : [output];
      for (const name of names) {
        const content = await readFile(path.join(temp, name), 'utf8');
        const destination = path.join(PROJECT_ROOT, name);
        const options = await prettier.resolveConfig(destination);
        files[path.normalize(name)] = await prettier.format(content, { ...options, filepath: destination });
      }
    }
    return files;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

/** The files now in the codegen folders under `root`, relative to it. */
export async function presentCodegenFiles(root = PROJECT_ROOT): Promise<string[]> {
  const present: string[] = [];
  for (const folder of CODEGEN_FOLDERS) {
    const names = await readdir(path.join(root, folder)).catch(() => [] as string[]);
    present.push(...names.map((name) => path.join(folder, name)));
  }
  return present;
}
