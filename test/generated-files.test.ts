import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODEGEN_FOLDERS } from '../src/cli/codegen-files';
import { expectedGeneratedFiles, staleGeneratedFiles } from '../src/cli/schema';
import { PROJECT_ROOT } from '../src/config';

/*
 * `npm run schema:check` (run by CI): every generated file (schema/*.graphql, the supergraph, the
 * typed documents in test/generated/ and the trusted documents in schema/trusted-documents/) is
 * regenerated from the code and the operations and compared with the committed one. Here against the
 * repository, and against a copy with one file stale, one missing and one left over.
 */

let files: Record<string, string>;
let copy: string;

beforeAll(async () => {
  files = await expectedGeneratedFiles();
  copy = await mkdtemp(path.join(os.tmpdir(), 'agapi-generated-'));
  for (const folder of ['schema', ...CODEGEN_FOLDERS]) {
    await cp(path.join(PROJECT_ROOT, folder), path.join(copy, folder), { recursive: true });
  }
}, 180_000);
afterAll(() => (copy ? rm(copy, { recursive: true, force: true }) : undefined));

describe('generated files', () => {
  it('covers the schema, the supergraph, the typed documents and the trusted documents', () => {
    expect(Object.keys(files).sort()).toEqual([
      'schema/api.graphql',
      'schema/assistance.graphql',
      'schema/directory.graphql',
      'schema/people.graphql',
      'schema/supergraph.graphql',
      'schema/trusted-documents/gql.ts',
      'schema/trusted-documents/graphql.ts',
      'schema/trusted-documents/index.ts',
      'schema/trusted-documents/persisted-documents.json',
      'test/generated/operations.ts',
    ]);
  });

  it('the committed ones are current (run `npm run schema` when this fails)', async () => {
    expect(await staleGeneratedFiles(files)).toEqual([]);
  });

  it('names a stale, a missing and a left-over file', async () => {
    expect(await staleGeneratedFiles(files, copy)).toEqual([]);
    // A trusted document whose operation changed, typed documents deleted, a file codegen no longer writes.
    const manifest = path.join(copy, 'schema/trusted-documents/persisted-documents.json');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('provinces', 'provinces2'));
    await rm(path.join(copy, 'test/generated/operations.ts'));
    await writeFile(path.join(copy, 'schema/trusted-documents/fragment-masking.ts'), 'export {};\n');
    expect((await staleGeneratedFiles(files, copy)).sort()).toEqual([
      'schema/trusted-documents/fragment-masking.ts (no longer generated)',
      'schema/trusted-documents/persisted-documents.json',
      'test/generated/operations.ts (missing)',
    ]);
  });
});
