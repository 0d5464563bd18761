import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/graphql/auth/viewer';
import { startTestApi, type TestApi } from './support/api';

/** The README's "A first query and a first write", run as its reader would, with the token it mints. */
function firstSteps(): { query: string; mutation: string; variables: Record<string, unknown> } {
  const readme = readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');
  const start = readme.indexOf('## A first query and a first write');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const blocks = (lang: string) =>
    [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!);
  const [query, mutation] = blocks('graphql');
  const [variables] = blocks('json');
  return { query: query!, mutation: mutation!, variables: JSON.parse(variables!) as Record<string, unknown> };
}

const UNIVERSITY: Viewer = {
  role: 'university',
  subject: 'test:readme-reader',
  org: '4132010284',
  scopes: new Set(),
};

interface Partnerships {
  partnerships: {
    nodes: { schools: { nodes: { school: { principal: { person: { nameEn: string | null } } | null } }[] } }[];
  };
}

describe("the README's first query and first write", () => {
  let api: TestApi;
  const steps = firstSteps();
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('shows names to the signed-in university, and not to an anonymous caller', async () => {
    const signedIn = await api.run<Partnerships>(steps.query, {}, { viewer: UNIVERSITY });
    expect(signedIn.errors).toBeUndefined();
    const names = signedIn.data!.partnerships.nodes.flatMap((partnership) =>
      partnership.schools.nodes.map((node) => node.school.principal?.person.nameEn),
    );
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((name) => typeof name === 'string' && name.length > 0)).toBe(true);

    const anonymous = await api.run(steps.query, {}, { viewer: { ...UNIVERSITY, role: 'anonymous', org: null } });
    expect(anonymous.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
  });

  it('records the visit once, and answers a retry with the same key as a replay', async () => {
    const first = await api.run<{ createActivity: { replayed: boolean; activity: { id: string } } }>(
      steps.mutation,
      steps.variables,
      { viewer: UNIVERSITY },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.createActivity).toMatchObject({
      replayed: false,
      activity: { version: 1, participations: { totalCount: 1 } },
    });
    const again = await api.run<{ createActivity: { replayed: boolean; activity: { id: string } } }>(
      steps.mutation,
      steps.variables,
      { viewer: UNIVERSITY },
    );
    expect(again.data!.createActivity.replayed).toBe(true);
    expect(again.data!.createActivity.activity.id).toBe(first.data!.createActivity.activity.id);
  });
});
