import { loadSettings, type Settings } from '../../src/config';
import { startInProcessApi } from '../../src/server/api';
import { mintToken } from '../../src/server/auth/tokens';
import type { RunningServer } from '../../src/server/http';
import { silentLogger } from '../../src/server/observability/logger';
import { startTestApi, type TestApi } from './api';
import { post } from './gateways';
import { pickWriteFixtures, type WriteFixtures } from './write-fixtures';

/*
 * The setup of the tests of changes as they happen (live.test.ts, webhooks.test.ts): a fresh database
 * with the write fixtures and a partnership outside their reach, the production settings with the
 * test's own, an in-process server, tokens, and the write that makes a change (createActivity).
 */

export type LiveRole = 'ministry_admin' | 'university' | 'county' | 'analyst';

export interface LiveApi {
  api: TestApi;
  f: WriteFixtures;
  settings: Settings;
  /** The server (`startServer` replaces it). */
  server: RunningServer;
  /** A partnership of another university in another county than the fixtures'. */
  other: { id: string; programId: string; schoolId: string };
  mint(role: LiveRole, org?: string, ttl?: string): Promise<string>;
  /**
   * A TEACHER_VISIT activity of the fixtures' partnership (`own`) or of `other`, created through the
   * server as the ministry; `via: 'executor'` writes it through the test's in-process executor into the
   * same database instead (while no server runs). Resolves with its id.
   */
  createActivity(title: string, partnership?: 'own' | 'other', via?: 'server' | 'executor'): Promise<string>;
  /** Stops the server; `startServer` starts another on the same settings and ORM. */
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  close(): Promise<void>;
}

const CREATE_ACTIVITY = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`;

/** `name` tells this test's tokens and secret apart; `env` is added to the production settings. */
export async function startLiveApi(name: string, env: Record<string, string>): Promise<LiveApi> {
  const api = await startTestApi();
  const f = await pickWriteFixtures(api);
  const [row] = await api.sql<{ id: string; program_id: string; school_id: string }>(
    `select p.id, p.program_id, ps.school_id from assistance.partnership p
       join assistance.partnership_school ps on ps.partnership_id = p.id
      where p.university_id <> $1 and p.county_id <> $2 order by p.id limit 1`,
    [f.universityId, f.countyId],
  );
  const settings = loadSettings({
    NODE_ENV: 'production',
    DATABASE_URL: api.databaseUrl,
    AUTH_JWT_SECRET: `${name}-test-secret-of-at-least-thirty-two-bytes`,
    COST_BUDGET: '0',
    ...env,
  });
  let running = true;
  const live: LiveApi = {
    api,
    f,
    settings,
    server: await startInProcessApi(settings, api.orm, silentLogger, 0),
    other: { id: row!.id, programId: row!.program_id, schoolId: row!.school_id },
    mint: (role, org, ttl) =>
      mintToken({ role, org, subject: `${name}:${role}:${org ?? ''}:${ttl ?? ''}`, ttl }, settings.auth),
    async createActivity(title, partnership = 'own', via = 'server') {
      const { other } = live;
      const target =
        partnership === 'own'
          ? { programId: f.programId, partnershipId: f.partnershipId, schoolId: f.schoolId }
          : { programId: other.programId, partnershipId: other.id, schoolId: other.schoolId };
      const variables = {
        input: {
          ...target,
          kind: 'TEACHER_VISIT',
          title,
          startDate: '2024-03-04',
          endDate: '2024-03-08',
          participants: [],
        },
      };
      if (via === 'executor') {
        const result = await api.run<{ createActivity: { activity: { id: string } } }>(CREATE_ACTIVITY, variables);
        if (result.errors) throw new Error(`createActivity: ${JSON.stringify(result.errors)}`);
        return result.data!.createActivity.activity.id;
      }
      const answer = await post(
        live.server.url,
        { query: CREATE_ACTIVITY, variables },
        await live.mint('ministry_admin'),
      );
      if (answer.body.errors) throw new Error(`createActivity: ${JSON.stringify(answer.body.errors)}`);
      return (answer.body.data!.createActivity as { activity: { id: string } }).activity.id;
    },
    async stopServer() {
      running = false;
      await live.server.stop();
    },
    async startServer() {
      live.server = await startInProcessApi(settings, api.orm, silentLogger, 0);
      running = true;
    },
    async close() {
      if (running) await live.server.stop();
      await api.close();
    },
  };
  return live;
}
